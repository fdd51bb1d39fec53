import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation } from "./_define.js";

// Klambauer et al. 2017 (Self-Normalizing Neural Networks): PyTorch's Activation.cpp writes
// 1.6732632423543772848170429916717 and 1.0507009873554804934193349852946; these are those values
// rounded to the nearest float64.
const ALPHA = 1.6732632423543772;
const SCALE = 1.0507009873554805;

const scalar = (x: number): number => (x > 0 ? SCALE * x : SCALE * ALPHA * Math.expm1(x));

/**
 * Scaled ELU with the self-normalizing constants, scale·(x for x > 0, alpha·(eˣ − 1) otherwise) (PyTorch `nn.SELU`).
 * @param x a number, vector, matrix or typed array
 * @returns SELU element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` or one of its elements is not a number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * selu([-1, 0, 1]) //=> [-1.1113307378125625, 0, 1.0507009873554805]
 */
export function selu<T extends Tensor>(x: T): SameShape<T> {
  return mapTensor("selu", x, scalar);
}

/** Registry entry of {@link selu}. */
export const seluSpec = /* @__PURE__ */ defineActivation({
  name: "selu",
  title: "SELU",
  scalar,
  scalarDerivative: (x) => (x > 0 ? SCALE : SCALE * ALPHA * Math.exp(x)),
  defaults: {},
  range: [-1.7580993408473766, Infinity], // −SCALE·ALPHA, as a literal so bundlers see a constant
  rangeClosed: [false, false],
  formula:
    "f(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha (e^{x} - 1) & x \\le 0 \\end{cases},\\ \\lambda \\approx 1.0507,\\ \\alpha \\approx 1.6733",
  derivativeFormula: "f'(x) = \\lambda \\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}",
  kinkConvention:
    "selu'(0) = scale·alpha ≈ 1.7581 (PyTorch takes the negative branch at x = 0); the derivative jumps from 1.7581 to 1.0507 there.",
  use: "hidden",
  typicalUse:
    "Hidden layers of self-normalizing fully connected networks (with LeCun-normal initialisation and alpha dropout).",
  frameworks: {
    pytorch: "torch.nn.SELU",
    keras: 'keras.activations.selu ("selu")',
    tfjs: 'tf.selu / "selu"',
    jax: "jax.nn.selu",
    sklearn: null,
    differences: ["All use the same constants; none takes options."],
  },
});
