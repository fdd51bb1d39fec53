import { invalid } from "../_lib/assert.js";
import { formatChoices, formatValue } from "../_lib/format.js";
import { InvalidArgumentError, LabelError, ShapeError } from "../errors.js";
import type { Data, Net } from "./_engine.js";
import { type Head, headName, hiddenSpec, resolveHead } from "./_head.js";
import { toInputs } from "./_inputs.js";
import type { Mlp, TrainingLoss } from "./_types.js";

export const LOSSES: readonly TrainingLoss[] = ["mse", "bceWithLogits", "crossEntropy"];

/** Checks that `model` looks like an {@link Mlp} (e.g. not a JSON copy) and resolves it for computation. */
export function compile(fn: string, model: unknown): Net {
  const m = model as Partial<Mlp> | null;
  if (
    m === null ||
    typeof m !== "object" ||
    !Array.isArray(m.sizes) ||
    !Array.isArray(m.weights) ||
    !Array.isArray(m.biases)
  ) {
    invalid(fn, "model", "a model from createMlp or mlpFromJSON", model);
  }
  const { sizes, weights, biases } = m as Mlp;
  const layers = sizes.length - 1;
  const ok =
    layers >= 1 &&
    weights.length === layers &&
    biases.length === layers &&
    weights.every(
      (w, l) => w instanceof Float64Array && w.length === (sizes[l] as number) * (sizes[l + 1] as number),
    ) &&
    biases.every((b, l) => b instanceof Float64Array && b.length === sizes[l + 1]);
  if (!ok) {
    throw new ShapeError(
      `${fn}: model must hold one Float64Array of sizes[l + 1] × sizes[l] weights and one of sizes[l + 1] biases per layer for sizes ${formatValue(sizes)}.`,
    );
  }
  const hidden = hiddenSpec(fn, m?.hidden);
  return {
    sizes,
    W: weights,
    b: biases,
    hidden,
    hiddenOptions: hidden.resolveOptions(m?.hiddenOptions as object),
    head: resolveHead(fn, m?.output, m?.outputOptions),
  };
}

/** Which losses train which heads. Softmax and sigmoid heads are fused into their losses. */
export function checkLossForHead(fn: string, loss: unknown, head: Head): TrainingLoss {
  const name = headName(head);
  let allowed: TrainingLoss[];
  if (head.kind === "softmax") allowed = ["crossEntropy"];
  else if (name === "identity") allowed = ["mse", "crossEntropy", "bceWithLogits"];
  else if (name === "sigmoid") allowed = ["bceWithLogits", "mse"];
  else allowed = ["mse"];
  if (!LOSSES.includes(loss as TrainingLoss)) invalid(fn, "loss", `one of ${formatChoices(LOSSES)}`, loss);
  if (!allowed.includes(loss as TrainingLoss)) {
    const hint =
      loss === "crossEntropy"
        ? ' (cross-entropy needs a "softmax" head, or "identity" for raw logits)'
        : loss === "bceWithLogits"
          ? ' (binary cross-entropy needs a "sigmoid" head, or "identity" for raw logits)'
          : ' (a softmax head is trained with "crossEntropy")';
    throw new InvalidArgumentError(
      `${fn}: loss must be ${formatChoices(allowed)} for output ${formatValue(name)}; got ${formatValue(loss)}${hint}.`,
    );
  }
  return loss as TrainingLoss;
}

/** Validates targets for `loss` against the output layer (k units) and the number of samples. */
export function toData(fn: string, X: unknown, y: unknown, loss: TrainingLoss, sizes: readonly number[]): Data {
  const nIn = sizes[0] as number;
  const k = sizes[sizes.length - 1] as number;
  const inputs = toInputs(fn, X, nIn, { finite: true });
  const n = inputs.length / nIn;
  if (!Array.isArray(y)) invalid(fn, "y", "an array of targets, one per sample", y);
  if (y.length !== n) {
    throw new ShapeError(`${fn}: X and y must have the same number of samples; got ${n} and ${y.length}.`);
  }

  if (loss === "crossEntropy") {
    const C = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      const c = y[s];
      if (typeof c !== "number" || !Number.isInteger(c)) {
        throw new InvalidArgumentError(
          `${fn}: y must hold class indices (integers) for loss "crossEntropy"; got ${formatValue(c)} at y[${s}].`,
        );
      }
      if (c < 0 || c >= k) {
        throw new LabelError(
          `${fn}: y must hold class indices in [0, ${k - 1}] for ${k} output units; got ${c} at y[${s}].`,
        );
      }
      C[s] = c;
    }
    return { n, X: inputs, T: new Float64Array(0), C };
  }

  // Targets as rows of k numbers; a flat vector is accepted when there is a single output.
  const T = new Float64Array(n * k);
  for (let s = 0; s < n; s++) {
    const row = y[s] as unknown;
    const values: ArrayLike<unknown> = typeof row === "number" && k === 1 ? [row] : (row as ArrayLike<unknown>);
    if (typeof row === "number" && k !== 1) {
      throw new ShapeError(`${fn}: y must have rows of ${k} targets (the output layer); got a number at y[${s}].`);
    }
    if (!Array.isArray(values) && !(values instanceof Float64Array)) {
      invalid(fn, `y[${s}]`, k === 1 ? "a number or a row of 1 number" : `a row of ${k} numbers`, row);
    }
    if (values.length !== k) {
      throw new ShapeError(
        `${fn}: y must have rows of ${k} targets (the output layer); got length ${values.length} at y[${s}].`,
      );
    }
    for (let j = 0; j < k; j++) {
      const v = values[j];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        const at = typeof row === "number" ? `y[${s}]` : `y[${s}][${j}]`;
        throw new InvalidArgumentError(`${fn}: y must hold finite numbers; got ${formatValue(v)} at ${at}.`);
      }
      if (loss === "bceWithLogits" && v !== 0 && v !== 1) {
        throw new LabelError(`${fn}: y must hold 0/1 labels for loss "bceWithLogits"; got ${v} at y[${s}][${j}].`);
      }
      T[s * k + j] = v;
    }
  }
  return { n, X: inputs, T, C: new Int32Array(0) };
}
