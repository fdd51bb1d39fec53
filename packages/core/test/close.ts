import { expect } from "vitest";

/** Tolerances for comparing against golden values: relative, plus a tiny absolute for values near 0. */
export interface Tolerance {
  rtol?: number;
  atol?: number;
}

/**
 * True when `actual` agrees with `expected`: |a − e| ≤ atol + rtol·|e|, infinities equal, NaN only with NaN.
 * The default absolute term 1e-14 covers results near 0 where PyTorch's formula and ours differ only by
 * cancellation (e.g. 1 + erf(x) against erfc(−x), or σ(1 − σ) against e^(−|x|)/(1 + e^(−|x|))²).
 */
export function isClose(actual: number, expected: number, { rtol = 1e-9, atol = 1e-14 }: Tolerance = {}): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
}

/** Walks numbers, arrays and typed arrays and fails with the path of the first disagreement. */
export function expectClose(actual: unknown, expected: unknown, tol: Tolerance = {}, path = "value"): void {
  if (typeof expected === "number") {
    expect(typeof actual, `${path} should be a number`).toBe("number");
    const ok = isClose(actual as number, expected, tol);
    if (!ok) expect.fail(`${path}: got ${actual}, expected ${expected} (rtol ${tol.rtol ?? 1e-9})`);
    return;
  }
  const e = Array.from(expected as ArrayLike<unknown>);
  const a = Array.from(actual as ArrayLike<unknown>);
  expect(a.length, `${path} length`).toBe(e.length);
  for (let i = 0; i < e.length; i++) expectClose(a[i], e[i], tol, `${path}[${i}]`);
}
