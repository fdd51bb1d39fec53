import { describe, expect, it } from "vitest";
import { torchFixtures } from "../../test/torchFixtures.js";
import { erf, erfc } from "./erf.js";

const { x, erf: erfRef, erfc: erfcRef } = torchFixtures.erf;
const relErr = (a: number, e: number) => (e === 0 ? Math.abs(a) : Math.abs((a - e) / e));

describe("erf and erfc against mpmath at 40 digits", () => {
  it(`erf is within 1e-15 relative on ${x.length} points in [-26, 26]`, () => {
    const worst = Math.max(...x.map((v, i) => relErr(erf(v), erfRef[i] as number)));
    expect(worst).toBeLessThan(1e-15);
  });

  it("erfc is within 2.5e-15 relative where it is a normal float (x < 26.5)", () => {
    // The bound is set by 1 − erf(x) just below x = 1 (a factor ≤ 6.4 of erf's error); elsewhere it is < 1e-15.
    const worst = Math.max(...x.map((v, i) => relErr(erfc(v), erfcRef[i] as number)));
    expect(worst).toBeLessThan(2.5e-15);
  });

  it("erf(-0) is -0 and erf(±Infinity) is ±1; NaN gives NaN", () => {
    expect(Object.is(erf(-0), -0)).toBe(true);
    expect(erf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(erf(Number.NEGATIVE_INFINITY)).toBe(-1);
    expect(erfc(Number.POSITIVE_INFINITY)).toBe(0);
    expect(erfc(Number.NEGATIVE_INFINITY)).toBe(2);
    expect(erf(Number.NaN)).toBeNaN();
    expect(erfc(Number.NaN)).toBeNaN();
  });

  it("erfc(30) underflows to 0 and erfc(27) is subnormal but positive", () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(27)).toBeGreaterThan(0);
  });
});
