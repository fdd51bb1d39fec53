import type { ActivationName } from "../activations/index.js";

/**
 * The output activation of an MLP: any registry activation, `"softmax"` (exclusive classes), or a
 * registry name with a leading minus for a negated head, e.g. `"-softplus"` (outputs −softplus(z) < 0)
 * or `"-relu"` (outputs −max(0, z) <= 0). `"sigmoid"` is the registry's sigmoid (independent labels).
 */
export type OutputActivation = ActivationName | "softmax" | `-${ActivationName}`;

/** Weight initialisation: He (Kaiming) normal, Xavier (Glorot) uniform, or all zeros (to show why not). */
export type WeightInit = "he" | "xavier" | "zeros";

/** The training losses of {@link fit}, all means over samples (and over outputs for "mse" and "bceWithLogits"). */
export type TrainingLoss = "mse" | "bceWithLogits" | "crossEntropy";

/** The optimizers of {@link fit}. */
export type Optimizer = "sgd" | "adam";

/**
 * A multilayer perceptron: plain data, created by {@link createMlp}, trained in place by {@link fit}.
 * Layer `l` (0-based) maps `sizes[l]` inputs to `sizes[l + 1]` units:
 * `z = W a + b`, with `weights[l][j * sizes[l] + i]` the weight from input `i` to unit `j` (row-major,
 * one row per unit, so the forward pass reads memory in order).
 */
export interface Mlp {
  /** Units per layer, input first, e.g. [2, 16, 3]. */
  readonly sizes: readonly number[];
  /** The activation of every hidden layer (a registry name). */
  readonly hidden: ActivationName;
  /** The hidden activation's options, resolved against its defaults. */
  readonly hiddenOptions: Readonly<Record<string, unknown>>;
  /** The output activation. */
  readonly output: OutputActivation;
  /** The output activation's options, resolved against its defaults (empty for "softmax"). */
  readonly outputOptions: Readonly<Record<string, unknown>>;
  /** How the weights were initialised. */
  readonly init: WeightInit;
  /** The seed of the initialisation. */
  readonly seed: number;
  /** One weight matrix per layer, `sizes[l + 1] × sizes[l]`, row-major. */
  readonly weights: Float64Array[];
  /** One bias vector per layer, `sizes[l + 1]` long. */
  readonly biases: Float64Array[];
}
