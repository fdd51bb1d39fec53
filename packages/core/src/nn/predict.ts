import { InvalidArgumentError } from "../errors.js";
import { compile } from "./_data.js";
import { applyHead, createWorkspace, forward } from "./_engine.js";
import { headName } from "./_head.js";
import { toInferenceInputs } from "./_inputs.js";
import type { Mlp } from "./_types.js";

/**
 * The network's outputs for each sample, with the output activation applied: probabilities for
 * "softmax" (rows sum to 1) and "sigmoid" (one per label), f(z) for an activation head, −f(z) for a
 * negated head such as "-softplus", and z itself for "identity". NaN in `X` flows through to the outputs.
 * @param model a model from {@link createMlp}
 * @param X samples, one row of `sizes[0]` numbers each
 * @returns one row of `sizes.at(-1)` outputs per sample
 * @throws {ShapeError} when a row's length differs from the input layer
 * @throws {InvalidArgumentError} when `model` is not a model or `X` holds non-numbers
 * @throws {EmptyInputError} when `X` is empty
 * @example
 * const model = createMlp({ sizes: [2, 3], output: "softmax", init: "zeros" });
 * predict(model, [[1, 2]]) //=> [[0.3333333333333333, 0.3333333333333333, 0.3333333333333333]]
 */
export function predict(model: Mlp, X: readonly (readonly number[])[]): number[][] {
  const fn = "predict";
  const net = compile(fn, model);
  const inputs = toInferenceInputs(fn, X, net.sizes[0] as number);
  const L = net.sizes.length - 1;
  const k = net.sizes[L] as number;
  const ws = createWorkspace(net.sizes);
  const out: number[][] = [];
  for (let s = 0; s < X.length; s++) {
    forward(net, ws, inputs, s);
    const row = new Array<number>(k);
    applyHead(net.head, ws.z[L - 1] as Float64Array, row);
    out.push(row);
  }
  return out;
}

/**
 * Class probabilities: the outputs of a "softmax" head (exclusive classes, rows sum to 1) or a
 * "sigmoid" head (independent labels, each in (0, 1)). Other heads do not produce probabilities; for
 * raw logits from an "identity" head, apply `softmax` or `sigmoid` to {@link predict}'s output.
 * @param model a model with output "softmax" or "sigmoid"
 * @param X samples, one row of `sizes[0]` numbers each
 * @returns one row of probabilities per sample
 * @throws {InvalidArgumentError} when the model's output is not "softmax" or "sigmoid"
 * @throws {ShapeError} when a row's length differs from the input layer
 * @example
 * const model = createMlp({ sizes: [2, 1], output: "sigmoid", init: "zeros" });
 * predictProba(model, [[3, -1]]) //=> [[0.5]]
 */
export function predictProba(model: Mlp, X: readonly (readonly number[])[]): number[][] {
  const net = compile("predictProba", model);
  const name = headName(net.head);
  if (name !== "softmax" && name !== "sigmoid") {
    throw new InvalidArgumentError(
      `predictProba: model.output must be "softmax" | "sigmoid"; got ${JSON.stringify(name)} (for logits, apply softmax or sigmoid to predict's output).`,
    );
  }
  return predict(model, X);
}
