import { describe, expect, it } from "vitest";
import { createScale, extent, formatTick, linearTicks, logTicks, tickStep } from "./scale";

describe("LineChart scales", () => {
  it("tickStep(0, 10, 5) is 2 and tickStep(0, 1, 10) is 0.1", () => {
    expect(tickStep(0, 10, 5)).toBe(2);
    expect(tickStep(0, 1, 10)).toBeCloseTo(0.1, 15);
  });

  it("linearTicks(-5, 5, 8) gives whole numbers without float noise", () => {
    expect(linearTicks(-5, 5, 8)).toEqual([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
    expect(linearTicks(0, 0.5, 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it("logTicks(0.003, 20) lists the powers of ten inside the domain", () => {
    expect(logTicks(0.003, 20)).toEqual([0.01, 0.1, 1, 10]);
    expect(logTicks(0, 10)).toEqual([]);
  });

  it("createScale maps the domain ends onto the range ends, linear and log", () => {
    const lin = createScale("linear", [-5, 5], [0, 100]);
    expect([lin(-5), lin(0), lin(5)]).toEqual([0, 50, 100]);
    const log = createScale("log", [1, 100], [200, 0]);
    expect([log(1), log(10), log(100)]).toEqual([200, 100, 0]);
    expect(log(0)).toBeNaN();
  });

  it("extent skips non-finite values and widens a single value", () => {
    expect(extent([3, Number.NaN, -1, Number.POSITIVE_INFINITY])).toEqual([-1, 3]);
    expect(extent([2, 2])).toEqual([1, 3]);
    expect(extent([0, 0.1, 10], "log")).toEqual([0.1, 10]);
  });

  it("formatTick writes a real minus sign and exponents for far powers of ten", () => {
    expect(formatTick(-2)).toBe("−2");
    expect(formatTick(0.30000000000000004)).toBe("0.3");
    expect(formatTick(1e-6, "log")).toBe("1e-6");
    expect(formatTick(0.01, "log")).toBe("0.01");
  });
});
