import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { householderQr } from "./_linalg.js";
import { createRng } from "./createRng.js";

function gaussian(m: number, n: number, seed: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: m }, () => Array.from({ length: n }, () => rng.normal()));
}

/** The largest |QᵀQ − I|, |QR − A| and |R below the diagonal| of a decomposition of A. */
function qrErrors(A: number[][]): { orthogonality: number; reconstruction: number; belowDiagonal: number } {
  const { Q, R } = householderQr(A);
  const m = A.length;
  const n = (A[0] as number[]).length;
  expect([Q.length, Q[0]?.length, R.length, R[0]?.length]).toEqual([m, n, n, n]);
  let orthogonality = 0;
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      let dot = 0;
      for (let i = 0; i < m; i++) dot += (Q[i]?.[a] as number) * (Q[i]?.[b] as number);
      orthogonality = Math.max(orthogonality, Math.abs(dot - (a === b ? 1 : 0)));
    }
  let reconstruction = 0;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let qr = 0;
      for (let k = 0; k < n; k++) qr += (Q[i]?.[k] as number) * (R[k]?.[j] as number);
      reconstruction = Math.max(reconstruction, Math.abs(qr - (A[i]?.[j] as number)));
    }
  let belowDiagonal = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) belowDiagonal = Math.max(belowDiagonal, Math.abs(R[i]?.[j] as number));
  return { orthogonality, reconstruction, belowDiagonal };
}

describe("householderQr", () => {
  it("Q has orthonormal columns to 1e-12, R is exactly upper triangular, and QR = A, for Gaussian matrices", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.nat(), (a, b, seed) => {
        const [m, n] = [Math.max(a, b), Math.min(a, b)];
        const e = qrErrors(gaussian(m, n, seed));
        expect(e.orthogonality).toBeLessThan(1e-12);
        expect(e.reconstruction).toBeLessThan(1e-12);
        expect(e.belowDiagonal).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it("stays orthonormal for rank-deficient and ill-conditioned A (where Gram–Schmidt loses orthogonality)", () => {
    const A = gaussian(12, 6, 1);
    for (const row of A) {
      row[3] = row[1] as number; // a repeated column
      row[4] = 0; // a zero column
      row[5] = (row[0] as number) + 1e-10 * (row[2] as number); // nearly dependent
    }
    const e = qrErrors(A);
    expect(e.orthogonality).toBeLessThan(1e-12);
    expect(e.reconstruction).toBeLessThan(1e-12);
    expect(e.belowDiagonal).toBe(0);
  });

  it("decomposes small exact cases by hand", () => {
    // A column [3, 4] reflects onto −5·e₁ (the sign opposite to its first entry).
    const { Q, R } = householderQr([[3], [4]]);
    expect(R).toEqual([[-5]]);
    expect(Q[0]?.[0]).toBeCloseTo(-0.6, 15);
    expect(Q[1]?.[0]).toBeCloseTo(-0.8, 15);
    // The identity: every reflection maps e_k to −e_k, so Q = R = −I, exactly.
    const I = householderQr([
      [1, 0],
      [0, 1],
    ]);
    expect(I).toEqual({
      Q: [
        [-1, 0],
        [0, -1],
      ],
      R: [
        [-1, 0],
        [0, -1],
      ],
    });
  });

  it("rejects a matrix with more columns than rows, ragged rows, or no columns", () => {
    expect(() => householderQr([[1, 2]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: householderQr: A must have at least one column and no more columns than rows; got 1×2.]`,
    );
    expect(() => householderQr([[1, 2], [3]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: householderQr: A must have rows of equal length; got lengths 2 and 1.]`,
    );
    expect(() => householderQr([[]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: householderQr: A must have at least one column and no more columns than rows; got 1×0.]`,
    );
    expect(() => householderQr([])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: householderQr: A must have at least one column and no more columns than rows; got 0×0.]`,
    );
  });
});
