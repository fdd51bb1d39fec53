import { assertNumber } from "../_lib/assert.js";
import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation, resolveActivationOptions } from "./_define.js";

/** Options of {@link elu}. */
export interface EluOptions {
  /** Scale of the negative part, which saturates at −alpha; PyTorch's default 1. */
  alpha: number;
}

const defaults: EluOptions = { alpha: 1 };
const validate = (fn: string, o: EluOptions): void => assertNumber(fn, "alpha", o.alpha);
// expm1 keeps full relative accuracy for small negative x, where exp(x) − 1 would cancel.
const scalar = (x: number, o: EluOptions): number => (x > 0 ? x : o.alpha * Math.expm1(x));

/**
 * Exponential linear unit, x for x > 0 and alpha·(eˣ − 1) otherwise (PyTorch `nn.ELU`).
 * @param x a number, vector, matrix or typed array
 * @param options `{ alpha: 1 }`
 * @returns ELU element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` is not a tensor of numbers, or alpha is not a finite number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * elu([-1, 0, 2]) //=> [-0.6321205588285577, 0, 2]
 */
export function elu<T extends Tensor>(x: T, options?: Partial<EluOptions>): SameShape<T> {
  const o = resolveActivationOptions("elu", options, defaults, validate);
  return mapTensor("elu", x, (v) => scalar(v, o));
}

/** Registry entry of {@link elu}. */
export const eluSpec = /* @__PURE__ */ defineActivation<EluOptions>({
  name: "elu",
  title: "ELU",
  scalar,
  scalarDerivative: (x, o) => (x > 0 ? 1 : o.alpha * Math.exp(x)),
  defaults,
  validate,
  range: [-1, Infinity],
  rangeClosed: [false, false],
  formula: "f(x) = \\begin{cases} x & x > 0 \\\\ \\alpha (e^{x} - 1) & x \\le 0 \\end{cases}",
  derivativeFormula: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}",
  kinkConvention:
    "elu'(0) = alpha (PyTorch's elu_backward takes the negative branch at x = 0); with the default alpha = 1 the derivative is continuous. The range's lower end is −alpha.",
  use: "hidden",
  typicalUse: "Hidden layers; negative outputs push mean activations towards zero and speed up learning.",
  frameworks: {
    pytorch: "torch.nn.ELU(alpha=1.0)",
    keras: 'keras.activations.elu(x, alpha=1.0) ("elu")',
    tfjs: 'tf.elu (alpha fixed at 1) / "elu"',
    jax: "jax.nn.elu(x, alpha=1.0)",
    sklearn: null,
    differences: ["tf.elu has no alpha argument (always 1)."],
  },
});
