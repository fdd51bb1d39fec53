import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

// PyTorch's form x / (1 + e^(−x)); for x → −∞ it gives −0 instead of overflowing.
const scalar = (x: number): number => x / (1 + Math.exp(-x));
const scalarDerivative = (x: number): number => {
  const s = 1 / (1 + Math.exp(-x));
  return s * (1 + x * (1 - s));
};

/**
 * Sigmoid-weighted linear unit x·σ(x), also called swish (PyTorch `nn.SiLU`).
 * @param x a number, vector, matrix or typed array
 * @returns SiLU element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * silu([-1, 0, 1]) //=> [-0.2689414213699951, 0, 0.7310585786300049]
 */
export function silu<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("silu", x, scalar);
}

/**
 * Alias of {@link silu}: swish with β = 1, x·σ(x).
 * @param x a number, vector, matrix or typed array
 * @returns SiLU element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * swish(1) //=> 0.7310585786300049
 */
export function swish<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("swish", x, scalar);
}

// A function rather than a shared object spread into both entries: a bundler cannot prove a top-level
// spread free of getters, and would keep both registry entries in a bundle that imports only silu().
const siluDefinition = (name: "silu" | "swish") => ({
  name,
  title: "SiLU (swish)",
  scalar,
  scalarDerivative,
  defaults: {},
  range: [-0.2784645427610738, Infinity] as const,
  rangeClosed: [true, false] as const,
  formula: "f(x) = x\\,\\sigma(x) = \\frac{x}{1 + e^{-x}}",
  derivativeFormula: "f'(x) = \\sigma(x)\\,\\bigl(1 + x\\,(1 - \\sigma(x))\\bigr)",
  kinkConvention: null,
  use: "hidden" as const,
  typicalUse: "Hidden layers (EfficientNet, many vision and language models); smooth and non-monotonic.",
  frameworks: {
    pytorch: "torch.nn.SiLU",
    keras: 'keras.activations.silu, alias swish ("silu", "swish")',
    tfjs: '"swish" (tf.layers activation)',
    jax: "jax.nn.silu, alias jax.nn.swish",
    sklearn: null,
    differences: [
      "The original swish has a parameter β, x·σ(βx); every framework here fixes β = 1. The minimum is about −0.278 at x ≈ −1.278.",
    ],
  },
});

/** Registry entry of {@link silu}. */
export const siluSpec = /* @__PURE__ */ defineActivation(/* @__PURE__ */ siluDefinition("silu"));

/** Registry entry of {@link swish} (the same function as silu). */
export const swishSpec = /* @__PURE__ */ defineActivation(/* @__PURE__ */ siluDefinition("swish"));
