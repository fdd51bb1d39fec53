import { assertOneOf } from "../_lib/assert.js";
import { mapTensor } from "../_lib/elementwise.js";
import { erfc } from "../_lib/erf.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation, resolveActivationOptions } from "./_define.js";

/** Options of {@link gelu}. */
export interface GeluOptions {
  /** "none": exact, x·Φ(x) with the normal CDF Φ; "tanh": the tanh approximation. PyTorch's default "none". */
  approximate: "none" | "tanh";
}

const defaults: GeluOptions = { approximate: "none" };
const validate = (fn: string, o: GeluOptions): void =>
  assertOneOf(fn, "approximate", o.approximate, ["none", "tanh"] as const);

const INV_SQRT_2PI = 0.3989422804014327; // 1/√(2π)
const SQRT_2_OVER_PI = 0.7978845608028654; // √(2/π), PyTorch's kBeta for the tanh form
const KAPPA = 0.044715;

// Φ(x) = erfc(−x/√2)/2. PyTorch writes (1 + erf(x/√2))/2, which cancels for x ≪ 0; erfc keeps the tail's
// relative accuracy (the two agree to 1e-16 absolute).
const cdf = (x: number): number => 0.5 * erfc(-x * Math.SQRT1_2);

const scalar = (x: number, o: GeluOptions): number => {
  if (o.approximate === "tanh") return 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + KAPPA * x * x * x)));
  return x * cdf(x);
};

const scalarDerivative = (x: number, o: GeluOptions): number => {
  if (o.approximate === "tanh") {
    const t = Math.tanh(SQRT_2_OVER_PI * (x + KAPPA * x * x * x));
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * KAPPA * x * x);
  }
  return cdf(x) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
};

/**
 * Gaussian error linear unit, x·Φ(x) (PyTorch `nn.GELU`): exact by default, using this library's erf
 * (accurate to about 1e-15 relative), or the tanh approximation with `{ approximate: "tanh" }`.
 * @param x a number, vector, matrix or typed array
 * @param options `{ approximate: "none" }` (or `"tanh"`)
 * @returns GELU element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` is not a tensor of numbers, or approximate is not "none" | "tanh"
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * gelu([-1, 0, 1]) //=> [-0.15865525393145696, 0, 0.841344746068543]
 */
export function gelu<T extends Tensor>(x: T, options?: Partial<GeluOptions>): SameShape<T> {
  const o = resolveActivationOptions("gelu", options, defaults, validate);
  return mapTensor("gelu", x, (v) => scalar(v, o));
}

/** Registry entry of {@link gelu}. */
export const geluSpec = /* @__PURE__ */ defineActivation<GeluOptions>({
  name: "gelu",
  title: "GELU",
  scalar,
  scalarDerivative,
  defaults,
  validate,
  range: [-0.16997120747990366, Infinity],
  rangeClosed: [true, false],
  formula:
    "f(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\!\\left(\\frac{x}{\\sqrt{2}}\\right)\\right)",
  derivativeFormula: "f'(x) = \\Phi(x) + x\\,\\varphi(x),\\quad \\varphi(x) = \\frac{e^{-x^2/2}}{\\sqrt{2\\pi}}",
  kinkConvention: null,
  use: "hidden",
  typicalUse: "Hidden layers of transformers (BERT, GPT) and modern MLPs; a smooth ReLU.",
  frameworks: {
    pytorch: 'torch.nn.GELU(approximate="none")',
    keras: "keras.activations.gelu(x, approximate=False)",
    tfjs: '"gelu" (exact) and "gelu_new" (tanh form) as tf.layers activations; no tf.gelu op',
    jax: "jax.nn.gelu(x, approximate=True)",
    sklearn: null,
    differences: [
      "jax.nn.gelu defaults to the tanh approximation (approximate=True); PyTorch, Keras and tf.nn.gelu default to the exact form.",
      'PyTorch selects the approximation with a string ("none" | "tanh"); Keras, TensorFlow and JAX with a boolean.',
      "The minimum, about −0.170 at x ≈ −0.752, is for the exact form.",
    ],
  },
});
