import { activations } from "@nn-explained/core";
import { describe, expect, it } from "vitest";
import { formatNumber, formatRange, linspace } from "./format";

describe("activation explorer formatting", () => {
  it("formatNumber uses a real minus sign, ∞ and 4 significant digits", () => {
    expect(formatNumber(-0.15865525393145696)).toBe("−0.1587");
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe("−∞");
    expect(formatNumber(-1e-9)).toBe("−1.000e−9");
    expect(formatNumber(1e-9)).toBe("1.000e−9");
  });

  it("formatRange writes the registry's ranges in interval notation", () => {
    expect(formatRange(activations.relu.range, activations.relu.rangeClosed)).toBe("[0, ∞)");
    expect(formatRange(activations.tanh.range, activations.tanh.rangeClosed)).toBe("(−1, 1)");
    expect(formatRange(activations.identity.range, activations.identity.rangeClosed)).toBe("(−∞, ∞)");
    expect(formatRange(activations.gelu.range, activations.gelu.rangeClosed)).toBe("[≈ −0.17, ∞)");
  });

  it("linspace(-5, 5, 401) ends exactly on both ends with a 0.025 step", () => {
    const xs = linspace(-5, 5, 401);
    expect(xs[0]).toBe(-5);
    expect(xs[400]).toBe(5);
    expect(xs[200]).toBe(0);
    expect((xs[1] as number) - (xs[0] as number)).toBeCloseTo(0.025, 12);
  });
});
