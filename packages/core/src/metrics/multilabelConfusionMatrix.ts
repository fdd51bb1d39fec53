import { TargetTypeError } from "../errors.js";
import { checkTargets } from "./_checkTargets.js";
import { mcm } from "./_mcm.js";
import { checkBoolean, checkLabels, readOptions } from "./_options.js";
import type { Label, SampleWeight, Target } from "./_types.js";

/** The options of `multilabelConfusionMatrix`. */
export interface MultilabelConfusionMatrixOptions {
  /** Labels to report, in order (absent labels give zero counts); column indices for multilabel targets. */
  labels?: readonly Label[] | null;
  sampleWeight?: SampleWeight | null;
  /** One matrix per sample instead of per label (multilabel targets only). */
  samplewise?: boolean;
}

/**
 * One 2×2 confusion matrix per label, `[[tn, fp], [fn, tp]]`, treating each label one-vs-rest, or
 * per sample with `samplewise` (scikit-learn 1.9's `multilabel_confusion_matrix`).
 * @param yTrue true labels, or a 0/1 indicator matrix for multilabel targets
 * @param yPred predicted labels, of the same kind as yTrue
 * @param options `labels`, `sampleWeight`, `samplewise` (false)
 * @returns an array of `[[tn, fp], [fn, tp]]`, one per label (or sample)
 * @throws {InvalidArgumentError} for an invalid option, NaN or infinite labels, or elements that are not labels
 * @throws {ShapeError} when yTrue, yPred and sampleWeight differ in length, or matrix rows are ragged
 * @throws {EmptyInputError} when there are no samples
 * @throws {TargetTypeError} for unsupported or mixed target types, or `samplewise` on a single-label target
 * @throws {LabelError} when multilabel `labels` are not column indices
 * @example
 * multilabelConfusionMatrix([[1, 0, 1], [0, 1, 0]], [[1, 0, 0], [0, 1, 1]])
 * //=> [[[1, 0], [0, 1]], [[1, 0], [0, 1]], [[0, 1], [1, 0]]]
 */
export function multilabelConfusionMatrix(
  yTrue: Target,
  yPred: Target,
  options?: MultilabelConfusionMatrixOptions,
): number[][][] {
  const fn = "multilabelConfusionMatrix";
  const o = readOptions(fn, options);
  const labels = checkLabels(fn, o.labels);
  const samplewise = checkBoolean(fn, "samplewise", o.samplewise, false);
  const data = checkTargets(fn, yTrue, yPred, o.sampleWeight);
  if (samplewise && data.type !== "multilabel-indicator") {
    throw new TargetTypeError(
      `${fn}: samplewise must be false for a ${data.type} target (per-sample matrices need a multilabel-indicator target); got true.`,
    );
  }
  const m = mcm(fn, data, labels, samplewise);
  return Array.from(m.tp, (tp, i) => [
    [m.tn[i] as number, m.fp[i] as number],
    [m.fn[i] as number, tp],
  ]);
}
