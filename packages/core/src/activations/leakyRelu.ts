import { assertNumber } from "../_lib/assert.js";
import { mapTensor } from "../_lib/elementwise.js";
import type { SameShape, Tensor } from "../tensor.js";
import { defineActivation, resolveActivationOptions } from "./_define.js";

/** Options of {@link leakyRelu}. */
export interface LeakyReluOptions {
  /** Slope for x < 0; PyTorch's default 0.01. */
  negativeSlope: number;
}

const defaults: LeakyReluOptions = { negativeSlope: 0.01 };
const validate = (fn: string, o: LeakyReluOptions): void => assertNumber(fn, "negativeSlope", o.negativeSlope);
const scalar = (x: number, o: LeakyReluOptions): number => (x > 0 ? x : x * o.negativeSlope);

/**
 * Leaky ReLU, x for x > 0 and negativeSlope·x otherwise (PyTorch `nn.LeakyReLU`, default slope 0.01).
 * @param x a number, vector, matrix or typed array
 * @param options `{ negativeSlope: 0.01 }`
 * @returns leaky ReLU element-wise, same shape and kind
 * @throws {InvalidArgumentError} when `x` is not a tensor of numbers, or negativeSlope is not a finite number
 * @throws {ShapeError} when a matrix has rows of different lengths
 * @example
 * leakyRelu([-10, 0, 2]) //=> [-0.1, 0, 2]
 */
export function leakyRelu<T extends Tensor>(x: T, options?: Partial<LeakyReluOptions>): SameShape<T> {
  const o = resolveActivationOptions("leakyRelu", options, defaults, validate);
  return mapTensor("leakyRelu", x, (v) => scalar(v, o));
}

/** Registry entry of {@link leakyRelu}. */
export const leakyReluSpec = /* @__PURE__ */ defineActivation<LeakyReluOptions>({
  name: "leakyRelu",
  title: "Leaky ReLU",
  scalar,
  scalarDerivative: (x, o) => (x > 0 ? 1 : o.negativeSlope),
  defaults,
  validate,
  range: [-Infinity, Infinity],
  rangeClosed: [false, false],
  formula: "f(x) = \\begin{cases} x & x > 0 \\\\ \\alpha x & x \\le 0 \\end{cases},\\ \\alpha = 0.01",
  derivativeFormula: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha & x \\le 0 \\end{cases}",
  kinkConvention: "leakyRelu'(0) = negativeSlope (PyTorch's leaky_relu_backward uses the slope unless x > 0).",
  use: "hidden",
  typicalUse: "Hidden layers, where a small negative slope keeps every unit trainable (no dead ReLUs).",
  frameworks: {
    pytorch: "torch.nn.LeakyReLU(negative_slope=0.01)",
    keras: "keras.layers.LeakyReLU(negative_slope=0.3); keras.activations.leaky_relu(x, negative_slope=0.2)",
    tfjs: "tf.leakyRelu(x, alpha=0.2); tf.layers.leakyReLU({ alpha: 0.3 })",
    jax: "jax.nn.leaky_relu(x, negative_slope=0.01)",
    sklearn: null,
    differences: [
      "Default slope: PyTorch and JAX 0.01; keras.layers.LeakyReLU 0.3 (named alpha before Keras 3); keras.activations.leaky_relu, tf.nn.leaky_relu and tf.leakyRelu 0.2; tf.layers.leakyReLU 0.3.",
    ],
  },
});
