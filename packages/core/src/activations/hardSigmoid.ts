import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

// PyTorch's kernel: min(max(x + 3, 0), 6) / 6 (the same as clamp(x/6 + 1/2, 0, 1) up to rounding).
const scalar = (x: number): number => Math.min(Math.max(x + 3, 0), 6) / 6;

/**
 * Hard sigmoid, relu6(x + 3)/6 = clamp(x/6 + 1/2, 0, 1) (PyTorch `nn.Hardsigmoid`).
 * @param x a number, vector, matrix or typed array
 * @returns hard sigmoid element-wise in [0, 1], same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * hardSigmoid([-4, 0, 1.5, 4]) //=> [0, 0.5, 0.75, 1]
 */
export function hardSigmoid<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("hardSigmoid", x, scalar);
}

/** Registry entry of {@link hardSigmoid}. */
export const hardSigmoidSpec = /* @__PURE__ */ defineActivation({
  name: "hardSigmoid",
  title: "Hard sigmoid",
  scalar,
  scalarDerivative: (x) => (x > -3 && x < 3 ? 1 / 6 : 0),
  defaults: {},
  range: [0, 1],
  rangeClosed: [true, true],
  formula: "f(x) = \\min\\!\\left(\\max\\!\\left(\\frac{x}{6} + \\frac{1}{2}, 0\\right), 1\\right)",
  derivativeFormula: "f'(x) = \\begin{cases} 1/6 & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}",
  kinkConvention:
    "hardSigmoid'(±3) = 0 (PyTorch's hardsigmoid_backward passes the gradient only for −3 < x < 3). PyTorch's float64 kernel returns 1/6 rounded to float32 (0.1666666716337204) inside; this library returns 1/6.",
  use: "hidden",
  typicalUse: "Cheap gate in mobile networks (MobileNetV3 squeeze-and-excitation); rarely an output layer.",
  frameworks: {
    pytorch: "torch.nn.Hardsigmoid",
    keras: 'keras.activations.hard_sigmoid ("hard_sigmoid")',
    tfjs: '"hardSigmoid" (tf.layers activation)',
    jax: "jax.nn.hard_sigmoid",
    sklearn: null,
    differences: [
      "Keras 3 and JAX use relu6(x + 3)/6 like PyTorch. Keras 2 / tf.keras before Keras 3 and TF.js's tf.layers use clip(0.2·x + 0.5, 0, 1), which saturates at ±2.5 instead of ±3.",
    ],
  },
});
