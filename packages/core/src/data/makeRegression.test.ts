import { describe, expect, it } from "vitest";
import { makeRegression } from "./makeRegression.js";

describe("makeRegression", () => {
  it("without noise, y = X · coef + bias, with nInformative non-zero coefficients in [0, 100)", () => {
    const { X, y, coef } = makeRegression({ nSamples: 20, nFeatures: 6, nInformative: 3, bias: 2.5, seed: 3 });
    expect(coef.filter((c) => c !== 0).length).toBe(3);
    expect(coef.every((c) => c >= 0 && c < 100)).toBe(true);
    X.forEach((row, i) => {
      expect(y[i]).toBeCloseTo(
        row.reduce((s, v, j) => s + v * (coef[j] as number), 2.5),
        9,
      );
    });
  });

  it("a large negative bias makes every target negative (the ReLU-output article's data)", () => {
    const { y } = makeRegression({ nSamples: 200, nFeatures: 2, nInformative: 2, bias: -500, noise: 5 });
    expect(y.every((v) => v < 0)).toBe(true);
  });

  it("nTargets > 1 gives one row of targets per point; noise perturbs them", () => {
    const { y, coef } = makeRegression({ nSamples: 10, nFeatures: 4, nTargets: 3 });
    expect((y as number[][]).every((r) => r.length === 3)).toBe(true);
    expect((coef as number[][]).length).toBe(4);
    const clean = makeRegression({ nSamples: 10, nFeatures: 4, seed: 1 }).y;
    const noisy = makeRegression({ nSamples: 10, nFeatures: 4, seed: 1, noise: 1 }).y;
    expect(noisy).not.toEqual(clean);
  });

  it("rejects bad options", () => {
    expect(() => makeRegression({ nFeatures: 2, nInformative: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: nInformative must be at most nFeatures (2); got 3.]`,
    );
    expect(() => makeRegression({ noise: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: noise must be a finite number >= 0; got NaN.]`,
    );
  });
});
