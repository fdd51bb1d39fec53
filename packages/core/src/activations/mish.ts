import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

// softplus(x) = log(1 + e^x) written as max(x, 0) + log1p(e^(−|x|)): no overflow for large x and no
// cancellation for very negative x.
const softplus1 = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const scalar = (x: number): number => x * Math.tanh(softplus1(x));
const scalarDerivative = (x: number): number => {
  const t = Math.tanh(softplus1(x));
  const s = 1 / (1 + Math.exp(-x));
  return t + x * s * (1 - t * t);
};

/**
 * Mish, x·tanh(softplus(x)) (PyTorch `nn.Mish`).
 * @param x a number, vector, matrix or typed array
 * @returns Mish element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * mish([-1, 0, 1]) //=> [-0.30340146137410895, 0, 0.8650983882673103]
 */
export function mish<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("mish", x, scalar);
}

/** Registry entry of {@link mish}. */
export const mishSpec = /* @__PURE__ */ defineActivation({
  name: "mish",
  title: "Mish",
  scalar,
  scalarDerivative,
  defaults: {},
  range: [-0.30884341301725043, Infinity],
  rangeClosed: [true, false],
  formula: "f(x) = x \\tanh\\bigl(\\ln(1 + e^{x})\\bigr)",
  derivativeFormula: "f'(x) = \\tanh(s) + x\\,\\sigma(x)\\,(1 - \\tanh^2 s),\\quad s = \\ln(1 + e^{x})",
  kinkConvention: null,
  use: "hidden",
  typicalUse: "Hidden layers (YOLOv4 and other vision models); smooth and non-monotonic like SiLU.",
  frameworks: {
    pytorch: "torch.nn.Mish",
    keras: 'keras.activations.mish ("mish")',
    tfjs: '"mish" (tf.layers activation)',
    jax: null,
    sklearn: null,
    differences: ["jax.nn has no mish. The minimum is about −0.309 at x ≈ −1.19."],
  },
});
