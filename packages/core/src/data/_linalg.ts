import { ShapeError } from "../errors.js";

/**
 * Thin QR decomposition `A = Q R` of an m×n matrix with m ≥ n, by Householder reflections (Golub & Van Loan,
 * "Matrix Computations", 4th ed., Algorithms 5.1.1 and 5.2.1, with Q accumulated backwards as in §5.1.6).
 * Householder rather than Gram–Schmidt because Q's columns are then orthonormal to rounding error whatever
 * the condition of `A` (modified Gram–Schmidt loses orthogonality in proportion to it).
 *
 * Only `+ - * /` and `Math.sqrt` (correctly rounded in IEEE 754), in a fixed order, so the result is the same
 * in every engine. No scaling guards against overflow of the squared norms: the data generators pass
 * standard normal matrices. As LAPACK's `geqrf` (which scikit-learn's `scipy.linalg.qr` calls), the
 * diagonal of R may be negative.
 * @param A the rows of an m×n matrix, m ≥ n ≥ 1
 * @returns `Q`, m×n with orthonormal columns, and `R`, n×n upper triangular (exact zeros below the diagonal)
 * @throws {ShapeError} when `A` is not a matrix with at least as many rows as columns
 */
export function householderQr(A: readonly (readonly number[])[]): { Q: number[][]; R: number[][] } {
  const m = A.length;
  const n = A[0]?.length ?? 0;
  const ragged = A.find((row) => row.length !== n);
  if (ragged) {
    throw new ShapeError(`householderQr: A must have rows of equal length; got lengths ${n} and ${ragged.length}.`);
  }
  if (n < 1 || m < n) {
    throw new ShapeError(
      `householderQr: A must have at least one column and no more columns than rows; got ${m}×${n}.`,
    );
  }
  const W = A.map((row) => [...row]); // becomes R in its top n rows
  const vs: number[][] = []; // the Householder vector of each step k, covering rows k..m-1
  const vvs: number[] = []; // and its squared norm (0: the step reflects nothing)

  for (let k = 0; k < n; k++) {
    const v = W.slice(k).map((row) => row[k] as number);
    let norm2 = 0;
    for (const x of v) norm2 += x * x;
    const norm = Math.sqrt(norm2);
    // Reflect the column onto alpha·e₁ with alpha of the sign opposite to its first entry, so that
    // v₀ = x₀ − alpha adds two numbers of one sign and cannot cancel (Golub & Van Loan §5.1.3).
    const alpha = (v[0] as number) >= 0 ? -norm : norm;
    v[0] = (v[0] as number) - alpha;
    let vv = 0;
    for (const x of v) vv += x * x;
    vs.push(v);
    vvs.push(vv);
    if (vv === 0) continue; // the column is already zero from row k on
    // W ← (I − 2 v vᵀ / vᵀv) W, on the columns not yet reduced.
    reflect(W, k, v, vv, k + 1, n);
    // Column k becomes alpha·e₁ by construction; write it exactly instead of keeping rounding residue.
    (W[k] as number[])[k] = alpha;
    for (let i = k + 1; i < m; i++) (W[i] as number[])[k] = 0;
  }

  // Q = H₀ H₁ … H₍ₙ₋₁₎ applied to the first n columns of the identity, last reflection first: H_k leaves
  // rows above k alone, and columns below k are still unit vectors there, so only columns k..n-1 change.
  const Q = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let k = n - 1; k >= 0; k--) {
    const vv = vvs[k] as number;
    if (vv !== 0) reflect(Q, k, vs[k] as number[], vv, k, n);
  }
  return { Q, R: W.slice(0, n) };
}

/** M[k.., from..to) ← (I − 2 v vᵀ / vv) M[k.., from..to), column by column. */
function reflect(M: number[][], k: number, v: readonly number[], vv: number, from: number, to: number): void {
  for (let j = from; j < to; j++) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += (v[i] as number) * ((M[k + i] as number[])[j] as number);
    const f = (2 * s) / vv;
    for (let i = 0; i < v.length; i++) {
      const row = M[k + i] as number[];
      row[j] = (row[j] as number) - f * (v[i] as number);
    }
  }
}
