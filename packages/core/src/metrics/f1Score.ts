import { type ScoreOptions, singleScore } from "./_prf.js";
import type { Target } from "./_types.js";

/**
 * F1: the harmonic mean of precision and recall, 2·tp / (2·tp + fp + fn) (scikit-learn 1.9's `f1_score`), computed from counts so it is defined whenever the label occurs in either target.
 *
 * With `average: "binary"` (the default) the score of `posLabel` on a binary target; otherwise per label
 * and averaged as `average` says (`null`: one score per label, in label order). A zero denominator
 * gives `zeroDivision` (`"warn"`: 0 and scikit-learn's UndefinedMetricWarning through the warning handler).
 * @param yTrue true labels (numbers, strings or booleans), or a 0/1 indicator matrix for multilabel targets
 * @param yPred predicted labels, of the same kind as yTrue
 * @param options `labels`, `posLabel` (1), `average` ("binary"), `sampleWeight`, `zeroDivision` ("warn")
 * @returns the score, or one score per label when `average` is null
 * @throws {InvalidArgumentError} for an invalid option, NaN or infinite labels, or elements that are not labels
 * @throws {ShapeError} when yTrue, yPred and sampleWeight differ in length, or matrix rows are ragged
 * @throws {EmptyInputError} when there are no samples
 * @throws {TargetTypeError} for continuous or multioutput targets, mixed target types, mixed string and number
 *   labels, `average: "binary"` on a non-binary target, `average: "samples"` on a single-label target
 * @throws {LabelError} when `posLabel` is not a label of a binary target, or multilabel `labels` are not column indices
 * @example
 * f1Score([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], { average: "macro" }) //=> 0.26666666666666666
 */
export function f1Score(yTrue: Target, yPred: Target, options: ScoreOptions & { average: null }): number[];
export function f1Score(
  yTrue: Target,
  yPred: Target,
  options?: ScoreOptions & { average?: Exclude<ScoreOptions["average"], null> },
): number;
export function f1Score(yTrue: Target, yPred: Target, options?: ScoreOptions): number | number[];
export function f1Score(yTrue: Target, yPred: Target, options?: ScoreOptions): number | number[] {
  return singleScore("f1Score", yTrue, yPred, options, "f-score", 1);
}
