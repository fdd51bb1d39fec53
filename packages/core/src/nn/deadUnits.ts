import { compile } from "./_data.js";
import { toInferenceInputs } from "./_inputs.js";
import { eachSample } from "./_layers.js";
import type { Mlp } from "./_types.js";

/**
 * For each hidden unit, whether it is dead on `X`: its activation passes no gradient (f'(z) = 0, the
 * registry's derivative) on any sample. For ReLU that is a unit with z ≤ 0 on all of `X`, whose activation
 * is 0 everywhere on the data and which gradient descent on this data cannot revive. Smooth activations
 * (sigmoid, GELU, …) have no dead units. {@link deadUnitFraction} is the share of `true` per layer.
 * @param model a model from {@link createMlp}
 * @param X samples, one row of `sizes[0]` numbers each
 * @returns `[layer][unit]`: one boolean per unit of each hidden layer (empty without hidden layers)
 * @throws {ShapeError} when a row's length differs from the input layer
 * @throws {InvalidArgumentError} when `model` is not a model or `X` holds non-numbers
 * @throws {EmptyInputError} when `X` is empty
 * @example
 * const model = createMlp({ sizes: [1, 2, 1], hidden: "relu", init: "zeros" });
 * model.weights[0].set([1, -1]); // unit 0 sees x, unit 1 sees −x
 * deadUnits(model, [[1], [2]]) //=> [[false, true]]
 */
export function deadUnits(model: Mlp, X: readonly (readonly number[])[]): boolean[][] {
  return deadUnitFlags("deadUnits", model, X);
}

/** {@link deadUnits} with the calling function's name in error messages (used by {@link deadUnitFraction}). */
export function deadUnitFlags(fn: string, model: Mlp, X: readonly (readonly number[])[]): boolean[][] {
  const net = compile(fn, model);
  const inputs = toInferenceInputs(fn, X, net.sizes[0] as number);
  const alive = net.sizes.slice(1, -1).map((n) => new Uint8Array(n));
  eachSample(net, inputs, (ws) => {
    alive.forEach((flags, l) => {
      const z = ws.z[l] as Float64Array;
      for (let j = 0; j < flags.length; j++) {
        if (net.hidden.scalarDerivative(z[j] as number, net.hiddenOptions) !== 0) flags[j] = 1;
      }
    });
  });
  return alive.map((flags) => Array.from(flags, (a) => a === 0));
}
