/**
 * Reads one target the way scikit-learn's `type_of_target` reads a NumPy array, and encodes its
 * labels as dense integer codes in the same pass, so every metric counts with typed arrays.
 *
 * Numbers: NaN and ±Infinity are rejected (scikit-learn: "Input y contains NaN/infinity"); a fractional
 * value, or one outside int64 (where NumPy's integer cast overflows), makes the target "continuous".
 * Whole numbers in a compact range are encoded by offset (no hashing, no sort); others through a Map.
 * Booleans mixed with numbers become 0/1, as NumPy makes `[True, 2]` an integer array.
 * Unlike NumPy, which turns `[1, "a"]` into the strings `["1", "a"]`, a vector mixing strings with
 * numbers or booleans is rejected: in JavaScript that is almost always a bug.
 */

import { formatValue } from "../_lib/format.js";
import { InvalidArgumentError, ShapeError, TargetTypeError } from "../errors.js";
import { compareCodePoints } from "./_pyFormat.js";
import type { Label } from "./_types.js";

/** A one-dimensional target (or a single-column matrix, which scikit-learn flattens). */
export interface VectorScan {
  readonly dim: 1;
  readonly type: "binary" | "multiclass" | "continuous";
  readonly kind: "number" | "string" | "boolean";
  readonly n: number;
  /** Per sample, a code in [0, localSize); empty for a continuous target. */
  readonly codes: Int32Array;
  readonly localSize: number;
  /** The distinct labels in sorted order, and the local code of each. */
  readonly uniques: Label[];
  readonly uniqueCodes: Int32Array;
  /** For a continuous target: where the first fractional value sits, for error messages. */
  readonly detail: string;
}

/** A two-dimensional target. */
export interface MatrixScan {
  readonly dim: 2;
  readonly type: "multilabel-indicator" | "continuous-multioutput" | "multiclass-multioutput" | "unknown";
  readonly n: number;
  readonly nCols: number;
  /** Row-major values (booleans as 0/1); filled for a multilabel-indicator target only. */
  readonly values: Float64Array;
  readonly detail: string;
}

export type TargetScan = VectorScan | MatrixScan;

const INT64_BOUND = 9.223372036854776e18; // exactly 2 ** 63, written as a literal so bundlers see a constant
const EMPTY_CODES = /* @__PURE__ */ new Int32Array(0);

function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

function badElement(fn: string, param: string, value: unknown, where: string): never {
  throw new InvalidArgumentError(
    `${fn}: ${param} must hold numbers, strings or booleans (or rows of 0/1 for a multilabel target); got ${formatValue(value)} at ${where}.`,
  );
}

function nanError(fn: string, param: string, where: string): never {
  throw new InvalidArgumentError(`${fn}: ${param} must not contain NaN; got NaN at ${where}.`);
}

function infError(fn: string, param: string, value: number, where: string): never {
  throw new InvalidArgumentError(`${fn}: ${param} must contain finite labels; got ${formatValue(value)} at ${where}.`);
}

/** Scans a target: a vector of labels, or a matrix whose rows are samples. */
export function scanTarget(fn: string, param: string, y: unknown): TargetScan {
  if (!isArrayLike(y)) {
    throw new InvalidArgumentError(
      `${fn}: ${param} must be an array of labels or a 0/1 indicator matrix; got ${formatValue(y)}.`,
    );
  }
  if (y.length > 0 && isArrayLike(y[0])) return scanMatrix(fn, param, y as ArrayLike<unknown>);
  return scanVector(fn, param, y, (i) => `index ${i}`);
}

function scanVector(fn: string, param: string, y: ArrayLike<unknown>, where: (i: number) => string): VectorScan {
  const n = y.length;
  if (n === 0) return numberScan(new Float64Array(0), 0, 0, 0);
  // Fast path: all numbers (every typed array, and plain arrays of numbers).
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let fractional = false;
  let allNumbers = true;
  for (let i = 0; i < n; i++) {
    const v = y[i];
    if (typeof v !== "number") {
      allNumbers = false;
      break;
    }
    if (v < min) min = v;
    if (v > max) max = v;
    // Catches NaN (NaN !== NaN) and fractions; ±Infinity is caught by min/max below.
    if (v !== Math.floor(v)) fractional = true;
  }
  if (allNumbers) return numbersVector(fn, param, y as ArrayLike<number>, min, max, fractional, where);
  if (typeof y[0] === "string") {
    const strings = stringsVector(y);
    if (strings !== null) return strings;
  }

  let firstString = -1;
  let firstOther = -1;
  let sawNumber = false;
  for (let i = 0; i < n; i++) {
    const v = y[i];
    const t = typeof v;
    if (t === "string") {
      if (firstString < 0) firstString = i;
    } else if (t === "number" || t === "boolean") {
      if (firstOther < 0) firstOther = i;
      if (t === "number") sawNumber = true;
    } else {
      badElement(fn, param, v, where(i));
    }
  }
  if (firstString >= 0 && firstOther >= 0) {
    const a = Math.min(firstString, firstOther);
    const b = Math.max(firstString, firstOther);
    throw new TargetTypeError(
      `${fn}: ${param} must hold labels of one kind (strings, or numbers and booleans); got ${formatValue(y[a])} at ${where(a)} and ${formatValue(y[b])} at ${where(b)}.`,
    );
  }
  if (firstString >= 0) return stringsVector(y) as VectorScan;
  const numeric = new Float64Array(n);
  for (let i = 0; i < n; i++) numeric[i] = Number(y[i]);
  if (!sawNumber) return booleansVector(numeric);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let frac = false;
  for (let i = 0; i < n; i++) {
    const v = numeric[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (v !== Math.floor(v)) frac = true;
  }
  return numbersVector(fn, param, numeric, lo, hi, frac, where);
}

function numbersVector(
  fn: string,
  param: string,
  y: ArrayLike<number>,
  min: number,
  max: number,
  fractional: boolean,
  where: (i: number) => string,
): VectorScan {
  const n = y.length;
  if (fractional || !(min >= -INT64_BOUND && max < INT64_BOUND)) {
    // scikit-learn's order: NaN anywhere is reported first, then infinity, else the target is continuous.
    for (let i = 0; i < n; i++) if (Number.isNaN(y[i])) nanError(fn, param, where(i));
    for (let i = 0; i < n; i++) {
      const v = y[i] as number;
      if (!Number.isFinite(v)) infError(fn, param, v, where(i));
    }
    let at = 0;
    while (at < n && Number.isInteger(y[at]) && Math.abs(y[at] as number) < INT64_BOUND) at++;
    return {
      dim: 1,
      type: "continuous",
      kind: "number",
      n,
      codes: EMPTY_CODES,
      localSize: 0,
      uniques: [],
      uniqueCodes: EMPTY_CODES,
      detail: `${formatValue(y[at])} at ${where(at)}`,
    };
  }
  return numberScan(y, n, min, max);
}

/** Encodes whole numbers: by offset from the minimum when the range is compact, else through a Map. */
function numberScan(y: ArrayLike<number>, n: number, min: number, max: number): VectorScan {
  const codes = new Int32Array(n);
  const uniques: number[] = [];
  let uniqueCodes: Int32Array;
  let localSize: number;
  const range = max - min + 1;
  if (n > 0 && range <= Math.max(2 * n, 1 << 16) && range <= 1 << 26) {
    const seen = new Uint8Array(range);
    for (let i = 0; i < n; i++) {
      const c = (y[i] as number) - min;
      codes[i] = c;
      seen[c] = 1;
    }
    const ids: number[] = [];
    for (let c = 0; c < range; c++) {
      if (seen[c] === 1) {
        ids.push(c);
        uniques.push(min + c);
      }
    }
    uniqueCodes = Int32Array.from(ids);
    localSize = range;
  } else {
    const map = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const v = y[i] as number;
      let c = map.get(v);
      if (c === undefined) {
        c = map.size;
        map.set(v, c);
      }
      codes[i] = c;
    }
    const entries = [...map.entries()].sort((a, b) => a[0] - b[0]);
    for (const [v] of entries) uniques.push(v === 0 ? 0 : v);
    uniqueCodes = Int32Array.from(entries, (e) => e[1]);
    localSize = map.size;
  }
  return {
    dim: 1,
    type: uniques.length > 2 ? "multiclass" : "binary",
    kind: "number",
    n,
    codes,
    localSize,
    uniques,
    uniqueCodes,
    detail: "",
  };
}

/** Encodes strings in first-seen order through a Map, checking the type in the same pass; null at a non-string. */
function stringsVector(y: ArrayLike<unknown>): VectorScan | null {
  const n = y.length;
  const codes = new Int32Array(n);
  const map = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = y[i];
    if (typeof v !== "string") return null;
    let c = map.get(v);
    if (c === undefined) {
      c = map.size;
      map.set(v, c);
    }
    codes[i] = c;
  }
  const entries = [...map.entries()].sort((a, b) => compareCodePoints(a[0], b[0]));
  return {
    dim: 1,
    type: entries.length > 2 ? "multiclass" : "binary",
    kind: "string",
    n,
    codes,
    localSize: map.size,
    uniques: entries.map((e) => e[0]),
    uniqueCodes: Int32Array.from(entries, (e) => e[1]),
    detail: "",
  };
}

function booleansVector(numeric: Float64Array): VectorScan {
  const n = numeric.length;
  const codes = new Int32Array(n);
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const c = numeric[i] as number;
    codes[i] = c;
    seen |= 1 << c;
  }
  const uniques: boolean[] = [];
  const ids: number[] = [];
  if (seen & 1) {
    uniques.push(false);
    ids.push(0);
  }
  if (seen & 2) {
    uniques.push(true);
    ids.push(1);
  }
  return {
    dim: 1,
    type: "binary",
    kind: "boolean",
    n,
    codes,
    localSize: 2,
    uniques,
    uniqueCodes: Int32Array.from(ids),
    detail: "",
  };
}

function scanMatrix(fn: string, param: string, y: ArrayLike<unknown>): TargetScan {
  const n = y.length;
  const first = y[0] as ArrayLike<unknown>;
  const nCols = first.length;
  for (let i = 1; i < n; i++) {
    const row = y[i];
    if (!isArrayLike(row)) badElement(fn, param, row, `index ${i}`);
    if (row.length !== nCols) {
      throw new ShapeError(
        `${fn}: ${param} must have rows of equal length; got lengths ${nCols} (row 0) and ${row.length} (row ${i}).`,
      );
    }
  }
  const rows = y as ArrayLike<ArrayLike<unknown>>;
  const at = (i: number, j: number) => `row ${i}, column ${j}`;
  if (nCols === 0) {
    return { dim: 2, type: "unknown", n, nCols, values: new Float64Array(0), detail: "rows with no columns" };
  }
  if (nCols === 1) {
    // A column vector is a one-dimensional target (scikit-learn's column_or_1d).
    const column = Array.from({ length: n }, (_, i) => (rows[i] as ArrayLike<unknown>)[0]);
    return scanVector(fn, param, column, (i) => at(i, 0));
  }
  const values = new Float64Array(n * nCols);
  let sawString = false;
  for (let i = 0; i < n; i++) {
    const row = rows[i] as ArrayLike<unknown>;
    for (let j = 0; j < nCols; j++) {
      const v = row[j];
      if (typeof v === "number") values[i * nCols + j] = v;
      else if (typeof v === "boolean") values[i * nCols + j] = v ? 1 : 0;
      else if (typeof v === "string") sawString = true;
      else badElement(fn, param, v, at(i, j));
    }
  }
  // NumPy turns a matrix holding any string into a string matrix: several columns of labels.
  if (sawString) return { dim: 2, type: "multiclass-multioutput", n, nCols, values, detail: "strings in a matrix" };
  const len = values.length;
  for (let k = 0; k < len; k++) if (Number.isNaN(values[k])) nanError(fn, param, at(Math.floor(k / nCols), k % nCols));
  for (let k = 0; k < len; k++) {
    const v = values[k] as number;
    if (!Number.isFinite(v)) infError(fn, param, v, at(Math.floor(k / nCols), k % nCols));
  }
  let a = Number.NaN;
  let b = Number.NaN;
  let distinct = 0;
  for (let k = 0; k < len; k++) {
    const v = values[k] as number;
    if (!Number.isInteger(v) || Math.abs(v) >= INT64_BOUND) {
      const where = at(Math.floor(k / nCols), k % nCols);
      return { dim: 2, type: "continuous-multioutput", n, nCols, values, detail: `${formatValue(v)} at ${where}` };
    }
    if (distinct < 3 && v !== a && v !== b) {
      if (distinct === 0) a = v;
      else if (distinct === 1) b = v;
      distinct++;
    }
  }
  // scikit-learn's is_multilabel: two columns or more holding at most two distinct whole values.
  if (distinct < 3) return { dim: 2, type: "multilabel-indicator", n, nCols, values, detail: "" };
  return { dim: 2, type: "multiclass-multioutput", n, nCols, values, detail: "more than two distinct values" };
}
