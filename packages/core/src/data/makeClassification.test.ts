import { describe, expect, it } from "vitest";
import { makeClassification } from "./makeClassification.js";

const count = (y: number[], k: number) => y.filter((c) => c === k).length;

describe("makeClassification", () => {
  it("makeClassification() gives 100 × 20 features and two balanced classes (up to 1% label noise)", () => {
    const { X, y } = makeClassification();
    expect(X.length).toBe(100);
    expect(X.every((r) => r.length === 20 && r.every(Number.isFinite))).toBe(true);
    expect(Math.abs(count(y, 0) - 50)).toBeLessThanOrEqual(2);
  });

  it("weights make the classes imbalanced, the last share inferred", () => {
    const { y } = makeClassification({ nSamples: 1000, weights: [0.9], flipY: 0, seed: 1 });
    // 1 − 0.9 = 0.09999999999999998 in float64, so class 1 gets floor(49.99…) = 49 per cluster and the
    // leftover point goes round-robin to the first cluster (class 0), exactly as in scikit-learn.
    expect([count(y, 0), count(y, 1)]).toEqual([901, 99]);
    const three = makeClassification({
      nSamples: 200,
      nClasses: 3,
      nInformative: 3,
      weights: [0.5, 0.3, 0.2],
      flipY: 0,
    });
    expect([0, 1, 2].map((k) => count(three.y, k))).toEqual([100, 60, 40]);
  });

  it("redundant features are linear combinations of the informative ones (unshuffled)", () => {
    const { X } = makeClassification({
      nSamples: 30,
      nFeatures: 5,
      nInformative: 2,
      nRedundant: 1,
      nRepeated: 1,
      shuffle: false,
    });
    // Column 2 = a·col0 + b·col1: solve for a, b on two rows, check on all.
    const [r0, r1] = X as [number[], number[]];
    const det = (r0[0] as number) * (r1[1] as number) - (r0[1] as number) * (r1[0] as number);
    const a = ((r0[2] as number) * (r1[1] as number) - (r0[1] as number) * (r1[2] as number)) / det;
    const b = ((r0[0] as number) * (r1[2] as number) - (r0[2] as number) * (r1[0] as number)) / det;
    for (const r of X) expect(r[2]).toBeCloseTo(a * (r[0] as number) + b * (r[1] as number), 9);
    // The repeated column copies one of the first three.
    for (const r of X) expect([r[0], r[1], r[2]]).toContain(r[3]);
  });

  it("a larger classSep separates the classes along the informative features", () => {
    const { X, y } = makeClassification({
      nSamples: 400,
      nFeatures: 2,
      nInformative: 2,
      nRedundant: 0,
      nClustersPerClass: 1,
      classSep: 5,
      flipY: 0,
      seed: 2,
    });
    const mean = (k: number, j: number) =>
      X.filter((_, i) => y[i] === k).reduce((s, r) => s + (r[j] as number), 0) / count(y, k);
    const gap = Math.hypot(mean(0, 0) - mean(1, 0), mean(0, 1) - mean(1, 1));
    expect(gap).toBeGreaterThan(6);
  });

  it("is deterministic for a seed", () => {
    expect(makeClassification({ seed: 5, hypercube: false, shift: null, scale: null })).toStrictEqual(
      makeClassification({ seed: 5, hypercube: false, shift: null, scale: null }),
    );
  });

  it("rejects impossible configurations with scikit-learn's checks", () => {
    expect(() => makeClassification({ nFeatures: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeClassification: nInformative + nRedundant + nRepeated must be at most nFeatures (3); got 4.]`,
    );
    expect(() => makeClassification({ nClasses: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeClassification: nClasses * nClustersPerClass must be at most 2 ** nInformative (4); got 6.]`,
    );
    expect(() => makeClassification({ weights: [0.2, 0.3, 0.5] })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: makeClassification: weights must have nClasses (2) or nClasses - 1 (1) values; got 3.]`,
    );
    expect(() => makeClassification({ weights: [1.5] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeClassification: weights must be shares summing to at most 1; got [1.5].]`,
    );
    expect(() => makeClassification({ flipY: 2 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeClassification: flipY must be a finite number in [0, 1]; got 2.]`,
    );
  });
});
