import { describe, expect, it } from "vitest";
import { makeMultilabelClassification } from "./makeMultilabelClassification.js";

describe("makeMultilabelClassification", () => {
  it("makeMultilabelClassification() gives word counts and a 0/1 indicator matrix", () => {
    const { X, y } = makeMultilabelClassification();
    expect(X.length).toBe(100);
    expect(X.every((r) => r.length === 20 && r.every((v) => Number.isInteger(v) && v >= 0))).toBe(true);
    expect(X.every((r) => r.reduce((a, b) => a + b, 0) >= 1)).toBe(true);
    expect(y.every((r) => r.length === 5 && r.every((v) => v === 0 || v === 1))).toBe(true);
  });

  it("has about nLabels labels per point and about length words", () => {
    const { X, y } = makeMultilabelClassification({ nSamples: 2000, nLabels: 2, length: 30, nClasses: 10, seed: 1 });
    const labels = y.reduce((s, r) => s + r.reduce((a, b) => a + b, 0), 0) / y.length;
    const words = X.reduce((s, r) => s + r.reduce((a, b) => a + b, 0), 0) / X.length;
    // Poisson(2) truncated to at most 10 labels: the mean stays close to 2.
    expect(labels).toBeGreaterThan(1.8);
    expect(labels).toBeLessThan(2.2);
    expect(Math.abs(words - 30)).toBeLessThan(1);
  });

  it("allowUnlabeled: false gives every point at least one label; the seed fixes the data", () => {
    const { y } = makeMultilabelClassification({ nSamples: 300, nLabels: 1, allowUnlabeled: false });
    expect(y.every((r) => r.includes(1))).toBe(true);
    expect(makeMultilabelClassification({ seed: 4 })).toStrictEqual(makeMultilabelClassification({ seed: 4 }));
  });

  it("rejects bad options", () => {
    expect(() => makeMultilabelClassification({ nClasses: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeMultilabelClassification: nClasses must be an integer >= 1; got 0.]`,
    );
    expect(() => makeMultilabelClassification({ allowUnlabeled: "no" as never })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeMultilabelClassification: allowUnlabeled must be a boolean; got "no".]`,
    );
  });
});
