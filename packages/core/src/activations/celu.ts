import { assertNumber, invalid } from "../_lib/assert.js";
import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation, resolveActivationOptions } from "./_define.js";

/** Options of {@link celu}. */
export interface CeluOptions {
  /** Scale of the negative part; must not be 0. PyTorch's default 1. */
  alpha: number;
}

const defaults: CeluOptions = { alpha: 1 };
const validate = (fn: string, o: CeluOptions): void => {
  assertNumber(fn, "alpha", o.alpha);
  // PyTorch: "ZeroDivisionError: alpha cannot be 0 for CELU".
  if (o.alpha === 0) invalid(fn, "alpha", "a finite nonzero number", o.alpha);
};
const scalar = (x: number, o: CeluOptions): number => (x > 0 ? x : o.alpha * Math.expm1(x / o.alpha));

/**
 * Continuously differentiable ELU, max(0, x) + min(0, alpha·(e^(x/alpha) − 1)) (PyTorch `nn.CELU`).
 * @param x a number, vector, matrix or typed array
 * @param options `{ alpha: 1 }`
 * @returns CELU element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` is not a tensor of numbers, or alpha is not a finite nonzero number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * celu([-1, 2], { alpha: 2 }) //=> [-0.7869386805747332, 2]
 */
export function celu<T extends Tensor>(x: T, options?: Partial<CeluOptions>): SameShape<T> {
  const o = resolveActivationOptions("celu", options, defaults, validate);
  return mapTensor("celu", x, (v) => scalar(v, o));
}

/** Registry entry of {@link celu}. */
export const celuSpec = /* @__PURE__ */ defineActivation<CeluOptions>({
  name: "celu",
  title: "CELU",
  scalar,
  scalarDerivative: (x, o) => (x > 0 ? 1 : Math.exp(x / o.alpha)),
  defaults,
  validate,
  range: [-1, Infinity],
  rangeClosed: [false, false],
  formula: "f(x) = \\max(0, x) + \\min\\!\\left(0, \\alpha \\left(e^{x/\\alpha} - 1\\right)\\right)",
  derivativeFormula: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}",
  kinkConvention:
    "celu'(0) = 1 for every alpha (PyTorch takes the negative branch, e^0 = 1), so the derivative is continuous. The range's lower end is −alpha.",
  use: "hidden",
  typicalUse: "Hidden layers; like ELU but with a derivative continuous at 0 for any alpha.",
  frameworks: {
    pytorch: "torch.nn.CELU(alpha=1.0)",
    keras: "keras.activations.celu(x, alpha=1.0) (Keras 3)",
    tfjs: null,
    jax: "jax.nn.celu(x, alpha=1.0)",
    sklearn: null,
    differences: ["Not available in TF.js; added to keras.activations in Keras 3."],
  },
});
