// The JSDoc @example of every export in nn/, run as written, so the `//=>` values cannot drift.
import { describe, expect, it } from "vitest";
import { makeBlobs } from "../data/makeBlobs.js";
import { createMlp } from "./createMlp.js";
import { deadUnitFraction } from "./deadUnitFraction.js";
import { fit } from "./fit.js";
import { gradientNorms } from "./gradientNorms.js";
import { mlpFromJSON } from "./mlpFromJSON.js";
import { mlpToJSON } from "./mlpToJSON.js";
import { predict, predictProba } from "./predict.js";
import { saturationFraction } from "./saturationFraction.js";
import { stuckAtBoundFraction } from "./stuckAtBoundFraction.js";

describe("nn JSDoc examples", () => {
  it("createMlp", () => {
    const model = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "softmax", seed: 0 });
    expect([model.weights[0]?.length, model.weights[1]?.length, model.biases[1]?.length]).toEqual([32, 48, 3]);
  });

  it("fit", () => {
    const { X, y } = makeBlobs({
      nSamples: 150,
      centers: [
        [-5, 0],
        [5, 0],
        [0, 6],
      ],
      seed: 1,
    });
    const model = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "softmax", seed: 1 });
    const history = fit(model, X, y, { loss: "crossEntropy", epochs: 50, learningRate: 0.01 });
    expect(history.metric.at(-1)).toBe(1);
  });

  it("predict and predictProba", () => {
    const softmax = createMlp({ sizes: [2, 3], output: "softmax", init: "zeros" });
    expect(predict(softmax, [[1, 2]])).toEqual([[0.3333333333333333, 0.3333333333333333, 0.3333333333333333]]);
    const sigmoid = createMlp({ sizes: [2, 1], output: "sigmoid", init: "zeros" });
    expect(predictProba(sigmoid, [[3, -1]])).toEqual([[0.5]]);
  });

  it("diagnostics", () => {
    expect(gradientNorms(createMlp({ sizes: [1, 1], init: "zeros" }), [[2]], [1], { loss: "mse" })).toEqual([4]);
    const relu = createMlp({ sizes: [1, 2, 1], hidden: "relu", init: "zeros" });
    expect(deadUnitFraction(relu, [[1], [2]])).toEqual([1]);
    expect(saturationFraction(createMlp({ sizes: [1, 1], output: "sigmoid", init: "zeros" }), [[0]])).toEqual([0]);
    expect(stuckAtBoundFraction(createMlp({ sizes: [1, 1], output: "relu", init: "zeros" }), [[1], [2]])).toEqual([1]);
  });

  it("mlpToJSON and mlpFromJSON", () => {
    const json = mlpToJSON(createMlp({ sizes: [2, 1], init: "zeros" }));
    expect([json.format, json.weights]).toEqual(["nn-explained/mlp", [[0, 0]]]);
    const model = createMlp({ sizes: [2, 3, 1], seed: 7 });
    expect(mlpFromJSON(JSON.parse(JSON.stringify(mlpToJSON(model)))).weights[0]?.[0] === model.weights[0]?.[0]).toBe(
      true,
    );
  });
});
