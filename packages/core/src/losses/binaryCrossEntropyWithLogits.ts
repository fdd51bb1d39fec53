import { assertNumber, invalid } from "../_lib/assert.js";
import { readOptions } from "../_lib/options.js";
import { ShapeError } from "../errors.js";
import { checkReduction, flattenPair, type LossInput, type LossResult, type Reduction, reduce } from "./_shared.js";

/** Options of {@link binaryCrossEntropyWithLogits}. */
export interface BceWithLogitsOptions<R extends Reduction = Reduction> {
  reduction: R;
  /**
   * Weight of the positive term (PyTorch `pos_weight`): one number, or one per column of a matrix
   * (per label of a multilabel target). Default 1.
   */
  posWeight: number | readonly number[];
}

/**
 * Binary cross-entropy on logits (PyTorch `nn.BCEWithLogitsLoss`), in the stable form
 * (1 − y)·x + w·(log(1 + e^(−|x|)) + max(−x, 0)) with w = 1 + (posWeight − 1)·y: exact for any finite
 * logit, where sigmoid followed by binaryCrossEntropy would round p to 0 or 1.
 * @param yTrue targets in [0, 1] (0/1 labels or soft targets): a vector or a matrix (multilabel)
 * @param logits raw scores of the same shape
 * @param options `{ reduction: "mean", posWeight: 1 }`
 * @returns the loss, or the unreduced values
 * @throws {ShapeError} when yTrue and logits differ in shape, a matrix is ragged, or posWeight has the wrong length
 * @throws {EmptyInputError} when the inputs are empty
 * @throws {InvalidArgumentError} when an input is not numeric, posWeight is not finite, or `reduction` is unknown
 * @example
 * binaryCrossEntropyWithLogits([1, 0], [2, -1]) //=> 0.22009484928059764
 */
export function binaryCrossEntropyWithLogits<T extends LossInput, R extends Reduction = "mean">(
  yTrue: LossInput,
  logits: T,
  options?: Partial<BceWithLogitsOptions<R>>,
): LossResult<R, T> {
  const fn = "binaryCrossEntropyWithLogits";
  const o = readOptions(fn, options, { reduction: "mean" as Reduction, posWeight: 1 as number | readonly number[] });
  checkReduction(fn, o.reduction);
  const [t, p] = flattenPair(fn, yTrue, logits, "logits");
  let weights: readonly number[] | null = null;
  if (typeof o.posWeight === "number") assertNumber(fn, "posWeight", o.posWeight);
  else if (Array.isArray(o.posWeight)) {
    weights = o.posWeight;
    if (weights.length !== p.cols) {
      throw new ShapeError(
        `${fn}: posWeight must have one weight per column of logits (${p.cols}); got ${weights.length} weights.`,
      );
    }
    for (let i = 0; i < weights.length; i++) assertNumber(fn, `posWeight[${i}]`, weights[i]);
  } else invalid(fn, "posWeight", "a finite number or an array of finite numbers", o.posWeight);
  const scalarWeight = typeof o.posWeight === "number" ? o.posWeight : 1;
  const losses = new Float64Array(t.values.length);
  for (let i = 0; i < losses.length; i++) {
    const x = p.values[i] as number;
    const y = t.values[i] as number;
    const pw = weights ? (weights[i % p.cols] as number) : scalarWeight;
    // −log σ(x) = log1p(e^(−|x|)) + max(−x, 0): no overflow, no log(0) (PyTorch's binary_cross_entropy_with_logits).
    const softplusMinusX = Math.log1p(Math.exp(-Math.abs(x))) + Math.max(-x, 0);
    losses[i] = pw === 1 ? (1 - y) * x + softplusMinusX : (1 - y) * x + (1 + (pw - 1) * y) * softplusMinusX;
  }
  return reduce(losses, o.reduction, p) as LossResult<R, T>;
}
