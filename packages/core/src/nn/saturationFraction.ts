import { assertNumber } from "../_lib/assert.js";
import { assertKnownOptions } from "../data/_options.js";
import { compile } from "./_data.js";
import { applyHead } from "./_engine.js";
import { toInferenceInputs } from "./_inputs.js";
import { eachSample } from "./_layers.js";
import type { Mlp } from "./_types.js";

/**
 * For each layer (hidden layers, then the output layer), the share of (sample, unit) pairs on `X`
 * whose activation is saturated: its derivative |f'(z)| (the registry's) is below `threshold`, so
 * little gradient passes. With the default 0.01 a sigmoid unit counts from |z| > 4.6 (outputs
 * outside [0.0101, 0.9899]) and a tanh unit from |z| > 3.0; a ReLU unit at z ≤ 0 counts too. For a
 * "softmax" head the derivative is the diagonal of its Jacobian, p(1 − p).
 * @param model a model from {@link createMlp}
 * @param X samples, one row of `sizes[0]` numbers each
 * @param options `threshold`: the derivative below which a unit counts as saturated, > 0. Default 0.01
 * @returns one share in [0, 1] per layer, `sizes.length − 1` numbers
 * @throws {InvalidArgumentError} for an unknown option or a non-positive threshold
 * @throws {ShapeError} when a row's length differs from the input layer
 * @example
 * const model = createMlp({ sizes: [1, 1], output: "sigmoid", init: "zeros" });
 * saturationFraction(model, [[0]]) //=> [0] (σ'(0) = 0.25)
 */
export function saturationFraction(
  model: Mlp,
  X: readonly (readonly number[])[],
  options: { threshold?: number } = {},
): number[] {
  const fn = "saturationFraction";
  const net = compile(fn, model);
  assertKnownOptions(fn, options, ["threshold"]);
  const threshold = options.threshold ?? 0.01;
  assertNumber(fn, "threshold", threshold, { min: 0, exclusiveMin: true });
  const inputs = toInferenceInputs(fn, X, net.sizes[0] as number);
  const L = net.sizes.length - 1;
  const counts = new Float64Array(L);
  const probs = new Float64Array(net.sizes[L] as number);
  const { head } = net;
  eachSample(net, inputs, (ws) => {
    for (let l = 0; l < L; l++) {
      const z = ws.z[l] as Float64Array;
      let c = 0;
      if (l < L - 1) {
        for (const v of z) if (Math.abs(net.hidden.scalarDerivative(v, net.hiddenOptions)) < threshold) c++;
      } else if (head.kind === "softmax") {
        applyHead(head, z, probs);
        for (const p of probs) if (p * (1 - p) < threshold) c++;
      } else {
        for (const v of z) if (Math.abs(head.spec.scalarDerivative(v, head.options)) < threshold) c++;
      }
      counts[l] = (counts[l] as number) + c;
    }
  });
  const n = inputs.length / (net.sizes[0] as number);
  return Array.from(counts, (c, l) => c / (n * (net.sizes[l + 1] as number)));
}
