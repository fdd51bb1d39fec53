import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

// PyTorch's kernel: x · min(max(x + 3, 0), 6) / 6.
const scalar = (x: number): number => (x * Math.min(Math.max(x + 3, 0), 6)) / 6;
// PyTorch 2.x hardswish_backward: 0 for x <= −3, 1 for x >= 3, x/3 + 1/2 strictly between.
const scalarDerivative = (x: number): number => (x <= -3 ? 0 : x >= 3 ? 1 : x / 3 + 0.5);

/**
 * Hard swish, x·relu6(x + 3)/6 (PyTorch `nn.Hardswish`).
 * @param x a number, vector, matrix or typed array
 * @returns hard swish element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * hardSwish([-4, -1, 0, 4]) //=> [-0, -0.3333333333333333, 0, 4]
 */
export function hardSwish<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("hardSwish", x, scalar);
}

/** Registry entry of {@link hardSwish}. */
export const hardSwishSpec = /* @__PURE__ */ defineActivation({
  name: "hardSwish",
  title: "Hard swish",
  scalar,
  scalarDerivative,
  defaults: {},
  range: [-0.375, Infinity],
  rangeClosed: [true, false],
  formula: "f(x) = x \\cdot \\frac{\\min(\\max(x + 3, 0), 6)}{6}",
  derivativeFormula:
    "f'(x) = \\begin{cases} 0 & x \\le -3 \\\\ \\frac{x}{3} + \\frac{1}{2} & -3 < x < 3 \\\\ 1 & x \\ge 3 \\end{cases}",
  kinkConvention:
    "hardSwish'(−3) = 0 and hardSwish'(3) = 1, as PyTorch 2.x autograd gives (the one-sided limits from outside; from inside they would be −1/2 and 3/2).",
  use: "hidden",
  typicalUse: "Hidden layers of mobile networks (MobileNetV3); a cheap piecewise-polynomial SiLU.",
  frameworks: {
    pytorch: "torch.nn.Hardswish",
    keras: 'keras.activations.hard_silu, alias hard_swish ("hard_silu")',
    tfjs: null,
    jax: "jax.nn.hard_silu, alias jax.nn.hard_swish",
    sklearn: null,
    differences: [
      "Keras and JAX name it hard_silu (with hard_swish as alias); TF.js has none. The minimum is −0.375 at x = −1.5.",
    ],
  },
});
