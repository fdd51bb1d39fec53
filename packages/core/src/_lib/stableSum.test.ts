import { describe, expect, it } from "vitest";
import { stableSum } from "./stableSum.js";

describe("stableSum", () => {
  it("stableSum([1, 1e100, 1, -1e100]) recovers the 2 that naive summation loses", () => {
    expect([1, 1e100, 1, -1e100].reduce((a, b) => a + b, 0)).toBe(0);
    expect(stableSum([1, 1e100, 1, -1e100])).toBe(2);
  });

  it("passes infinities and NaN through", () => {
    expect(stableSum([1, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
    expect(stableSum([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBeNaN();
    expect(stableSum([1, Number.NaN])).toBeNaN();
    expect(stableSum([])).toBe(0);
  });
});
