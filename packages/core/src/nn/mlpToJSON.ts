import type { ActivationName } from "../activations/index.js";
import { compile } from "./_data.js";
import type { Mlp, OutputActivation, WeightInit } from "./_types.js";

/** A model as plain JSON data: {@link mlpToJSON} writes it, {@link mlpFromJSON} reads it. */
export interface MlpJSON {
  readonly format: "nn-explained/mlp";
  readonly version: 1;
  readonly sizes: number[];
  readonly hidden: ActivationName;
  readonly hiddenOptions: Record<string, unknown>;
  readonly output: OutputActivation;
  readonly outputOptions: Record<string, unknown>;
  readonly init: WeightInit;
  readonly seed: number;
  /** Per layer, the `sizes[l + 1] × sizes[l]` weights row-major, as in {@link Mlp}. */
  readonly weights: number[][];
  readonly biases: number[][];
}

/**
 * A model's architecture and weights as a plain object, ready for `JSON.stringify`. Numbers are
 * written in full, so a JSON round trip restores every weight bit for bit (JSON has no NaN: a
 * diverged weight becomes `null`, which {@link mlpFromJSON} reads back as NaN).
 * @param model a model from {@link createMlp}
 * @returns an {@link MlpJSON} object
 * @throws {InvalidArgumentError} when `model` is not a model
 * @throws {ShapeError} when its weight arrays do not match its sizes
 * @example
 * const json = mlpToJSON(createMlp({ sizes: [2, 1], init: "zeros" }));
 * [json.format, json.weights] //=> ["nn-explained/mlp", [[0, 0]]]
 */
export function mlpToJSON(model: Mlp): MlpJSON {
  compile("mlpToJSON", model);
  return {
    format: "nn-explained/mlp",
    version: 1,
    sizes: [...model.sizes],
    hidden: model.hidden,
    hiddenOptions: { ...model.hiddenOptions },
    output: model.output,
    outputOptions: { ...model.outputOptions },
    init: model.init,
    seed: model.seed,
    weights: model.weights.map((w) => Array.from(w)),
    biases: model.biases.map((b) => Array.from(b)),
  };
}
