import { type PrfOptions, singleScore } from "./_prf.js";
import type { Target } from "./_types.js";

/** The options of `fbetaScore`: those of `f1Score` plus the required `beta`. */
export type FbetaOptions = PrfOptions & { beta: number };

/**
 * F-beta: (1 + β²)·tp / ((1 + β²)·tp + β²·fn + fp), recall counting β times as much as precision
 * (scikit-learn 1.9's `fbeta_score`). `beta: Infinity` gives recall and `beta: 0` precision.
 * @param yTrue true labels (numbers, strings or booleans), or a 0/1 indicator matrix for multilabel targets
 * @param yPred predicted labels, of the same kind as yTrue
 * @param options `beta` (required, >= 0), `labels`, `posLabel` (1), `average` ("binary"), `sampleWeight`, `zeroDivision` ("warn")
 * @returns the score, or one score per label when `average` is null
 * @throws {InvalidArgumentError} when `beta` is missing, negative or NaN; for any other invalid option or label
 * @throws {ShapeError} when yTrue, yPred and sampleWeight differ in length, or matrix rows are ragged
 * @throws {EmptyInputError} when there are no samples
 * @throws {TargetTypeError} for unsupported or mixed target types, or an average the target does not allow
 * @throws {LabelError} when `posLabel` is not a label of a binary target, or multilabel `labels` are not column indices
 * @example
 * fbetaScore([0, 1, 1, 1], [0, 1, 0, 0], { beta: 2 }) //=> 0.38461538461538464
 */
export function fbetaScore(yTrue: Target, yPred: Target, options: FbetaOptions & { average: null }): number[];
export function fbetaScore(
  yTrue: Target,
  yPred: Target,
  options: FbetaOptions & { average?: Exclude<PrfOptions["average"], null> },
): number;
export function fbetaScore(yTrue: Target, yPred: Target, options: FbetaOptions): number | number[];
export function fbetaScore(yTrue: Target, yPred: Target, options: FbetaOptions): number | number[] {
  return singleScore("fbetaScore", yTrue, yPred, options, "f-score", "required");
}
