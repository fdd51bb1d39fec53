// The JSDoc @example of every export in nn/, run as written, so the `//=>` values cannot drift.
import { describe, expect, it } from "vitest";
import { makeBlobs } from "../data/makeBlobs.js";
import { createMlp } from "./createMlp.js";
import { deadUnitFraction } from "./deadUnitFraction.js";
import { deadUnits } from "./deadUnits.js";
import { decisionGrid } from "./decisionGrid.js";
import { fit } from "./fit.js";
import { gradientNorms } from "./gradientNorms.js";
import { gridBounds } from "./gridBounds.js";
import { hiddenActivationGrid } from "./hiddenActivationGrid.js";
import { hiddenActivations } from "./hiddenActivations.js";
import { mlpFromJSON } from "./mlpFromJSON.js";
import { mlpToJSON } from "./mlpToJSON.js";
import { predict, predictProba } from "./predict.js";
import { predictGrid } from "./predictGrid.js";
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

  it("grids and hidden units", () => {
    expect(
      gridBounds([
        [0, 10],
        [2, 20],
      ]),
    ).toEqual({ x: [-0.2, 2.2], y: [9, 21] });
    expect(gridBounds([[1, 5]], { margin: 0 })).toEqual({ x: [0.5, 1.5], y: [4.5, 5.5] });

    const sigmoid = createMlp({ sizes: [2, 1], output: "sigmoid", init: "zeros" });
    sigmoid.weights[0]?.set([1, 0]);
    const grid = decisionGrid(sigmoid, { x: [-1, 1], y: [0, 1], steps: 2 });
    expect(grid.x).toEqual([-0.5, 0.5]);
    expect(grid.classes).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(grid.probabilities[1]?.[0]?.map((p) => Number(p.toFixed(4)))).toEqual([0.3775, 0.6225]);

    const identity = createMlp({ sizes: [2, 1], init: "zeros" });
    identity.weights[0]?.set([1, -1]);
    expect(predictGrid(identity, { x: [0, 4], y: [0, 2], steps: 2 }).outputs).toEqual([
      [
        [0.5, 2.5],
        [-0.5, 1.5],
      ],
    ]);

    const relu = createMlp({ sizes: [1, 2, 1], hidden: "relu", init: "zeros" });
    relu.weights[0]?.set([1, -1]);
    expect(hiddenActivations(relu, [[2], [-3]])).toEqual([
      [
        [2, 0],
        [0, 3],
      ],
    ]);
    expect(deadUnits(relu, [[1], [2]])).toEqual([[false, true]]);

    const unit = createMlp({ sizes: [2, 1, 1], hidden: "relu", init: "zeros" });
    unit.weights[0]?.set([1, 0]);
    expect(hiddenActivationGrid(unit, { x: [-2, 2], y: [0, 1], steps: 2 }).layers).toEqual([
      [
        [
          [0, 1],
          [0, 1],
        ],
      ],
    ]);
  });
});
