import type { Matrix, Vector } from "../tensor.js";
import { alongAxis, type SoftmaxOptions } from "./_rows.js";

// Max-shifted: exp(x − max) never overflows and the largest term is exactly 1, so the sum is ≥ 1.
// Special values follow from IEEE arithmetic exactly as in PyTorch: −∞ entries give e^(−∞) = 0; a NaN entry
// makes the sum NaN and so the whole row; an all-(−∞) row has max −∞ and x − max = NaN, as torch gives;
// a +∞ entry gives ∞ − ∞ = NaN for the row, as torch gives. The loops read each element three times and
// call Math.exp once, which is as close to a bare Math.exp loop as JavaScript allows.
function softmaxF64(x: Float64Array, out: Float64Array, start: number, n: number): void {
  const end = start + n;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = start; i < end; i++) {
    const v = x[i] as number;
    if (v > max) max = v;
  }
  let sum = 0;
  for (let i = start; i < end; i++) {
    const e = Math.exp((x[i] as number) - max);
    out[i] = e;
    sum += e;
  }
  const inv = 1 / sum;
  for (let i = start; i < end; i++) out[i] = (out[i] as number) * inv;
}

/** The same kernel for plain arrays and Float32Array (kept separate so each loop stays monomorphic). */
function softmaxAny(x: ArrayLike<number>, out: { [i: number]: number }, start: number, n: number): void {
  const end = start + n;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = start; i < end; i++) {
    const v = x[i] as number;
    if (v > max) max = v;
  }
  const tmp = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp((x[start + i] as number) - max);
    tmp[i] = e;
    sum += e;
  }
  const inv = 1 / sum;
  for (let i = 0; i < n; i++) out[start + i] = (tmp[i] as number) * inv;
}

/**
 * Softmax, exp(xᵢ − max) / Σ exp(xⱼ − max), along the last axis by default (each row of a matrix),
 * stable for every finite input. Special values as PyTorch: −Infinity entries get probability 0;
 * a NaN anywhere in a row, a +Infinity entry, or a row of only −Infinity gives a NaN row.
 * @param x logits: a vector (number[], Float64Array, Float32Array) or a matrix whose rows are samples
 * @param options `{ axis: -1 }`: −1 or 1 normalises each row of a matrix, 0 each column
 * @returns probabilities of the same shape and kind, summing to 1 along `axis`
 * @throws {InvalidArgumentError} when `x` is not a vector or matrix of numbers, or `axis` is not valid for its shape
 * @throws {ShapeError} when the rows of a matrix have different lengths
 * @example
 * softmax([1000, 999, 998]) //=> [0.6652409557748218, 0.2447284710547976, 0.09003057317038045]
 */
export function softmax(x: Float64Array, options?: Partial<SoftmaxOptions>): Float64Array;
export function softmax(x: Float32Array, options?: Partial<SoftmaxOptions>): Float32Array;
export function softmax(x: number[], options?: Partial<SoftmaxOptions>): number[];
export function softmax(x: Matrix, options?: Partial<SoftmaxOptions>): number[][];
export function softmax(x: Vector | Matrix, options?: Partial<SoftmaxOptions>): Vector | Matrix;
export function softmax(x: Vector | Matrix, options?: Partial<SoftmaxOptions>): Vector | Matrix {
  return alongAxis("softmax", x, options, softmaxAny, softmaxF64);
}
