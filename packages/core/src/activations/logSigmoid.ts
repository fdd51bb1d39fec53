import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

// log σ(x) = min(x, 0) − log1p(e^(−|x|)): stable at both ends (PyTorch's log_sigmoid_forward does the same).
const scalar = (x: number): number => Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)));
const scalarDerivative = (x: number): number => 1 / (1 + Math.exp(x));

/**
 * Log of the sigmoid, log σ(x) = −softplus(−x), computed stably (PyTorch `nn.LogSigmoid`).
 * @param x a number, vector, matrix or typed array
 * @returns log σ(x) element-wise, at most 0, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * logSigmoid([-1000, 0]) //=> [-1000, -0.6931471805599453]
 */
export function logSigmoid<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("logSigmoid", x, scalar);
}

/** Registry entry of {@link logSigmoid}. */
export const logSigmoidSpec = /* @__PURE__ */ defineActivation({
  name: "logSigmoid",
  title: "Log-sigmoid",
  scalar,
  scalarDerivative,
  defaults: {},
  range: [-Infinity, 0],
  rangeClosed: [false, false],
  formula: "f(x) = \\ln \\sigma(x) = -\\ln\\!\\left(1 + e^{-x}\\right)",
  derivativeFormula: "f'(x) = 1 - \\sigma(x) = \\sigma(-x)",
  kinkConvention: null,
  use: "output",
  typicalUse: "Log-probabilities of binary outcomes inside losses; not a hidden-layer choice.",
  frameworks: {
    pytorch: "torch.nn.LogSigmoid",
    keras: "keras.activations.log_sigmoid (Keras 3)",
    tfjs: "tf.logSigmoid",
    jax: "jax.nn.log_sigmoid",
    sklearn: null,
    differences: ["None in definition; all compute it stably."],
  },
});
