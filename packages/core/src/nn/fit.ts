import { assertNumber, assertOneOf, invalid } from "../_lib/assert.js";
import { assertKnownOptions, boolOption, seedOption } from "../data/_options.js";
import { createRng } from "../data/createRng.js";
import { InvalidArgumentError } from "../errors.js";
import { checkLossForHead, compile, toData } from "./_data.js";
import { backward, createGrads, createStats, createWorkspace, forward, outputDelta } from "./_engine.js";
import type { Mlp, Optimizer, TrainingLoss } from "./_types.js";

/** What {@link fit} records, one entry per finished epoch. */
export interface History {
  /** Mean training loss of each epoch (data loss only, without the weight-decay term). */
  loss: number[];
  /** Accuracy (classification) or R² (regression, "mse") of each epoch; see `metricName`. */
  metric: number[];
  /**
   * "accuracy" for "crossEntropy" (argmax equals the label) and "bceWithLogits" (every output on the
   * right side of 0.5: scikit-learn's subset accuracy); "r2" for "mse" (the coefficient of
   * determination averaged over outputs, as scikit-learn's `r2_score` with "uniform_average").
   */
  metricName: "accuracy" | "r2";
  /** Number of epochs run (fewer than asked when `onEpoch` stopped training). */
  epochs: number;
  /** Whether `onEpoch` returned false. */
  stoppedEarly: boolean;
}

/** Options of {@link fit}. */
export interface FitOptions {
  /** Training loss; must suit the model's output (see {@link fit}). */
  loss: TrainingLoss;
  /** Number of passes over the data. */
  epochs: number;
  /** "sgd" (with optional momentum) or "adam". Default "adam". */
  optimizer?: Optimizer;
  /** Step size, > 0. Default 0.001 for "adam" (PyTorch's and Keras' default), 0.01 for "sgd" (Keras'). */
  learningRate?: number;
  /** Samples per gradient step; the last batch of an epoch may be smaller. Default 32 (Keras'). */
  batchSize?: number;
  /** Seed of the per-epoch shuffle. Default 0. */
  seed?: number;
  /** Shuffle the samples before each epoch. Default true. */
  shuffle?: boolean;
  /** L2 penalty λ on the weights (not the biases): adds λ·W to their gradient, as PyTorch's `weight_decay`. Default 0. */
  weightDecay?: number;
  /** SGD momentum μ in [0, 1): v ← μ·v + g, W ← W − lr·v (PyTorch's form). Only for "sgd". Default 0. */
  momentum?: number;
  /** Adam's first-moment decay. Only for "adam". Default 0.9. */
  beta1?: number;
  /** Adam's second-moment decay. Only for "adam". Default 0.999. */
  beta2?: number;
  /** Adam's ε added to √v̂. Only for "adam". Default 1e-8 (PyTorch's; Keras uses 1e-7). */
  epsilon?: number;
  /**
   * Called after every epoch with its 0-based index and the history so far (the same object, growing),
   * so a playground can plot while training. Returning `false` stops training; any other value (or none) goes on.
   */
  onEpoch?: (epoch: number, history: History) => unknown;
}

const KNOWN = [
  "loss",
  "epochs",
  "optimizer",
  "learningRate",
  "batchSize",
  "seed",
  "shuffle",
  "weightDecay",
  "momentum",
  "beta1",
  "beta2",
  "epsilon",
  "onEpoch",
] as const;
const OPTIMIZERS: readonly Optimizer[] = ["sgd", "adam"];

/**
 * Trains `model` in place by mini-batch gradient descent and returns the history. Each epoch shuffles
 * the samples (seeded), cuts them into batches, and for each batch averages the gradient of the loss over
 * its samples (forward pass, loss, backward pass; see `_engine.ts`), then takes one optimizer step.
 * Losses and the heads they train:
 * - "crossEntropy": output "softmax" (or "identity" for raw logits); `y` holds class indices. Softmax
 *   is fused into the loss, so the output gradient is softmax(z) − onehot(y).
 * - "bceWithLogits": output "sigmoid" (or "identity"); `y` holds 0/1 rows (or 0/1 numbers for one output).
 *   The output gradient is σ(z) − y.
 * - "mse": any output but "softmax", including negated heads such as "-softplus"; `y` holds numbers (one
 *   output) or rows. The gradient goes through the output activation's registry derivative, so a ReLU head
 *   whose units sit at z ≤ 0 gets none.
 * The reported loss and metric of an epoch are averages over its batches as they were trained (as Keras
 * reports them). Optimizer state starts afresh at every call. Same model, data and options: the same history,
 * bit for bit.
 * @param model a model from {@link createMlp}; its weights and biases are updated in place
 * @param X samples, one row of `sizes[0]` finite numbers each
 * @param y targets as described above, one per sample
 * @param options see {@link FitOptions}
 * @returns the {@link History}: loss and metric per epoch
 * @throws {InvalidArgumentError} for an unknown or badly typed option, a loss that does not suit the output,
 * a non-positive learning rate, an option of the other optimizer, NaN or Infinity in `X` or `y`
 * @throws {ShapeError} when rows of `X` or `y` do not match the layer sizes, or `X` and `y` differ in length
 * @throws {LabelError} when a class index is outside the output units, or a "bceWithLogits" label is not 0 or 1
 * @throws {EmptyInputError} when `X` is empty
 * @example
 * const { X, y } = makeBlobs({ nSamples: 150, centers: [[-5, 0], [5, 0], [0, 6]], seed: 1 });
 * const model = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "softmax", seed: 1 });
 * const history = fit(model, X, y, { loss: "crossEntropy", epochs: 50, learningRate: 0.01 });
 * history.metric.at(-1) //=> 1
 */
export function fit(
  model: Mlp,
  X: readonly (readonly number[])[],
  y: readonly number[] | readonly (readonly number[])[],
  options: FitOptions,
): History {
  const fn = "fit";
  const net = compile(fn, model);
  if (options === undefined) invalid(fn, "options", "an object with at least loss and epochs", options);
  assertKnownOptions(fn, options, KNOWN);
  const loss = checkLossForHead(fn, options.loss, net.head);
  assertNumber(fn, "epochs", options.epochs, { min: 1, integer: true });
  const epochs = options.epochs;
  const optimizer = options.optimizer ?? "adam";
  assertOneOf(fn, "optimizer", optimizer, OPTIMIZERS);
  const learningRate = options.learningRate ?? (optimizer === "adam" ? 0.001 : 0.01);
  assertNumber(fn, "learningRate", learningRate, { min: 0, exclusiveMin: true });
  const batchSize = options.batchSize ?? 32;
  assertNumber(fn, "batchSize", batchSize, { min: 1, integer: true });
  const weightDecay = options.weightDecay ?? 0;
  assertNumber(fn, "weightDecay", weightDecay, { min: 0 });
  const shuffle = boolOption(fn, "shuffle", options.shuffle, true);
  const rng = createRng(seedOption(fn, options.seed));
  for (const key of optimizer === "adam" ? (["momentum"] as const) : (["beta1", "beta2", "epsilon"] as const)) {
    if (options[key] !== undefined) {
      throw new InvalidArgumentError(
        `${fn}: ${key} must be absent for optimizer ${JSON.stringify(optimizer)}; got ${options[key]}.`,
      );
    }
  }
  const momentum = options.momentum ?? 0;
  assertNumber(fn, "momentum", momentum, { min: 0, max: 1 });
  if (momentum === 1) invalid(fn, "momentum", "a finite number in [0, 1)", momentum);
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const epsilon = options.epsilon ?? 1e-8;
  for (const [name, v] of [
    ["beta1", beta1],
    ["beta2", beta2],
  ] as const) {
    assertNumber(fn, name, v, { min: 0, max: 1 });
    if (v === 1) invalid(fn, name, "a finite number in [0, 1)", v);
  }
  assertNumber(fn, "epsilon", epsilon, { min: 0, exclusiveMin: true });
  const onEpoch = options.onEpoch;
  if (onEpoch !== undefined && typeof onEpoch !== "function") invalid(fn, "onEpoch", "a function", onEpoch);

  const data = toData(fn, X, y, loss, net.sizes);
  const { n } = data;
  const k = net.sizes[net.sizes.length - 1] as number;

  // For R²: the total sum of squares of each output, Σ (y − ȳ)².
  const sstot = new Float64Array(k);
  if (loss === "mse") {
    for (let j = 0; j < k; j++) {
      let mean = 0;
      for (let s = 0; s < n; s++) mean += data.T[s * k + j] as number;
      mean /= n;
      let ss = 0;
      for (let s = 0; s < n; s++) ss += ((data.T[s * k + j] as number) - mean) ** 2;
      sstot[j] = ss;
    }
  }

  // Parameters and their gradients, weights first; only weights are decayed.
  const ws = createWorkspace(net.sizes);
  const grads = createGrads(net.sizes);
  const params = [...net.W, ...net.b];
  const gradList = [...grads.W, ...grads.b];
  const decay = params.map((_, p) => (p < net.W.length ? weightDecay : 0));
  const m1 = params.map((p) => new Float64Array(p.length)); // SGD velocity, or Adam's first moment
  const m2 = optimizer === "adam" ? params.map((p) => new Float64Array(p.length)) : [];
  let step = 0;

  const history: History = {
    loss: [],
    metric: [],
    metricName: loss === "mse" ? "r2" : "accuracy",
    epochs: 0,
    stoppedEarly: false,
  };
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) order[s] = s;
  const stats = createStats(k);

  for (let epoch = 0; epoch < epochs; epoch++) {
    if (shuffle) {
      // Fisher–Yates with the seeded generator.
      for (let i = n - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
      }
    }
    stats.loss = 0;
    stats.correct = 0;
    stats.ssres.fill(0);

    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(start + batchSize, n);
      for (const g of gradList) g.fill(0);
      for (let p = start; p < end; p++) {
        const s = order[p] as number;
        forward(net, ws, data.X, s);
        outputDelta(net, ws, loss, data, s, stats);
        backward(net, ws, data.X, s, grads);
      }
      // The batch gradient is the mean over its samples, plus λ·W for weight decay.
      const scale = 1 / (end - start);
      step += 1;
      // Adam's bias corrections 1 − β^t (Kingma & Ba 2015, Algorithm 1), folded into the step size.
      const c1 = 1 - beta1 ** step;
      const c2 = 1 - beta2 ** step;
      for (let p = 0; p < params.length; p++) {
        const w = params[p] as Float64Array;
        const g = gradList[p] as Float64Array;
        const a = m1[p] as Float64Array;
        const lambda = decay[p] as number;
        if (optimizer === "sgd") {
          for (let i = 0; i < w.length; i++) {
            const gi = (g[i] as number) * scale + lambda * (w[i] as number);
            // PyTorch's SGD: v ← μ·v + g; W ← W − lr·v (plain SGD when μ = 0).
            const v = momentum * (a[i] as number) + gi;
            a[i] = v;
            w[i] = (w[i] as number) - learningRate * v;
          }
        } else {
          const b = m2[p] as Float64Array;
          for (let i = 0; i < w.length; i++) {
            const gi = (g[i] as number) * scale + lambda * (w[i] as number);
            // Adam: m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;  W ← W − lr · m̂ / (√v̂ + ε).
            const mi = beta1 * (a[i] as number) + (1 - beta1) * gi;
            const vi = beta2 * (b[i] as number) + (1 - beta2) * gi * gi;
            a[i] = mi;
            b[i] = vi;
            w[i] = (w[i] as number) - (learningRate * (mi / c1)) / (Math.sqrt(vi / c2) + epsilon);
          }
        }
      }
    }

    history.loss.push(stats.loss / n);
    if (loss === "mse") {
      // R² per output, scikit-learn's rule for constant targets (force_finite): 1 if fitted exactly, else 0.
      let r2 = 0;
      for (let j = 0; j < k; j++) {
        const res = stats.ssres[j] as number;
        const tot = sstot[j] as number;
        r2 += tot === 0 ? (res === 0 ? 1 : 0) : 1 - res / tot;
      }
      history.metric.push(r2 / k);
    } else {
      history.metric.push(stats.correct / n);
    }
    history.epochs = epoch + 1;
    if (onEpoch !== undefined && onEpoch(epoch, history) === false) {
      history.stoppedEarly = true;
      break;
    }
  }
  return history;
}
