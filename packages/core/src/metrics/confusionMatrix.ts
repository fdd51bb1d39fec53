import { invalid } from "../_lib/assert.js";
import { formatChoices, formatValue } from "../_lib/format.js";
import { EmptyInputError, LabelError, TargetTypeError } from "../errors.js";
import { checkTargets } from "./_checkTargets.js";
import { checkLabels, readOptions } from "./_options.js";
import type { Label, SampleWeight, Target } from "./_types.js";
import { warn } from "./warnings.js";

/** The options of `confusionMatrix`. */
export interface ConfusionMatrixOptions {
  /** Labels indexing the rows and columns, in order; samples with other labels are left out. */
  labels?: readonly Label[] | null;
  sampleWeight?: SampleWeight | null;
  /** Divide by row sums (`"true"`), column sums (`"pred"`) or the total (`"all"`); 0/0 gives 0. */
  normalize?: "true" | "pred" | "all" | null;
}

const NORMALIZE = ["true", "pred", "all", null] as const;

/**
 * The confusion matrix C, where C[i][j] counts samples of true label i predicted as j
 * (scikit-learn 1.9's `confusion_matrix`). Rows and columns follow `labels`, by default the sorted
 * labels of both targets. A 1×1 result reports scikit-learn's UserWarning through the warning handler.
 * @param yTrue true labels (numbers, strings or booleans)
 * @param yPred predicted labels, of the same kind as yTrue
 * @param options `labels`, `sampleWeight`, `normalize` (`"true" | "pred" | "all"`)
 * @returns the matrix as an array of rows
 * @throws {InvalidArgumentError} for an invalid option, NaN or infinite labels, or elements that are not labels
 * @throws {ShapeError} when yTrue, yPred and sampleWeight differ in length
 * @throws {EmptyInputError} when there are no samples, or `labels` is empty
 * @throws {TargetTypeError} for multilabel, continuous or multioutput targets, or mixed label kinds
 * @throws {LabelError} when no label in `labels` occurs in yTrue
 * @example
 * confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]) //=> [[2, 0, 0], [0, 0, 1], [1, 0, 2]]
 */
export function confusionMatrix(yTrue: Target, yPred: Target, options?: ConfusionMatrixOptions): number[][] {
  const fn = "confusionMatrix";
  const o = readOptions(fn, options);
  const labelsOpt = checkLabels(fn, o.labels);
  const normalize = o.normalize ?? null;
  if (!NORMALIZE.includes(normalize)) invalid(fn, "normalize", `one of ${formatChoices(NORMALIZE)}`, o.normalize);
  const data = checkTargets(fn, yTrue, yPred, o.sampleWeight);
  if (data.type === "multilabel-indicator") {
    throw new TargetTypeError(
      `${fn}: yTrue and yPred must be binary or multiclass targets (use multilabelConfusionMatrix for multilabel ones); got "multilabel-indicator".`,
    );
  }
  let index: Int32Array;
  let size: number;
  if (labelsOpt === null) {
    size = data.classes.length;
    index = Int32Array.from(data.classes, (_, k) => k);
  } else {
    if (labelsOpt.length === 0) {
      throw new EmptyInputError(`${fn}: labels must contain at least one label; got [].`);
    }
    size = labelsOpt.length;
    // class code -> row/column; a label listed twice keeps its last position, as scikit-learn's dict does.
    index = new Int32Array(data.classes.length).fill(-1);
    let inTrue = false;
    labelsOpt.forEach((label, pos) => {
      const k = data.indexOf(label);
      if (k >= 0) {
        index[k] = pos;
        if (data.truePresent[k] === 1) inTrue = true;
      }
    });
    if (!inTrue) {
      throw new LabelError(
        `${fn}: labels must include at least one label present in yTrue; got ${formatValue(labelsOpt)}.`,
      );
    }
  }
  const cm = new Float64Array(size * size);
  data.accumulate(index, size, cm);
  if (normalize !== null) normalizeInPlace(cm, size, normalize);
  if (size === 1) {
    warn(
      fn,
      "UserWarning",
      "A single label was found in 'y_true' and 'y_pred'. For the confusion matrix to have the correct shape, use the 'labels' parameter to pass all known labels.",
    );
  }
  return Array.from({ length: size }, (_, r) => Array.from(cm.subarray(r * size, (r + 1) * size)));
}

/** Divides as scikit-learn does, then maps NaN to 0 and ±Infinity to ±MAX_VALUE (NumPy's `nan_to_num`). */
function normalizeInPlace(cm: Float64Array, size: number, how: "true" | "pred" | "all"): void {
  const sums = new Float64Array(size);
  let all = 0;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const v = cm[r * size + c] as number;
      if (how === "true") sums[r] = (sums[r] as number) + v;
      else if (how === "pred") sums[c] = (sums[c] as number) + v;
      else all += v;
    }
  }
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const k = r * size + c;
      const d = how === "true" ? (sums[r] as number) : how === "pred" ? (sums[c] as number) : all;
      const v = (cm[k] as number) / d;
      cm[k] = Number.isNaN(v)
        ? 0
        : v === Number.POSITIVE_INFINITY
          ? Number.MAX_VALUE
          : v === Number.NEGATIVE_INFINITY
            ? -Number.MAX_VALUE
            : v;
    }
  }
}
