import { InvalidArgumentError } from "../errors.js";
import { checkTargets } from "./_checkTargets.js";
import { checkBoolean, readOptions } from "./_options.js";
import type { SampleWeight, Target } from "./_types.js";

/** The options of `accuracyScore`. */
export interface AccuracyOptions {
  /** `true` (default): the fraction correct; `false`: the (weighted) number correct. */
  normalize?: boolean;
  sampleWeight?: SampleWeight | null;
}

/**
 * Accuracy: the fraction (or count) of samples whose predicted label equals the true one. For
 * multilabel targets, subset accuracy: a sample counts only when its whole row matches
 * (scikit-learn 1.9's `accuracy_score`).
 * @param yTrue true labels (numbers, strings or booleans), or a 0/1 indicator matrix for multilabel targets
 * @param yPred predicted labels, of the same kind as yTrue
 * @param options `normalize` (true), `sampleWeight`
 * @returns the fraction correct, or the (weighted) count when `normalize` is false
 * @throws {InvalidArgumentError} for an invalid option, NaN or infinite labels, elements that are not labels,
 *   or weights that sum to zero when normalizing
 * @throws {ShapeError} when yTrue, yPred and sampleWeight differ in length, or matrix rows are ragged
 * @throws {EmptyInputError} when there are no samples
 * @throws {TargetTypeError} for continuous or multioutput targets, mixed target types, mixed string and number labels
 * @example
 * accuracyScore([0, 1, 2, 3], [0, 2, 1, 3]) //=> 0.5
 */
export function accuracyScore(yTrue: Target, yPred: Target, options?: AccuracyOptions): number {
  const fn = "accuracyScore";
  const o = readOptions(fn, options);
  const normalize = checkBoolean(fn, "normalize", o.normalize, true);
  const data = checkTargets(fn, yTrue, yPred, o.sampleWeight);
  let hits = 0;
  let wsum = 0;
  if (data.type === "multilabel-indicator") {
    const w = data.weights;
    for (let i = 0; i < data.n; i++) {
      // Subset accuracy: scikit-learn counts the non-zero entries of yTrue - yPred per row.
      let same = true;
      const base = i * data.nLabels;
      for (let j = 0; j < data.nLabels; j++) {
        if (data.trueValues[base + j] !== data.predValues[base + j]) {
          same = false;
          break;
        }
      }
      const wi = w === null ? 1 : (w[i] as number);
      if (same) hits += wi;
      wsum += wi;
    }
  } else {
    hits = data.hits();
    wsum = data.total();
  }
  if (!normalize) return hits;
  if (wsum === 0) {
    // scikit-learn: ZeroDivisionError("Weights sum to zero, can't be normalized").
    throw new InvalidArgumentError(
      `${fn}: sampleWeight must not sum to zero when normalize is true; got weights summing to 0.`,
    );
  }
  return hits / wsum;
}
