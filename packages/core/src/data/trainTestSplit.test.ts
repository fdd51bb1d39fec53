import { describe, expect, it } from "vitest";
import { trainTestSplit } from "./trainTestSplit.js";

const X = Array.from({ length: 10 }, (_, i) => [i]);
const y = Array.from({ length: 10 }, (_, i) => i % 2);

describe("trainTestSplit", () => {
  it("splits 10 samples 7/3 by default (test = ceil(0.25 · n)), disjoint and complete, pairs kept", () => {
    const { XTrain, XTest, yTrain, yTest } = trainTestSplit(X, y, { seed: 1 });
    expect([XTrain.length, XTest.length]).toEqual([7, 3]);
    const ids = [...XTrain, ...XTest].map((r) => r[0]).sort((a, b) => (a as number) - (b as number));
    expect(ids).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(yTrain).toEqual(XTrain.map((r) => (r[0] as number) % 2));
    expect(yTest).toEqual(XTest.map((r) => (r[0] as number) % 2));
  });

  it("takes sizes as shares or counts, and keeps order without shuffle", () => {
    expect(trainTestSplit(X, y, { testSize: 4 }).XTest.length).toBe(4);
    expect(trainTestSplit(X, y, { trainSize: 0.5 }).XTest.length).toBe(5);
    const s = trainTestSplit(X, y, { testSize: 0.2, trainSize: 0.5, shuffle: false });
    expect(s.XTrain.map((r) => r[0])).toEqual([0, 1, 2, 3, 4]);
    expect(s.XTest.map((r) => r[0])).toEqual([5, 6]);
  });

  it("is deterministic for a seed", () => {
    expect(trainTestSplit(X, y, { seed: 3 })).toStrictEqual(trainTestSplit(X, y, { seed: 3 }));
    expect(trainTestSplit(X, y, { seed: 3 }).XTest).not.toEqual(trainTestSplit(X, y, { seed: 4 }).XTest);
  });

  it("rejects mismatched inputs and impossible sizes", () => {
    expect(() => trainTestSplit(X, [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: trainTestSplit: X and y must have the same number of samples; got 10 and 2.]`,
    );
    expect(() => trainTestSplit(X, y, { testSize: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: testSize must be a share in (0, 1) or an integer count; got 1.5.]`,
    );
    expect(() => trainTestSplit(X, y, { testSize: 10 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: testSize must be a count below the number of samples (10) or a share in (0, 1); got 10.]`,
    );
    expect(() => trainTestSplit(X, y, { testSize: 0.6, trainSize: 0.6 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: testSize + trainSize must be at most 1; got 1.2.]`,
    );
    expect(() => trainTestSplit([[1]], [1], { testSize: 0.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: testSize and trainSize must leave both sets non-empty; got 0 training and 1 test samples of 1.]`,
    );
  });
});
