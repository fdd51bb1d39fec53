import { describe, expect, it } from "vitest";
import { makeBlobs } from "./makeBlobs.js";

describe("makeBlobs", () => {
  it("makeBlobs() gives 100 points in 2-D around 3 centers in [-10, 10], split 34/33/33", () => {
    const { X, y, centers } = makeBlobs();
    expect(X.length).toBe(100);
    expect(X.every((r) => r.length === 2)).toBe(true);
    expect(centers.length).toBe(3);
    expect(centers.flat().every((c) => c >= -10 && c < 10)).toBe(true);
    expect([0, 1, 2].map((k) => y.filter((c) => c === k).length)).toEqual([34, 33, 33]);
  });

  it("points sit around their own center with the given spread", () => {
    const centers = [
      [0, 0],
      [20, 0],
    ];
    const { X, y } = makeBlobs({ nSamples: [400, 200], centers, clusterStd: [1, 3], seed: 2 });
    expect(y.filter((c) => c === 1).length).toBe(200);
    const spread = (k: number) => {
      const pts = X.filter((_, i) => y[i] === k).map((r) => (r[0] as number) - (centers[k]?.[0] as number));
      return Math.sqrt(pts.reduce((s, v) => s + v * v, 0) / pts.length);
    };
    expect(spread(0)).toBeCloseTo(1, 0);
    expect(spread(1)).toBeCloseTo(3, 0);
  });

  it("is deterministic for a seed and shuffles unless told not to", () => {
    expect(makeBlobs({ seed: 9 })).toStrictEqual(makeBlobs({ seed: 9 }));
    expect(makeBlobs({ seed: 9 }).X).not.toEqual(makeBlobs({ seed: 10 }).X);
    const { y } = makeBlobs({ nSamples: 6, centers: 2, shuffle: false });
    expect(y).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it("rejects bad options with clear messages", () => {
    expect(() => makeBlobs({ n_samples: 10 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeBlobs: each option name must be one of "nSamples" | "nFeatures" | "centers" | "clusterStd" | "centerBox" | "shuffle" | "seed"; got "n_samples".]`,
    );
    expect(() => makeBlobs({ nSamples: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeBlobs: nSamples must be an integer >= 1; got 0.]`,
    );
    expect(() => makeBlobs({ nSamples: [10, 10], centers: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: makeBlobs: nSamples and centers must have the same length; got 2 and 3.]`,
    );
    expect(() => makeBlobs({ clusterStd: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeBlobs: clusterStd must be a finite number >= 0; got -1.]`,
    );
    expect(() => makeBlobs({ centers: [[0, 0], [1]] })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: makeBlobs: centers must be points of equal, non-zero length; got [1] at centers[1].]`,
    );
  });
});
