import { compile } from "./_data.js";
import { applyHead } from "./_engine.js";
import { toInferenceInputs } from "./_inputs.js";
import { eachSample } from "./_layers.js";
import type { Mlp } from "./_types.js";

/**
 * For each output unit, the share of samples of `X` on which it is stuck at a bound of its range:
 * the output activation's derivative is exactly 0 there, so training cannot move it. A ReLU head at
 * z ≤ 0 outputs exactly 0 and is stuck (the dying-ReLU-output problem on negative targets), as is a
 * "-relu" head at 0 or a "hardTanh" head at ±1; "identity" never is, and sigmoid or softmax only where
 * float64 rounds a probability to exactly 0 or 1.
 * @param model a model from {@link createMlp}
 * @param X samples, one row of `sizes[0]` numbers each
 * @returns one share in [0, 1] per output unit
 * @throws {ShapeError} when a row's length differs from the input layer
 * @throws {EmptyInputError} when `X` is empty
 * @example
 * const model = createMlp({ sizes: [1, 1], output: "relu", init: "zeros" }); // z = 0 → relu'(0) = 0
 * stuckAtBoundFraction(model, [[1], [2]]) //=> [1]
 */
export function stuckAtBoundFraction(model: Mlp, X: readonly (readonly number[])[]): number[] {
  const fn = "stuckAtBoundFraction";
  const net = compile(fn, model);
  const inputs = toInferenceInputs(fn, X, net.sizes[0] as number);
  const L = net.sizes.length - 1;
  const k = net.sizes[L] as number;
  const stuck = new Float64Array(k);
  const probs = new Float64Array(k);
  const { head } = net;
  eachSample(net, inputs, (ws) => {
    const z = ws.z[L - 1] as Float64Array;
    if (head.kind === "softmax") {
      applyHead(head, z, probs);
      for (let j = 0; j < k; j++)
        if ((probs[j] as number) * (1 - (probs[j] as number)) === 0) stuck[j] = (stuck[j] as number) + 1;
    } else {
      for (let j = 0; j < k; j++) {
        if (head.spec.scalarDerivative(z[j] as number, head.options) === 0) stuck[j] = (stuck[j] as number) + 1;
      }
    }
  });
  const n = inputs.length / (net.sizes[0] as number);
  return Array.from(stuck, (c) => c / n);
}
