import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

// Math.min/Math.max propagate NaN, as torch's hardtanh (relu6 is hardtanh(x, 0, 6)) does.
const scalar = (x: number): number => Math.min(Math.max(x, 0), 6);

/**
 * ReLU capped at 6, min(max(0, x), 6) (PyTorch `nn.ReLU6`, i.e. hardtanh(x, 0, 6)).
 * @param x a number, vector, matrix or typed array
 * @returns min(max(0, x), 6) element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * relu6([-1, 3, 8]) //=> [0, 3, 6]
 */
export function relu6<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("relu6", x, scalar);
}

/** Registry entry of {@link relu6}. */
export const relu6Spec = /* @__PURE__ */ defineActivation({
  name: "relu6",
  title: "ReLU6",
  scalar,
  scalarDerivative: (x) => (x > 0 && x < 6 ? 1 : 0),
  defaults: {},
  range: [0, 6],
  rangeClosed: [true, true],
  formula: "f(x) = \\min(\\max(0, x), 6)",
  derivativeFormula: "f'(x) = \\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}",
  kinkConvention: "relu6'(0) = 0 and relu6'(6) = 0 (PyTorch's hardtanh_backward zeroes the gradient at both bounds).",
  use: "hidden",
  typicalUse: "Hidden layers of mobile networks (MobileNet), where the bounded range suits low-precision arithmetic.",
  frameworks: {
    pytorch: "torch.nn.ReLU6 / torch.nn.functional.relu6",
    keras: 'keras.activations.relu6 ("relu6")',
    tfjs: 'tf.relu6 / "relu6"',
    jax: "jax.nn.relu6",
    sklearn: null,
    differences: ["jax.nn.relu6 defines the derivative as 0 at both 0 and 6, like PyTorch."],
  },
});
