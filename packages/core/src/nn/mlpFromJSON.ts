import { invalid } from "../_lib/assert.js";
import { ShapeError } from "../errors.js";
import type { Mlp } from "./_types.js";
import { buildMlp } from "./createMlp.js";
import type { MlpJSON } from "./mlpToJSON.js";

/** Copies one layer's numbers, reading `null` (JSON's NaN) back as NaN. */
function toFloats(what: string, values: unknown, length: number): Float64Array {
  if (!Array.isArray(values) || values.length !== length) {
    throw new ShapeError(
      `mlpFromJSON: ${what} must be an array of ${length} numbers; got ${Array.isArray(values) ? `${values.length} values` : typeof values}.`,
    );
  }
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v === null) out[i] = Number.NaN;
    else if (typeof v === "number") out[i] = v;
    else invalid("mlpFromJSON", `${what}[${i}]`, "a number or null", v);
  }
  return out;
}

/**
 * Rebuilds a model from {@link mlpToJSON}'s output (or its `JSON.parse`d text): the architecture is
 * validated as {@link createMlp} does, then the stored weights replace the initial ones.
 * @param json an {@link MlpJSON} object
 * @returns a model equal to the one that was saved, weight for weight
 * @throws {InvalidArgumentError} when `format` or `version` is not recognised, or an activation is unknown
 * @throws {ShapeError} when the weight arrays do not match the sizes
 * @example
 * const model = createMlp({ sizes: [2, 3, 1], seed: 7 });
 * mlpFromJSON(JSON.parse(JSON.stringify(mlpToJSON(model)))).weights[0][0] === model.weights[0][0] //=> true
 */
export function mlpFromJSON(json: MlpJSON): Mlp {
  const fn = "mlpFromJSON";
  if (json === null || typeof json !== "object") invalid(fn, "json", "an object from mlpToJSON", json);
  if (json.format !== "nn-explained/mlp") invalid(fn, "json.format", '"nn-explained/mlp"', json.format);
  if (json.version !== 1) invalid(fn, "json.version", "1", json.version);
  const model = buildMlp(fn, {
    sizes: json.sizes,
    hidden: json.hidden,
    hiddenOptions: json.hiddenOptions,
    output: json.output,
    outputOptions: json.outputOptions,
    init: json.init,
    seed: json.seed,
  });
  const layers = json.sizes.length - 1;
  if (
    !Array.isArray(json.weights) ||
    json.weights.length !== layers ||
    !Array.isArray(json.biases) ||
    json.biases.length !== layers
  ) {
    throw new ShapeError(`${fn}: json.weights and json.biases must hold one array per layer (${layers}).`);
  }
  const weights = json.weights.map((w, l) =>
    toFloats(`json.weights[${l}]`, w, (json.sizes[l] as number) * (json.sizes[l + 1] as number)),
  );
  const biases = json.biases.map((b, l) => toFloats(`json.biases[${l}]`, b, json.sizes[l + 1] as number));
  return { ...model, weights, biases };
}
