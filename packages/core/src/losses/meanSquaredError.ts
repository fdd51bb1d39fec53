import { readOptions } from "../_lib/options.js";
import { checkReduction, flattenPair, type LossInput, type LossResult, type Reduction, reduce } from "./_shared.js";

/**
 * Mean squared error, mean((yPred − yTrue)²) over all elements (PyTorch `nn.MSELoss`).
 * @param yTrue targets: a vector or a matrix (rows are samples)
 * @param yPred predictions of the same shape
 * @param options `{ reduction: "mean" }`; `"sum"` adds, `"none"` returns the squared errors in the input's shape
 * @returns the loss, or the unreduced values
 * @throws {ShapeError} when yTrue and yPred differ in shape or a matrix is ragged
 * @throws {EmptyInputError} when the inputs are empty
 * @throws {InvalidArgumentError} when an input is not numeric or `reduction` is unknown
 * @example
 * meanSquaredError([1, 2, 3], [1, 2, 5]) //=> 1.3333333333333333
 */
export function meanSquaredError<T extends LossInput, R extends Reduction = "mean">(
  yTrue: LossInput,
  yPred: T,
  options?: { reduction?: R },
): LossResult<R, T> {
  const { reduction } = readOptions("meanSquaredError", options, { reduction: "mean" as Reduction });
  checkReduction("meanSquaredError", reduction);
  const [t, p] = flattenPair("meanSquaredError", yTrue, yPred);
  const losses = new Float64Array(t.values.length);
  for (let i = 0; i < losses.length; i++) {
    const d = (p.values[i] as number) - (t.values[i] as number);
    losses[i] = d * d;
  }
  return reduce(losses, reduction, p) as LossResult<R, T>;
}
