import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

const scalar = (x: number): number => x;

/**
 * The identity (linear) activation, f(x) = x: the output layer of a regression network.
 * @param x a number, vector, matrix or typed array
 * @returns a copy of `x`, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * identity([-2, 0, 3]) //=> [-2, 0, 3]
 */
export function identity<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("identity", x, scalar);
}

/** Registry entry of {@link identity}. */
export const identitySpec = /* @__PURE__ */ defineActivation({
  name: "identity",
  title: "Identity (linear)",
  scalar,
  scalarDerivative: () => 1,
  defaults: {},
  range: [-Infinity, Infinity],
  rangeClosed: [false, false],
  formula: "f(x) = x",
  derivativeFormula: "f'(x) = 1",
  kinkConvention: null,
  use: "output",
  typicalUse: "Output layer for regression targets (any real value), usually with mean squared error.",
  frameworks: {
    pytorch: "torch.nn.Identity",
    keras: 'keras.activations.linear ("linear")',
    tfjs: '"linear" (tf.layers activation)',
    jax: null,
    sklearn: 'MLPRegressor/MLPClassifier activation="identity"',
    differences: ['Keras and TF.js call it "linear"; scikit-learn calls it "identity".'],
  },
});
