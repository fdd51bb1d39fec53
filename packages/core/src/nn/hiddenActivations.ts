import { compile } from "./_data.js";
import { toInferenceInputs } from "./_inputs.js";
import { eachSample } from "./_layers.js";
import type { Mlp } from "./_types.js";

/**
 * Every hidden unit's activation on every sample: the outputs of each hidden layer after its activation
 * function, from the same forward pass as {@link predict}. A unit whose column is 0 on every sample of a
 * ReLU network is a dead unit ({@link deadUnits}). NaN in `X` flows through to its sample's row.
 * @param model a model from {@link createMlp}
 * @param X samples, one row of `sizes[0]` numbers each
 * @returns one matrix per hidden layer, `[layer][sample][unit]`: `X.length` rows of `sizes[l + 1]`
 *   activations (empty for a network without hidden layers)
 * @throws {ShapeError} when a row's length differs from the input layer
 * @throws {InvalidArgumentError} when `model` is not a model or `X` holds non-numbers
 * @throws {EmptyInputError} when `X` is empty
 * @example
 * const model = createMlp({ sizes: [1, 2, 1], hidden: "relu", init: "zeros" });
 * model.weights[0].set([1, -1]); // unit 0 is relu(x), unit 1 is relu(−x)
 * hiddenActivations(model, [[2], [-3]]) //=> [[[2, 0], [0, 3]]]
 */
export function hiddenActivations(model: Mlp, X: readonly (readonly number[])[]): number[][][] {
  const fn = "hiddenActivations";
  const net = compile(fn, model);
  const inputs = toInferenceInputs(fn, X, net.sizes[0] as number);
  const layers: number[][][] = net.sizes.slice(1, -1).map(() => []);
  eachSample(net, inputs, (ws) => {
    layers.forEach((rows, l) => {
      rows.push(Array.from(ws.a[l] as Float64Array));
    });
  });
  return layers;
}
