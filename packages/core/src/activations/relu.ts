import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

// Math.max propagates NaN, as torch.relu does.
const scalar = (x: number): number => Math.max(x, 0);

/**
 * Rectified linear unit, max(0, x) (PyTorch `torch.relu`). NaN stays NaN.
 * @param x a number, vector, matrix or typed array
 * @returns max(0, x) element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * relu([-2, 0, 3]) //=> [0, 0, 3]
 */
export function relu<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("relu", x, scalar);
}

/** Registry entry of {@link relu}. */
export const reluSpec = /* @__PURE__ */ defineActivation({
  name: "relu",
  title: "ReLU",
  scalar,
  scalarDerivative: (x) => (x > 0 ? 1 : 0),
  defaults: {},
  range: [0, Infinity],
  rangeClosed: [true, false],
  formula: "f(x) = \\max(0, x)",
  derivativeFormula: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
  kinkConvention: "relu'(0) = 0 (PyTorch's threshold_backward passes the gradient only where x > 0).",
  use: "hidden",
  typicalUse:
    "Default hidden-layer activation. As an output it suits only non-negative targets, and units stuck at x < 0 get no gradient (dead ReLUs).",
  frameworks: {
    pytorch: "torch.nn.ReLU / torch.relu",
    keras: 'keras.activations.relu ("relu")',
    tfjs: 'tf.relu / "relu"',
    jax: "jax.nn.relu",
    sklearn: 'MLPClassifier/MLPRegressor activation="relu"',
    differences: [
      "jax.nn.relu defines relu'(0) = 0 as well (a custom JVP); TensorFlow's ReluGrad also gives 0 at 0.",
      "keras.activations.relu takes extra negative_slope, max_value and threshold arguments; the defaults reduce to max(0, x).",
    ],
  },
});
