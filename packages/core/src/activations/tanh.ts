import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

const scalar = (x: number): number => Math.tanh(x);
// 1/cosh²(x) instead of 1 − tanh²(x): the latter rounds to 0 once tanh(x) rounds to ±1 (|x| > 19).
const scalarDerivative = (x: number): number => {
  const c = Math.cosh(x);
  return 1 / (c * c);
};

/**
 * Hyperbolic tangent (PyTorch `torch.tanh`).
 * @param x a number, vector, matrix or typed array
 * @returns tanh(x) element-wise in [−1, 1], same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * tanh([-1, 0, 1]) //=> [-0.7615941559557649, 0, 0.7615941559557649]
 */
export function tanh<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("tanh", x, scalar);
}

/** Registry entry of {@link tanh}. */
export const tanhSpec = /* @__PURE__ */ defineActivation({
  name: "tanh",
  title: "Tanh",
  scalar,
  scalarDerivative,
  defaults: {},
  range: [-1, 1],
  rangeClosed: [false, false],
  formula: "f(x) = \\tanh x = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
  derivativeFormula: "f'(x) = 1 - \\tanh^2 x",
  kinkConvention: null,
  use: "hidden and output",
  typicalUse:
    "Hidden layers of small and recurrent networks (zero-centred); output layer for targets scaled to (−1, 1).",
  frameworks: {
    pytorch: "torch.nn.Tanh / torch.tanh",
    keras: 'keras.activations.tanh ("tanh")',
    tfjs: 'tf.tanh / "tanh"',
    jax: "jax.nn.tanh (jax.numpy.tanh)",
    sklearn: 'MLPClassifier/MLPRegressor activation="tanh"',
    differences: ["None in definition."],
  },
});
