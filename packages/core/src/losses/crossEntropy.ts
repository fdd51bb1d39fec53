import { assertNonEmpty, assertNumber, invalid } from "../_lib/assert.js";
import { assertMatrix, assertNumbers } from "../_lib/elementwise.js";
import { readOptions } from "../_lib/options.js";
import { stableSum } from "../_lib/stableSum.js";
import { ShapeError } from "../errors.js";
import type { Matrix } from "../tensor.js";
import { checkReduction, type Reduction } from "./_shared.js";

/** Options of {@link crossEntropy}. */
export interface CrossEntropyOptions<R extends Reduction = Reduction> {
  reduction: R;
  /** Mixes each target with the uniform distribution: (1 − ε)·target + ε/C (PyTorch `label_smoothing`). Default 0. */
  labelSmoothing: number;
}

/**
 * Cross-entropy of logits against class indices or probability rows (PyTorch `nn.CrossEntropyLoss`):
 * −Σ_c target_c · logSoftmax(logits)_c per sample, computed from logits with a stable log-softmax.
 * @param yTrue class indices (integers in [0, C)) or probability rows of the same shape as `logits`
 * @param logits a matrix of raw scores, one row of C class scores per sample
 * @param options `{ reduction: "mean", labelSmoothing: 0 }`; the mean is over samples
 * @returns the loss, or one value per sample with `reduction: "none"`
 * @throws {ShapeError} when yTrue and logits differ in number of samples or shape, or a matrix is ragged
 * @throws {EmptyInputError} when there are no samples
 * @throws {InvalidArgumentError} when logits is not a matrix with at least one column, a class index is not an
 *   integer in [0, C), labelSmoothing is outside [0, 1], or `reduction` is unknown
 * @example
 * crossEntropy([0, 1], [[2, 0], [0, 2]]) //=> 0.1269280110429726
 */
export function crossEntropy<R extends Reduction = "mean">(
  yTrue: readonly number[] | Matrix | Int32Array | Float64Array,
  logits: Matrix,
  options?: Partial<CrossEntropyOptions<R>>,
): R extends "none" ? number[] : number {
  const fn = "crossEntropy";
  const o = readOptions(fn, options, { reduction: "mean" as Reduction, labelSmoothing: 0 });
  checkReduction(fn, o.reduction);
  // PyTorch: "label_smoothing must be between 0.0 and 1.0".
  assertNumber(fn, "labelSmoothing", o.labelSmoothing, { min: 0, max: 1 });
  if (!Array.isArray(logits) || (logits.length > 0 && !Array.isArray(logits[0]))) {
    invalid(fn, "logits", "a matrix (one row of class scores per sample)", logits);
  }
  const n = logits.length;
  const classes = assertMatrix(fn, "logits", logits);
  const isIndices = !(Array.isArray(yTrue) && yTrue.length > 0 && Array.isArray(yTrue[0]));
  if (!isIndices) {
    const width = assertMatrix(fn, "yTrue", yTrue as unknown[]);
    if (yTrue.length !== n || width !== classes) {
      throw new ShapeError(
        `${fn}: probability targets must have the shape of logits; got [${yTrue.length}, ${width}] and [${n}, ${classes}].`,
      );
    }
  } else {
    if (Array.isArray(yTrue)) assertNumbers(fn, "yTrue", yTrue);
    else if (!(yTrue instanceof Int32Array || yTrue instanceof Float64Array)) {
      invalid(fn, "yTrue", "class indices (an array of integers) or probability rows (a matrix)", yTrue);
    }
    if (yTrue.length !== n) {
      throw new ShapeError(
        `${fn}: yTrue and logits must have the same number of samples; got ${yTrue.length} and ${n}.`,
      );
    }
  }
  assertNonEmpty(fn, "logits", n);
  if (classes === 0) invalid(fn, "logits", "a matrix with at least one column (class)", logits);

  const eps = o.labelSmoothing;
  const losses = new Float64Array(n);
  const logp = new Float64Array(classes);
  for (let r = 0; r < n; r++) {
    const row = logits[r] as number[];
    // log-softmax of the row, max-shifted.
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < classes; c++) if ((row[c] as number) > max) max = row[c] as number;
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp((row[c] as number) - max);
    const logSum = Math.log(sum);
    for (let c = 0; c < classes; c++) logp[c] = (row[c] as number) - max - logSum;
    if (isIndices) {
      const k = (yTrue as ArrayLike<number>)[r] as number;
      if (!Number.isInteger(k) || k < 0 || k >= classes) {
        invalid(fn, `yTrue[${r}]`, `a class index, an integer in [0, ${classes - 1}]`, k);
      }
      const nll = -(logp[k] as number);
      // PyTorch: (1 − ε)·nll + ε·(−Σ_c logp_c)/C; skip the smoothing sum when ε = 0 so −∞ logits elsewhere
      // in the row do not turn the loss into ∞·0.
      losses[r] = eps === 0 ? nll : (1 - eps) * nll + (eps / classes) * -stableSum(logp);
    } else {
      const target = (yTrue as Matrix)[r] as number[];
      let acc = 0;
      for (let c = 0; c < classes; c++) {
        const tc = eps === 0 ? (target[c] as number) : (target[c] as number) * (1 - eps) + eps / classes;
        acc -= tc * (logp[c] as number);
      }
      losses[r] = acc;
    }
  }
  type Out = R extends "none" ? number[] : number;
  if (o.reduction === "none") return Array.from(losses) as Out;
  const total = stableSum(losses);
  return (o.reduction === "sum" ? total : total / n) as Out;
}
