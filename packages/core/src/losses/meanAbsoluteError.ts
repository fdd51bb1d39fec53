import { readOptions } from "../_lib/options.js";
import { checkReduction, flattenPair, type LossInput, type LossResult, type Reduction, reduce } from "./_shared.js";

/**
 * Mean absolute error, mean(|yPred − yTrue|) over all elements (PyTorch `nn.L1Loss`).
 * @param yTrue targets: a vector or a matrix (rows are samples)
 * @param yPred predictions of the same shape
 * @param options `{ reduction: "mean" }`; `"sum"` adds, `"none"` returns the absolute errors in the input's shape
 * @returns the loss, or the unreduced values
 * @throws {ShapeError} when yTrue and yPred differ in shape or a matrix is ragged
 * @throws {EmptyInputError} when the inputs are empty
 * @throws {InvalidArgumentError} when an input is not numeric or `reduction` is unknown
 * @example
 * meanAbsoluteError([1, 2, 3], [1, 2, 5]) //=> 0.6666666666666666
 */
export function meanAbsoluteError<T extends LossInput, R extends Reduction = "mean">(
  yTrue: LossInput,
  yPred: T,
  options?: { reduction?: R },
): LossResult<R, T> {
  const { reduction } = readOptions("meanAbsoluteError", options, { reduction: "mean" as Reduction });
  checkReduction("meanAbsoluteError", reduction);
  const [t, p] = flattenPair("meanAbsoluteError", yTrue, yPred);
  const losses = new Float64Array(t.values.length);
  for (let i = 0; i < losses.length; i++) losses[i] = Math.abs((p.values[i] as number) - (t.values[i] as number));
  return reduce(losses, reduction, p) as LossResult<R, T>;
}
