import { describe, expect, it } from "vitest";
import { makeMoons } from "./makeMoons.js";

describe("makeMoons", () => {
  it("without noise, class 0 lies on the unit circle's upper half and class 1 on the shifted lower one", () => {
    const { X, y } = makeMoons({ nSamples: 101, seed: 4 });
    expect(y.filter((c) => c === 0).length).toBe(50);
    X.forEach(([a, b], i) => {
      const [cx, cy] = y[i] === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot((a as number) - cx, (b as number) - cy)).toBeCloseTo(1, 12);
      expect(y[i] === 0 ? (b as number) >= 0 : (b as number) <= 0.5).toBe(true);
    });
  });

  it("shuffle: false keeps the outer moon first, from (1, 0) to (-1, 0)", () => {
    const { X, y } = makeMoons({ nSamples: [3, 2], shuffle: false });
    expect(y).toEqual([0, 0, 0, 1, 1]);
    expect(X[0]).toEqual([1, 0]);
    expect(X[2]?.[0]).toBeCloseTo(-1, 15);
    expect(X[3]).toEqual([0, 0.5]);
  });

  it("noise moves points by about its standard deviation, the same way for the same seed", () => {
    const clean = makeMoons({ nSamples: 500, seed: 1 });
    const noisy = makeMoons({ nSamples: 500, seed: 1, noise: 0.1 });
    const d = clean.X.map((r, i) => (r[0] as number) - (noisy.X[i]?.[0] as number));
    expect(Math.sqrt(d.reduce((s, v) => s + v * v, 0) / d.length)).toBeCloseTo(0.1, 1);
    expect(makeMoons({ noise: 0.2, seed: 3 })).toStrictEqual(makeMoons({ noise: 0.2, seed: 3 }));
  });

  it("rejects bad options", () => {
    expect(() => makeMoons({ noise: -0.1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeMoons: noise must be a finite number >= 0; got -0.1.]`,
    );
    expect(() => makeMoons({ nSamples: [1, 2, 3] as never })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeMoons: nSamples must be a positive integer or a pair [nOuter, nInner]; got [1, 2, 3].]`,
    );
  });
});
