import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

const scalar = (x: number): number => x / (1 + Math.abs(x));
// PyTorch differentiates x/(1 + |x|) as a quotient, which is ∞/∞ = NaN at ±∞; the closed form below would
// give 0 there, so ±∞ is special-cased to agree with autograd (and with f(±∞) = NaN).
const scalarDerivative = (x: number): number => {
  if (x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) return Number.NaN;
  const d = 1 + Math.abs(x);
  return 1 / (d * d);
};

/**
 * Softsign, x/(1 + |x|) (PyTorch `nn.Softsign`).
 * @param x a number, vector, matrix or typed array
 * @returns softsign element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * softsign([-3, 0, 1]) //=> [-0.75, 0, 0.5]
 */
export function softsign<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("softsign", x, scalar);
}

/** Registry entry of {@link softsign}. */
export const softsignSpec = /* @__PURE__ */ defineActivation({
  name: "softsign",
  title: "Softsign",
  scalar,
  scalarDerivative,
  defaults: {},
  range: [-1, 1],
  rangeClosed: [false, false],
  formula: "f(x) = \\frac{x}{1 + |x|}",
  derivativeFormula: "f'(x) = \\frac{1}{(1 + |x|)^2}",
  kinkConvention:
    "|x| has a kink at 0 but x/(1 + |x|) does not: the derivative is 1 there, as PyTorch's autograd gives. At ±∞ PyTorch returns NaN for f (∞/∞) and for f'; this library does too.",
  use: "hidden",
  typicalUse: "Hidden layers as a tanh alternative whose tails approach ±1 polynomially rather than exponentially.",
  frameworks: {
    pytorch: "torch.nn.Softsign",
    keras: 'keras.activations.softsign ("softsign")',
    tfjs: '"softsign" (tf.layers activation)',
    jax: "jax.nn.soft_sign",
    sklearn: null,
    differences: ["JAX spells it soft_sign."],
  },
});
