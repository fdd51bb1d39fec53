import { type PrfOptions, prfFromInputs, resolvePrfOptions } from "./_prf.js";
import type { Target } from "./_types.js";

export type { PrfOptions } from "./_prf.js";

/** Per-label scores, in label order (`average: null`). */
export interface PrfPerLabel {
  precision: number[];
  recall: number[];
  fscore: number[];
  /** Occurrences of each label in yTrue (weighted when sampleWeight is given). */
  support: number[];
}

/** Averaged scores. */
export interface PrfAveraged {
  precision: number;
  recall: number;
  fscore: number;
  support: null;
}

/**
 * Precision, recall, F-beta and support per label, or averaged: scikit-learn 1.9's
 * `precision_recall_fscore_support`, with the same defaults (`beta: 1`, `average: null`,
 * `posLabel: 1`, `zeroDivision: "warn"`).
 *
 * Precision is tp / (tp + fp), recall tp / (tp + fn), and F-beta
 * (1 + β²)·tp / ((1 + β²)·tp + β²·fn + fp), computed from counts so it is defined whenever the label
 * occurs in either target. A zero denominator gives `zeroDivision` (`"warn"` acts as 0 and reports
 * scikit-learn's UndefinedMetricWarning through the warning handler); NaN scores are left out of averages.
 * @param yTrue true labels (numbers, strings or booleans), or a 0/1 indicator matrix for multilabel targets
 * @param yPred predicted labels, of the same kind as yTrue
 * @param options `beta`, `labels`, `posLabel`, `average` (`"binary" | "micro" | "macro" | "weighted" | "samples" | null`),
 *   `sampleWeight`, `zeroDivision` (`"warn" | 0 | 1 | NaN`)
 * @returns `{ precision, recall, fscore, support }`: arrays in label order when `average` is null,
 *   otherwise numbers and `support: null`
 * @throws {InvalidArgumentError} for an invalid option, NaN or infinite labels, or elements that are not labels
 * @throws {ShapeError} when yTrue, yPred and sampleWeight differ in length, or matrix rows are ragged
 * @throws {EmptyInputError} when there are no samples
 * @throws {TargetTypeError} for continuous or multioutput targets, mixed target types, mixed string and
 *   number labels, `average: "binary"` on a non-binary target, `average: "samples"` on a single-label target
 * @throws {LabelError} when `posLabel` is not a label of a binary target, or multilabel `labels` are not column indices
 * @example
 * precisionRecallFscoreSupport(["cat", "dog", "pig", "cat"], ["cat", "pig", "dog", "cat"], { average: "macro" })
 * //=> { precision: 0.3333333333333333, recall: 0.3333333333333333, fscore: 0.3333333333333333, support: null }
 */
export function precisionRecallFscoreSupport(
  yTrue: Target,
  yPred: Target,
  options?: PrfOptions & { average?: null },
): PrfPerLabel;
export function precisionRecallFscoreSupport(
  yTrue: Target,
  yPred: Target,
  options: PrfOptions & { average: Exclude<PrfOptions["average"], null | undefined> },
): PrfAveraged;
export function precisionRecallFscoreSupport(
  yTrue: Target,
  yPred: Target,
  options?: PrfOptions,
): PrfPerLabel | PrfAveraged;
export function precisionRecallFscoreSupport(
  yTrue: Target,
  yPred: Target,
  options?: PrfOptions,
): PrfPerLabel | PrfAveraged {
  const fn = "precisionRecallFscoreSupport";
  const o = resolvePrfOptions(fn, options, null, "optional");
  const r = prfFromInputs(fn, yTrue, yPred, o, ["precision", "recall", "f-score"]);
  if (r.support === null) {
    return { precision: r.precision as number, recall: r.recall as number, fscore: r.fscore as number, support: null };
  }
  return {
    precision: Array.from(r.precision as Float64Array),
    recall: Array.from(r.recall as Float64Array),
    fscore: Array.from(r.fscore as Float64Array),
    support: Array.from(r.support),
  };
}
