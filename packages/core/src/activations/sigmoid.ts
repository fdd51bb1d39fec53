import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

// 1/(1 + e^(−x)) never overflows into NaN: for x → −∞ the denominator is +∞ and the result 0.
const scalar = (x: number): number => 1 / (1 + Math.exp(-x));
// σ'(x) = e^(−|x|)/(1 + e^(−|x|))², symmetric and accurate in the tails, where σ(1 − σ) rounds 1 − σ to 0.
const scalarDerivative = (x: number): number => {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
};

/**
 * Logistic sigmoid, 1/(1 + e^(−x)) (PyTorch `torch.sigmoid`).
 * @param x a number, vector, matrix or typed array
 * @returns σ(x) element-wise in [0, 1], same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * sigmoid([-1, 0, 1]) //=> [0.2689414213699951, 0.5, 0.7310585786300049]
 */
export function sigmoid<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("sigmoid", x, scalar);
}

/** Registry entry of {@link sigmoid}. */
export const sigmoidSpec = /* @__PURE__ */ defineActivation({
  name: "sigmoid",
  title: "Sigmoid (logistic)",
  scalar,
  scalarDerivative,
  defaults: {},
  range: [0, 1],
  rangeClosed: [false, false],
  formula: "\\sigma(x) = \\frac{1}{1 + e^{-x}}",
  derivativeFormula: "\\sigma'(x) = \\sigma(x)\\,(1 - \\sigma(x))",
  kinkConvention: null,
  use: "output",
  typicalUse:
    "Output layer for binary and multilabel targets (one independent probability per label); prefer binaryCrossEntropyWithLogits on the raw logits for training. Saturates in hidden layers.",
  frameworks: {
    pytorch: "torch.nn.Sigmoid / torch.sigmoid",
    keras: 'keras.activations.sigmoid ("sigmoid")',
    tfjs: 'tf.sigmoid / "sigmoid"',
    jax: "jax.nn.sigmoid",
    sklearn: 'MLPClassifier activation="logistic"',
    differences: [
      'scikit-learn calls it "logistic". PyTorch computes the derivative as σ(1 − σ), which is 0 for x > 37 in float64; this library keeps the tail e^(−|x|) (agreeing to 1e-16 absolute).',
    ],
  },
});
