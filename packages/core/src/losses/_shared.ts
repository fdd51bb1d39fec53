import { assertNonEmpty, assertOneOf, invalid } from "../_lib/assert.js";
import { assertMatrix, assertNumbers } from "../_lib/elementwise.js";
import { stableSum } from "../_lib/stableSum.js";
import { ShapeError } from "../errors.js";
import type { Matrix, Vector } from "../tensor.js";

/** How a loss combines per-element (or per-sample) values, as PyTorch's `reduction`. */
export type Reduction = "mean" | "sum" | "none";

/** The result of a loss for a given reduction and input shape: a number, or the unreduced values. */
export type LossResult<R extends Reduction, T> = R extends "none" ? (T extends Matrix ? number[][] : number[]) : number;

export const REDUCTIONS: readonly Reduction[] = ["mean", "sum", "none"];

/** Checks `reduction`. */
export function checkReduction(fn: string, reduction: unknown): asserts reduction is Reduction {
  assertOneOf(fn, "reduction", reduction, REDUCTIONS);
}

/** A vector or matrix flattened row by row, with its shape. */
export interface Flat {
  readonly values: Float64Array;
  /** Number of rows, or −1 for a vector. */
  readonly rows: number;
  readonly cols: number;
}

const EXPECTED = "a vector (number[], Float64Array or Float32Array) or a matrix (array of equal-length rows)";

/** Validates and flattens one loss argument. */
export function flatten(fn: string, param: string, x: unknown): Flat {
  if (x instanceof Float64Array || x instanceof Float32Array) {
    return { values: Float64Array.from(x), rows: -1, cols: x.length };
  }
  if (!Array.isArray(x)) return invalid(fn, param, EXPECTED, x);
  if (x.length > 0 && Array.isArray(x[0])) {
    const cols = assertMatrix(fn, param, x);
    const values = new Float64Array(x.length * cols);
    let k = 0;
    for (const row of x as number[][]) for (let c = 0; c < cols; c++) values[k++] = row[c] as number;
    return { values, rows: x.length, cols };
  }
  assertNumbers(fn, param, x);
  return { values: Float64Array.from(x as number[]), rows: -1, cols: x.length };
}

const shapeText = (f: Flat): string => (f.rows < 0 ? `[${f.cols}]` : `[${f.rows}, ${f.cols}]`);

/** Validates a (yTrue, yPred) pair of the same shape, not empty. */
export function flattenPair(fn: string, yTrue: unknown, yPred: unknown, predName = "yPred"): [Flat, Flat] {
  const t = flatten(fn, "yTrue", yTrue);
  const p = flatten(fn, predName, yPred);
  if (t.rows !== p.rows || t.cols !== p.cols) {
    throw new ShapeError(
      `${fn}: yTrue and ${predName} must have the same shape; got ${shapeText(t)} and ${shapeText(p)}.`,
    );
  }
  assertNonEmpty(fn, "yTrue", t.values.length);
  return [t, p];
}

/** Reduces element losses: the mean or sum over all of them, or the values in the input's shape. */
export function reduce(losses: Float64Array, reduction: Reduction, shape: Flat): number | number[] | number[][] {
  if (reduction === "sum") return stableSum(losses);
  if (reduction === "mean") return stableSum(losses) / losses.length;
  if (shape.rows < 0) return Array.from(losses);
  const out: number[][] = [];
  for (let r = 0; r < shape.rows; r++) out.push(Array.from(losses.subarray(r * shape.cols, (r + 1) * shape.cols)));
  return out;
}

/** The input types every element-wise loss accepts. */
export type LossInput = Vector | Matrix;
