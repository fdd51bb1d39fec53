import { assertNumber, invalid } from "../_lib/assert.js";
import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation, resolveActivationOptions } from "./_define.js";

/** Options of {@link softplus}. */
export interface SoftplusOptions {
  /** Sharpness: softplus(x) = log(1 + e^(βx))/β. PyTorch's default 1. */
  beta: number;
  /** Above βx > threshold the function returns x itself (PyTorch's default 20). */
  threshold: number;
}

const defaults: SoftplusOptions = { beta: 1, threshold: 20 };
const validate = (fn: string, o: SoftplusOptions): void => {
  assertNumber(fn, "beta", o.beta);
  if (o.beta === 0) invalid(fn, "beta", "a finite nonzero number", o.beta);
  assertNumber(fn, "threshold", o.threshold);
};

// PyTorch computes log1p(exp(βx))/β below the threshold; max(βx, 0) + log1p(e^(−|βx|)) is the same value
// without the overflow of exp(βx) when a large threshold is chosen.
const scalar = (x: number, o: SoftplusOptions): number => {
  const bx = x * o.beta;
  if (bx > o.threshold) return x;
  return (Math.max(bx, 0) + Math.log1p(Math.exp(-Math.abs(bx)))) / o.beta;
};
const scalarDerivative = (x: number, o: SoftplusOptions): number => {
  const bx = x * o.beta;
  return bx > o.threshold ? 1 : 1 / (1 + Math.exp(-bx));
};

/**
 * Softplus, log(1 + e^(βx))/β, linear where βx > threshold (PyTorch `nn.Softplus`).
 * @param x a number, vector, matrix or typed array
 * @param options `{ beta: 1, threshold: 20 }`
 * @returns softplus element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` is not a tensor of numbers, beta is not a finite nonzero number or threshold not finite
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * softplus([0, 1, 30]) //=> [0.6931471805599453, 1.3132616875182228, 30]
 */
export function softplus<T extends Tensor>(x: T, options?: Partial<SoftplusOptions>): SameShape<T> {
  const o = resolveActivationOptions("softplus", options, defaults, validate);
  return mapTensor("softplus", x, (v) => scalar(v, o));
}

/** Registry entry of {@link softplus}. */
export const softplusSpec = /* @__PURE__ */ defineActivation<SoftplusOptions>({
  name: "softplus",
  title: "Softplus",
  scalar,
  scalarDerivative,
  defaults,
  validate,
  range: [0, Infinity],
  rangeClosed: [false, false],
  formula: "f(x) = \\frac{1}{\\beta}\\ln\\!\\left(1 + e^{\\beta x}\\right),\\ f(x) = x \\text{ if } \\beta x > 20",
  derivativeFormula: "f'(x) = \\sigma(\\beta x),\\ f'(x) = 1 \\text{ if } \\beta x > 20",
  kinkConvention:
    "Where βx > threshold PyTorch returns x and a derivative of exactly 1; at βx = threshold it still uses the smooth formula. The jump there is below 2.1e-9 for the default threshold.",
  use: "hidden and output",
  typicalUse:
    "Output layer for positive targets (rates, variances, scale parameters); occasionally a smooth ReLU in hidden layers.",
  frameworks: {
    pytorch: "torch.nn.Softplus(beta=1.0, threshold=20.0)",
    keras: 'keras.activations.softplus ("softplus")',
    tfjs: 'tf.softplus / "softplus"',
    jax: "jax.nn.softplus",
    sklearn: null,
    differences: [
      "Only PyTorch has beta and threshold; Keras, TF.js and JAX compute log(1 + e^x) with beta = 1 and no linear cut-over.",
    ],
  },
});
