import { ShapeError } from "../errors.js";
import type { SameShape, Tensor } from "../tensor.js";
import { invalid } from "./assert.js";

const TENSOR_EXPECTED =
  "a number, an array of numbers, a matrix (array of equal-length rows) or a Float64Array/Float32Array";

/** Throws the library's ragged-matrix error. */
export function raggedRows(fn: string, param: string, first: number, other: number): never {
  throw new ShapeError(`${fn}: ${param} must have rows of equal length; got lengths ${first} and ${other}.`);
}

/** Checks every element of a plain array is a number (NaN included); names the first offender. */
export function assertNumbers(fn: string, param: string, row: readonly unknown[]): void {
  for (let i = 0; i < row.length; i++) {
    if (typeof row[i] !== "number") invalid(fn, `${param}[${i}]`, "a number", row[i]);
  }
}

/**
 * Checks that `x` is a matrix: an array of arrays of numbers, all of the same length.
 * @returns the common row length (0 for a matrix without rows)
 */
export function assertMatrix(fn: string, param: string, x: readonly unknown[]): number {
  const first = x[0];
  const width = Array.isArray(first) ? first.length : 0;
  for (let r = 0; r < x.length; r++) {
    const row = x[r];
    if (!Array.isArray(row)) invalid(fn, `${param}[${r}]`, "an array of numbers (a row)", row);
    if (row.length !== width) raggedRows(fn, param, width, row.length);
    for (let c = 0; c < width; c++) {
      if (typeof row[c] !== "number") invalid(fn, `${param}[${r}][${c}]`, "a number", row[c]);
    }
  }
  return width;
}

/**
 * Applies `f` to every element of a Tensor and returns the same shape and kind: a number for a number,
 * a `Float64Array` for a `Float64Array`, a new `number[][]` for a matrix. Validates the structure first
 * (ragged rows, non-numbers) so that a bad input throws before any work is done.
 */
export function mapTensor<T extends Tensor>(fn: string, x: T, f: (v: number) => number): SameShape<T>;
export function mapTensor(fn: string, x: unknown, f: (v: number) => number): Tensor {
  if (typeof x === "number") return f(x);
  if (x instanceof Float64Array || x instanceof Float32Array) {
    const n = x.length;
    const out = x instanceof Float64Array ? new Float64Array(n) : new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = f(x[i] as number);
    return out;
  }
  if (!Array.isArray(x)) return invalid(fn, "x", TENSOR_EXPECTED, x);
  if (x.length > 0 && Array.isArray(x[0])) {
    const width = assertMatrix(fn, "x", x);
    const out: number[][] = new Array(x.length);
    for (let r = 0; r < x.length; r++) {
      const row = x[r] as number[];
      const o: number[] = new Array(width);
      for (let c = 0; c < width; c++) o[c] = f(row[c] as number);
      out[r] = o;
    }
    return out;
  }
  assertNumbers(fn, "x", x);
  const n = x.length;
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = f(x[i] as number);
  return out;
}
