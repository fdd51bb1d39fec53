import { scanTarget } from "./_scan.js";
import type { TargetType } from "./_types.js";

/**
 * The kind of target, as scikit-learn's `type_of_target`: `"binary"` (at most two labels),
 * `"multiclass"`, `"multilabel-indicator"` (a matrix of two or more columns holding at most two whole
 * values), `"continuous"` (a fractional number), `"continuous-multioutput"`, `"multiclass-multioutput"`,
 * or `"unknown"` (rows without columns). An empty vector is `"binary"`, as in scikit-learn.
 * @param y a vector of labels, or a matrix whose rows are samples
 * @returns the target type
 * @throws {InvalidArgumentError} when `y` is not an array, holds NaN or ±Infinity (scikit-learn: "Input contains NaN"),
 *   or holds elements that are not numbers, strings or booleans
 * @throws {TargetTypeError} when a vector mixes strings with numbers or booleans
 * @throws {ShapeError} when matrix rows have different lengths
 * @example
 * typeOfTarget([0.5, 1.5]) //=> "continuous"
 */
export function typeOfTarget(y: unknown): TargetType {
  return scanTarget("typeOfTarget", "y", y).type;
}
