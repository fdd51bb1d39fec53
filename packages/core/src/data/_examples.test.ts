// The JSDoc @example of every export in data/, run as written, so the `//=>` values cannot drift.
import { describe, expect, it } from "vitest";
import { createRng } from "./createRng.js";
import { makeBlobs } from "./makeBlobs.js";
import { makeClassification } from "./makeClassification.js";
import { makeMoons } from "./makeMoons.js";
import { makeMultilabelClassification } from "./makeMultilabelClassification.js";
import { makeRegression } from "./makeRegression.js";
import { trainTestSplit } from "./trainTestSplit.js";

describe("data JSDoc examples", () => {
  it("createRng", () => {
    const rng = createRng(42);
    expect([rng.int(6), rng.int(6), rng.int(6)]).toEqual([3, 1, 2]);
  });

  it("makeBlobs and makeMoons", () => {
    const { y } = makeBlobs({
      nSamples: 4,
      centers: [
        [0, 0],
        [10, 10],
      ],
      clusterStd: 0.1,
      shuffle: false,
      seed: 1,
    });
    expect(y).toEqual([0, 0, 1, 1]);
    expect(makeMoons({ nSamples: 4, shuffle: false }).y).toEqual([0, 0, 1, 1]);
  });

  it("makeClassification, makeMultilabelClassification, makeRegression", () => {
    const c = makeClassification({ nSamples: 8, nFeatures: 4, weights: [0.75], flipY: 0, seed: 3 });
    expect([c.X[0]?.length, c.y.filter((k) => k === 0).length]).toEqual([4, 6]);
    const m = makeMultilabelClassification({ nSamples: 3, nFeatures: 4, nClasses: 3, seed: 1 });
    expect([m.X.length, m.X[0]?.length, m.y[0]?.length]).toEqual([3, 4, 3]);
    const { y } = makeRegression({ nSamples: 50, nFeatures: 2, nInformative: 1, bias: -1000, seed: 0 });
    expect(y.every((v) => v < 0)).toBe(true);
    const { X } = makeRegression({ nSamples: 20, nFeatures: 3, effectiveRank: 1, tailStrength: 0, seed: 0 });
    expect(X.flat().reduce((s, v) => s + v * v, 0)).toBeCloseTo(1.1357, 4);
  });

  it("trainTestSplit", () => {
    const { XTrain, XTest } = trainTestSplit([[0], [1], [2], [3]], [0, 1, 0, 1], { testSize: 0.25, seed: 0 });
    expect([XTrain.length, XTest.length]).toEqual([3, 1]);
    const labels = ["a", "a", "a", "a", "a", "a", "b", "b"];
    const { yTest } = trainTestSplit(labels, labels, { testSize: 4, stratify: labels, seed: 0 });
    expect(yTest.filter((l) => l === "b").length).toBe(1);
  });
});
