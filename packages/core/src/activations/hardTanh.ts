import { assertNumber, invalid } from "../_lib/assert.js";
import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation, resolveActivationOptions } from "./_define.js";

/** Options of {@link hardTanh}. */
export interface HardTanhOptions {
  /** Lower bound; PyTorch's default −1. */
  minVal: number;
  /** Upper bound, at least minVal; PyTorch's default 1. */
  maxVal: number;
}

const defaults: HardTanhOptions = { minVal: -1, maxVal: 1 };
const validate = (fn: string, o: HardTanhOptions): void => {
  assertNumber(fn, "minVal", o.minVal);
  assertNumber(fn, "maxVal", o.maxVal);
  // PyTorch: "ValueError: min_val cannot be greater than max_val".
  if (o.maxVal < o.minVal) invalid(fn, "maxVal", `a number >= minVal (${o.minVal})`, o.maxVal);
};
const scalar = (x: number, o: HardTanhOptions): number => Math.min(Math.max(x, o.minVal), o.maxVal);
const scalarDerivative = (x: number, o: HardTanhOptions): number => (x > o.minVal && x < o.maxVal ? 1 : 0);

/**
 * Hard tanh, clamp(x, minVal, maxVal) (PyTorch `nn.Hardtanh`).
 * @param x a number, vector, matrix or typed array
 * @param options `{ minVal: -1, maxVal: 1 }`
 * @returns x clamped element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` is not a tensor of numbers, a bound is not finite, or maxVal < minVal
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * hardTanh([-3, 0.5, 2]) //=> [-1, 0.5, 1]
 */
export function hardTanh<T extends Tensor>(x: T, options?: Partial<HardTanhOptions>): SameShape<T> {
  const o = resolveActivationOptions("hardTanh", options, defaults, validate);
  return mapTensor("hardTanh", x, (v) => scalar(v, o));
}

/** Registry entry of {@link hardTanh}. */
export const hardTanhSpec = /* @__PURE__ */ defineActivation<HardTanhOptions>({
  name: "hardTanh",
  title: "Hard tanh",
  scalar,
  scalarDerivative,
  defaults,
  validate,
  range: [-1, 1],
  rangeClosed: [true, true],
  formula: "f(x) = \\min(\\max(x, a), b),\\ a = -1,\\ b = 1",
  derivativeFormula: "f'(x) = \\begin{cases} 1 & a < x < b \\\\ 0 & \\text{otherwise} \\end{cases}",
  kinkConvention:
    "hardTanh'(minVal) = hardTanh'(maxVal) = 0 (PyTorch's hardtanh_backward zeroes the gradient at both bounds). The range is [minVal, maxVal].",
  use: "hidden",
  typicalUse: "Hidden layers where a cheap bounded activation is wanted (quantised or low-power networks).",
  frameworks: {
    pytorch: "torch.nn.Hardtanh(min_val=-1.0, max_val=1.0)",
    keras: "keras.activations.hard_tanh (Keras 3; fixed bounds −1, 1)",
    tfjs: null,
    jax: "jax.nn.hard_tanh (fixed bounds −1, 1)",
    sklearn: null,
    differences: ["Only PyTorch makes the bounds configurable."],
  },
});
