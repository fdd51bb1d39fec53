import { describe, expect, it } from "vitest";
import { explore, formatProbability } from "./compute";

describe("explore", () => {
  it("explore([2, 1, 0.1], 1): softmax sums to 1, sigmoids do not, renormalized sigmoids differ from softmax", () => {
    const e = explore([2, 1, 0.1], 1);
    expect(e.sums.softmax).toBeCloseTo(1, 15);
    expect(e.sums.sigmoid).toBeCloseTo(1 / (1 + Math.exp(-2)) + 1 / (1 + Math.exp(-1)) + 1 / (1 + Math.exp(-0.1)), 15);
    expect(e.sums.renormalized).toBeCloseTo(1, 15);
    expect(e.softmax[0]).toBeCloseTo(0.6590011388859679, 14);
    expect(e.renormalized[0]).not.toBeCloseTo(e.softmax[0] as number, 2);
    expect(e.argmax).toBe(0);
  });

  it("explore([1000, 999, 998], 1) stays finite; saturated sigmoids renormalize to a uniform 1/3", () => {
    const e = explore([1000, 999, 998], 1);
    expect(e.softmax[0]).toBeCloseTo(0.6652409557748218, 14);
    expect(e.sigmoid).toEqual([1, 1, 1]);
    for (const v of e.renormalized) expect(v).toBeCloseTo(1 / 3, 15);
  });

  it("a temperature divides the logits: explore(z, 2) equals explore(z / 2, 1)", () => {
    expect(explore([4, 2, -2], 2).softmax).toEqual(explore([2, 1, -1], 1).softmax);
  });

  it("argmax picks the first of tied largest logits", () => {
    expect(explore([3, 3, 1], 1).argmax).toBe(0);
    expect(explore([0, -1, 5], 0.5).argmax).toBe(2);
  });

  it("rejects a non-positive temperature", () => {
    expect(() => explore([1, 2, 3], 0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: explore: temperature must be a positive finite number; got 0.]`,
    );
  });
});

describe("formatProbability", () => {
  it("prints four decimals, tiny values in scientific notation, and NaN as NaN", () => {
    expect(formatProbability(0.66524)).toBe("0.6652");
    expect(formatProbability(1.2e-9)).toBe("1.2e-9");
    expect(formatProbability(0)).toBe("0.0000");
    expect(formatProbability(Number.NaN)).toBe("NaN");
  });
});
