import { describe, expect, it } from "vitest";
import { makeMoons } from "../data/makeMoons.js";
import { createMlp } from "./createMlp.js";
import { fit } from "./fit.js";
import { mlpFromJSON } from "./mlpFromJSON.js";
import { mlpToJSON } from "./mlpToJSON.js";
import { predict } from "./predict.js";

describe("mlpToJSON / mlpFromJSON", () => {
  it("a trained model survives JSON.stringify and JSON.parse bit for bit", () => {
    const { X, y } = makeMoons({ nSamples: 60, noise: 0.1 });
    const model = createMlp({
      sizes: [2, 8, 1],
      hidden: "gelu",
      hiddenOptions: { approximate: "tanh" },
      output: "sigmoid",
      seed: 2,
    });
    fit(model, X, y, { loss: "bceWithLogits", epochs: 3 });
    const copy = mlpFromJSON(JSON.parse(JSON.stringify(mlpToJSON(model))));
    expect(copy).toStrictEqual(model);
    expect(predict(copy, X)).toStrictEqual(predict(model, X));
  });

  it("writes NaN weights as null and reads them back as NaN", () => {
    const model = createMlp({ sizes: [1, 1], init: "zeros" });
    model.weights[0]?.set([Number.NaN]);
    const json = JSON.parse(JSON.stringify(mlpToJSON(model)));
    expect(json.weights).toEqual([[null]]);
    expect(mlpFromJSON(json).weights[0]?.[0]).toBeNaN();
  });

  it("rejects foreign or inconsistent JSON", () => {
    const json = mlpToJSON(createMlp({ sizes: [2, 1] }));
    expect(() => mlpFromJSON({ ...json, format: "keras" } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: mlpFromJSON: json.format must be "nn-explained/mlp"; got "keras".]`,
    );
    expect(() => mlpFromJSON({ ...json, version: 2 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: mlpFromJSON: json.version must be 1; got 2.]`,
    );
    expect(() => mlpFromJSON({ ...json, weights: [[1, 2, 3]] })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: mlpFromJSON: json.weights[0] must be an array of 2 numbers; got 3 values.]`,
    );
    expect(() => mlpFromJSON({ ...json, weights: [[1, "2"]] } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: mlpFromJSON: json.weights[0][1] must be a number or null; got "2".]`,
    );
    expect(() => mlpFromJSON({ ...json, hidden: "relu7" } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: mlpFromJSON: hidden must be one of "identity" | "relu" | "relu6" | "leakyRelu" | "elu" | "selu" | "celu" | "gelu" | "silu" | "swish" | "mish" | "softplus" | "softsign" | "sigmoid" | "logSigmoid" | "hardSigmoid" | "hardSwish" | "hardTanh" | "tanh"; got "relu7".]`,
    );
  });
});
