import { assertNumber } from "../_lib/assert.js";
import { readOptions } from "../_lib/options.js";
import { checkReduction, flattenPair, type LossInput, type LossResult, type Reduction, reduce } from "./_shared.js";

/**
 * Huber loss (PyTorch `nn.HuberLoss`): ½d² where |d| < delta, delta·(|d| − ½delta) beyond, with d = yPred − yTrue.
 * @param yTrue targets: a vector or a matrix (rows are samples)
 * @param yPred predictions of the same shape
 * @param options `{ delta: 1, reduction: "mean" }`; delta must be > 0 as in PyTorch
 * @returns the loss, or the unreduced values
 * @throws {ShapeError} when yTrue and yPred differ in shape or a matrix is ragged
 * @throws {EmptyInputError} when the inputs are empty
 * @throws {InvalidArgumentError} when an input is not numeric, `delta` is not a finite number > 0 or `reduction` is unknown
 * @example
 * huberLoss([0, 0], [0.5, 3]) //=> 1.3125
 */
export function huberLoss<T extends LossInput, R extends Reduction = "mean">(
  yTrue: LossInput,
  yPred: T,
  options?: { reduction?: R; delta?: number },
): LossResult<R, T> {
  const { reduction, delta } = readOptions("huberLoss", options, { reduction: "mean" as Reduction, delta: 1 });
  checkReduction("huberLoss", reduction);
  // PyTorch: "huber_loss does not support non-positive values for delta."
  assertNumber("huberLoss", "delta", delta, { min: 0, exclusiveMin: true });
  const [t, p] = flattenPair("huberLoss", yTrue, yPred);
  const losses = new Float64Array(t.values.length);
  for (let i = 0; i < losses.length; i++) {
    const z = Math.abs((p.values[i] as number) - (t.values[i] as number));
    losses[i] = z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta);
  }
  return reduce(losses, reduction, p) as LossResult<R, T>;
}
