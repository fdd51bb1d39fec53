import { describe, expect, it } from "vitest";
import { makeRegression } from "./makeRegression.js";

const transpose = (A: readonly (readonly number[])[]): number[][] =>
  (A[0] ?? []).map((_, j) => A.map((row) => row[j] as number));
const norm = (v: readonly number[]): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

/**
 * Singular values, largest first, by one-sided Jacobi (Hestenes 1958; Demmel & Veselić 1992): rotate pairs
 * of columns until every pair is orthogonal; the column norms are then the singular values, each to high
 * relative accuracy. Independent of the QR construction under test.
 */
function singularValues(A: readonly (readonly number[])[]): number[] {
  // The orientation with fewer columns: their count is min(rows, columns), the number of singular values.
  const cols = (A[0] ?? []).length <= A.length ? transpose(A) : A.map((row) => [...row]);
  for (let sweep = 0; sweep < 50; sweep++) {
    let worst = 0;
    for (let p = 0; p < cols.length; p++)
      for (let q = p + 1; q < cols.length; q++) {
        const a = cols[p] as number[];
        const b = cols[q] as number[];
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < a.length; i++) {
          alpha += (a[i] as number) ** 2;
          beta += (b[i] as number) ** 2;
          gamma += (a[i] as number) * (b[i] as number);
        }
        if (gamma === 0) continue;
        worst = Math.max(worst, Math.abs(gamma) / Math.sqrt(alpha * beta));
        // The rotation that zeroes the (p, q) entry of AᵀA (Golub & Van Loan §8.5.2).
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < a.length; i++) {
          const x = a[i] as number;
          const y = b[i] as number;
          a[i] = c * x - s * y;
          b[i] = s * x + c * y;
        }
      }
    if (worst < 1e-15) break;
  }
  return cols.map(norm).sort((x, y) => y - x);
}

/** make_low_rank_matrix's profile, as scikit-learn's docs write it (with Math.exp, not the library's exp). */
const profile = (n: number, r: number, t: number): number[] =>
  Array.from({ length: n }, (_, i) => (1 - t) * Math.exp(-1.0 * (i / r) ** 2) + t * Math.exp((-0.1 * i) / r));

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

  it("without effectiveRank, a seed gives the data it gave before the option existed", () => {
    expect(makeRegression({ nSamples: 2, nFeatures: 2, seed: 0 })).toEqual({
      X: [
        [-0.5679858643356083, -0.3730179644642052],
        [0.3577011624144045, -2.40713357022029],
      ],
      y: [-72.36187494727633, -141.06440202765543],
      coef: [81.0084972763434, 70.64054848160595],
    });
    // tailStrength matters only with effectiveRank.
    expect(makeRegression({ nSamples: 5, nFeatures: 3, tailStrength: 0.9 })).toEqual(
      makeRegression({ nSamples: 5, nFeatures: 3 }),
    );
  });

  it.each([
    { nSamples: 60, nFeatures: 12, effectiveRank: 3, tailStrength: 0.5 },
    { nSamples: 15, nFeatures: 40, effectiveRank: 2, tailStrength: 0.2 },
    { nSamples: 25, nFeatures: 25, effectiveRank: 5, tailStrength: 0 },
    { nSamples: 30, nFeatures: 8, effectiveRank: 1, tailStrength: 1 },
    { nSamples: 9, nFeatures: 4, effectiveRank: 10, shuffle: false },
    { nSamples: 1, nFeatures: 3, effectiveRank: 1 },
  ])("effectiveRank: the singular values of X are make_low_rank_matrix's profile (%o)", (o) => {
    const { X } = makeRegression({ ...o, seed: 4 });
    expect([X.length, X[0]?.length]).toEqual([o.nSamples, o.nFeatures]);
    const expected = profile(Math.min(o.nSamples, o.nFeatures), o.effectiveRank, o.tailStrength ?? 0.5);
    const actual = singularValues(X);
    expect(actual.length).toBe(expected.length);
    actual.forEach((sv, i) => {
      expect(Math.abs(sv - (expected[i] as number)), `singular value ${i}: ${sv}`).toBeLessThan(1e-12);
    });
  });

  it("effectiveRank: a fast-decaying profile leaves X close to rank effectiveRank", () => {
    const { X } = makeRegression({ nSamples: 40, nFeatures: 20, effectiveRank: 2, tailStrength: 0, seed: 1 });
    const sv = singularValues(X);
    // e^(−(i/2)²) for i ≥ 6 is below 1.3e-4 of the largest.
    expect(sv.slice(6).every((v) => v < 1.3e-4 * (sv[0] as number))).toBe(true);
  });

  it("effectiveRank: y = X · coef + bias still holds, and a seed gives the same data", () => {
    const o = { nSamples: 30, nFeatures: 5, nInformative: 2, effectiveRank: 2, bias: -3, seed: 8 };
    const { X, y, coef } = makeRegression(o);
    X.forEach((row, i) => {
      expect(y[i]).toBeCloseTo(
        row.reduce((s, v, j) => s + v * (coef[j] as number), -3),
        12,
      );
    });
    expect(makeRegression(o)).toStrictEqual(makeRegression(o));
    expect(makeRegression({ ...o, seed: 9 }).X).not.toEqual(X);
    expect(makeRegression({ ...o, tailStrength: 0.1 }).X).not.toEqual(X);
  });

  it("rejects bad options", () => {
    expect(() => makeRegression({ nFeatures: 2, nInformative: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: nInformative must be at most nFeatures (2); got 3.]`,
    );
    expect(() => makeRegression({ noise: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: noise must be a finite number >= 0; got NaN.]`,
    );
    expect(() => makeRegression({ effectiveRank: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: effectiveRank must be an integer >= 1; got 0.]`,
    );
    expect(() => makeRegression({ effectiveRank: 2.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: effectiveRank must be an integer >= 1; got 2.5.]`,
    );
    expect(() => makeRegression({ effectiveRank: null as unknown as number })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: effectiveRank must be an integer >= 1; got null.]`,
    );
    expect(() => makeRegression({ effectiveRank: 3, tailStrength: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: tailStrength must be a finite number in [0, 1]; got 1.5.]`,
    );
    expect(() => makeRegression({ tailStrength: -0.1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: tailStrength must be a finite number in [0, 1]; got -0.1.]`,
    );
    expect(() => makeRegression({ effectiveRank: 3, tailStrength: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: tailStrength must be a finite number in [0, 1]; got NaN.]`,
    );
    expect(() =>
      makeRegression({ effective_rank: 3 } as unknown as Parameters<typeof makeRegression>[0]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: makeRegression: each option name must be one of "nSamples" | "nFeatures" | "nInformative" | "nTargets" | "bias" | "noise" | "effectiveRank" | "tailStrength" | "shuffle" | "seed"; got "effective_rank".]`,
    );
  });
});
