import { assertOneOf, invalid } from "../_lib/assert.js";
import { assertMatrix, assertNumbers } from "../_lib/elementwise.js";
import { readOptions } from "../_lib/options.js";
import type { Matrix, Vector } from "../tensor.js";

/** Options of softmax and logSoftmax. */
export interface SoftmaxOptions {
  /** The axis that sums to 1: for a vector −1 or 0; for a matrix −1 or 1 (each row, the default) or 0 (each column). */
  axis: -1 | 0 | 1;
}

const DEFAULTS: SoftmaxOptions = { axis: -1 };
const EXPECTED = "a vector (number[], Float64Array or Float32Array) or a matrix (array of equal-length rows)";

/** A row kernel: reads `n` values of `x` from `start` and writes the result to `out` from `start`. */
export type RowKernel = (x: ArrayLike<number>, out: { [i: number]: number }, start: number, n: number) => void;

/** A row kernel specialised to Float64Array input and output (the fast path). */
export type Float64RowKernel = (x: Float64Array, out: Float64Array, start: number, n: number) => void;

/**
 * Validates the input and options of a softmax-family function, then applies `kernel` along the requested
 * axis, returning the same kind as given (Float64Array in, Float64Array out).
 */
export function alongAxis(
  fn: string,
  x: unknown,
  options: unknown,
  kernel: RowKernel,
  f64: Float64RowKernel,
): Vector | Matrix {
  const { axis } = readOptions(fn, options, DEFAULTS);
  if (x instanceof Float64Array) {
    assertOneOf(fn, "axis", axis, [-1, 0] as const);
    const out = new Float64Array(x.length);
    f64(x, out, 0, x.length);
    return out;
  }
  if (x instanceof Float32Array) {
    assertOneOf(fn, "axis", axis, [-1, 0] as const);
    const out = new Float32Array(x.length);
    kernel(x, out, 0, x.length);
    return out;
  }
  if (!Array.isArray(x)) return invalid(fn, "x", EXPECTED, x);
  if (x.length === 0 || !Array.isArray(x[0])) {
    assertNumbers(fn, "x", x);
    assertOneOf(fn, "axis", axis, [-1, 0] as const);
    const out: number[] = new Array(x.length);
    kernel(x as number[], out, 0, x.length);
    return out;
  }
  const width = assertMatrix(fn, "x", x);
  assertOneOf(fn, "axis", axis, [-1, 0, 1] as const);
  const rows = x as number[][];
  if (axis !== 0) {
    return rows.map((row) => {
      const out: number[] = new Array(width);
      kernel(row, out, 0, width);
      return out;
    });
  }
  // Along columns: gather each column into a buffer, apply the kernel, scatter back.
  const out = rows.map(() => new Array<number>(width));
  const column = new Float64Array(rows.length);
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < rows.length; r++) column[r] = (rows[r] as number[])[c] as number;
    f64(column, column, 0, rows.length);
    for (let r = 0; r < rows.length; r++) (out[r] as number[])[c] = column[r] as number;
  }
  return out;
}
