import { invalid } from "../_lib/assert.js";
import { readOptions } from "../_lib/options.js";
import { checkReduction, flattenPair, type LossInput, type LossResult, type Reduction, reduce } from "./_shared.js";

/**
 * Binary cross-entropy on probabilities (PyTorch `nn.BCELoss`):
 * −(y·log p + (1 − y)·log(1 − p)), each log clamped at −100 as PyTorch does, so p = 0 or 1 gives a finite loss.
 * Prefer {@link binaryCrossEntropyWithLogits} on raw scores: it is exact where p rounds to 0 or 1.
 * @param yTrue targets in [0, 1] (0/1 labels or soft targets): a vector or a matrix
 * @param yPred predicted probabilities of the same shape
 * @param options `{ reduction: "mean" }`
 * @returns the loss, or the unreduced values
 * @throws {ShapeError} when yTrue and yPred differ in shape or a matrix is ragged
 * @throws {EmptyInputError} when the inputs are empty
 * @throws {InvalidArgumentError} when a prediction lies outside [0, 1] (PyTorch rejects these too), an input is
 *   not numeric, or `reduction` is unknown. A NaN prediction is not rejected: it gives NaN.
 * @example
 * binaryCrossEntropy([1, 0], [0.9, 0.2]) //=> 0.16425203348601802
 */
export function binaryCrossEntropy<T extends LossInput, R extends Reduction = "mean">(
  yTrue: LossInput,
  yPred: T,
  options?: { reduction?: R },
): LossResult<R, T> {
  const fn = "binaryCrossEntropy";
  const { reduction } = readOptions(fn, options, { reduction: "mean" as Reduction });
  checkReduction(fn, reduction);
  const [t, p] = flattenPair(fn, yTrue, yPred);
  const losses = new Float64Array(t.values.length);
  for (let i = 0; i < losses.length; i++) {
    const q = p.values[i] as number;
    if (q < 0 || q > 1) {
      const where = p.rows < 0 ? `yPred[${i}]` : `yPred[${Math.floor(i / p.cols)}][${i % p.cols}]`;
      invalid(fn, where, "a probability in [0, 1]", q);
    }
    const y = t.values[i] as number;
    // PyTorch's binary_cross_entropy kernel: (y − 1)·max(log1p(−p), −100) − y·max(log p, −100).
    losses[i] = (y - 1) * Math.max(Math.log1p(-q), -100) - y * Math.max(Math.log(q), -100);
  }
  return reduce(losses, reduction, p) as LossResult<R, T>;
}
