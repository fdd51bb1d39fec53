import { describe, expect, it } from "vitest";
import { detCos, detExp, detLog, detSin } from "./_math.js";
import { createRng } from "./createRng.js";

describe("createRng", () => {
  it("createRng(42) gives the pinned sequence (any change of algorithm shows here)", () => {
    const rng = createRng(42);
    expect([rng.int(6), rng.int(6), rng.int(6)]).toEqual([3, 1, 2]);
    // Exact values: the generator uses only integer ops, + - * / and sqrt, so every engine agrees.
    expect(createRng(0).next()).toBe(0.1276340070180595);
    expect(createRng(1).next()).toBe(0.263228221796453);
    expect(createRng(2 ** 40).next()).toBe(0.9155238072853535);
  });

  it("the same seed gives the same numbers; another seed different ones", () => {
    const draw = (seed: number) => {
      const r = createRng(seed);
      return [r.next(), r.normal(), r.int(1000), r.normal(), r.normal()];
    };
    expect(draw(7)).toStrictEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(createRng(2 ** 40).next()).not.toBe(createRng(0).next());
  });

  it("next() lies in [0, 1) and normal() has mean 0 and variance 1", () => {
    const rng = createRng(3);
    let mean = 0;
    let sq = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      const z = rng.normal();
      mean += z / n;
      sq += (z * z) / n;
    }
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sq - 1)).toBeLessThan(0.05);
  });

  it("int(n) hits every value of [0, n) about equally often", () => {
    const rng = createRng(5);
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 7000; i++) {
      const k = rng.int(7);
      counts[k] = (counts[k] as number) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(120);
    expect(createRng(1).int(1)).toBe(0);
  });

  it("rejects a seed that is not a safe integer, and a bad n", () => {
    expect(() => createRng(1.5)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: createRng: seed must be a safe integer; got 1.5.]`,
    );
    expect(() => createRng("1" as unknown as number)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: createRng: seed must be a safe integer; got "1".]`,
    );
    expect(() => createRng(0).int(0)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: Rng.int: n must be an integer in [1, 4294967296]; got 0.]`,
    );
  });
});

describe("deterministic log, exp, sin, cos", () => {
  it("detLog matches Math.log to a few ulps from 1e-300 to 1e20", () => {
    const rng = createRng(11);
    for (let i = 0; i < 5000; i++) {
      const x = (rng.next() + 1e-3) * 10 ** (rng.int(320) - 300);
      const exact = Math.log(x);
      expect(Math.abs(detLog(x) - exact)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(exact)));
    }
    expect(detLog(1)).toBe(0);
  });

  it("detExp matches Math.exp to a few ulps from −745 to 709, and under- and overflows as it does", () => {
    const rng = createRng(12);
    for (let i = 0; i < 5000; i++) {
      const x = -745 + 1454 * rng.next();
      const exact = Math.exp(x);
      // Relative below the subnormals (2^-1022 ≈ 2.2e-308); absolute, in units of the smallest subnormal, within.
      const tol = Math.max(4 * Number.EPSILON * exact, 2 * Number.MIN_VALUE);
      expect(Math.abs(detExp(x) - exact)).toBeLessThanOrEqual(tol);
    }
    for (const x of [0, 1e-20, -1e-20, 1, -1, 0.5, -0.1, -9801]) {
      expect(Math.abs(detExp(x) - Math.exp(x))).toBeLessThanOrEqual(2 * Number.EPSILON * Math.exp(x));
    }
    expect(detExp(0)).toBe(1);
    expect([detExp(-746), detExp(710), detExp(Number.NaN)]).toEqual([0, Number.POSITIVE_INFINITY, Number.NaN]);
  });

  it("detSin and detCos match Math.sin and Math.cos on [0, π]", () => {
    for (let i = 0; i <= 1000; i++) {
      const t = (i * Math.PI) / 1000;
      expect(Math.abs(detSin(t) - Math.sin(t))).toBeLessThan(1e-15);
      expect(Math.abs(detCos(t) - Math.cos(t))).toBeLessThan(1e-15);
    }
  });
});
