import type { Matrix, Vector } from "../tensor.js";
import { alongAxis, type SoftmaxOptions } from "./_rows.js";

// (x − max) − log Σ exp(x − max), as PyTorch's log_softmax kernel: exact for the largest entry, no overflow,
// and −∞ entries stay −∞. NaN and all-(−∞) rows become NaN rows through IEEE arithmetic, as in torch.
function logSoftmaxKernel(x: ArrayLike<number>, out: { [i: number]: number }, start: number, n: number): void {
  const end = start + n;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = start; i < end; i++) {
    const v = x[i] as number;
    if (v > max) max = v;
  }
  let sum = 0;
  for (let i = start; i < end; i++) sum += Math.exp((x[i] as number) - max);
  const logSum = Math.log(sum);
  for (let i = start; i < end; i++) out[i] = (x[i] as number) - max - logSum;
}

/**
 * Log of the softmax, (xᵢ − max) − log Σ exp(xⱼ − max), along the last axis by default. Stays finite where
 * softmax underflows: logSoftmax([-1000, 1000]) is [−2000, 0]. −Infinity entries give −Infinity; a NaN in a
 * row, a +Infinity entry or a row of only −Infinity gives a NaN row, as in PyTorch.
 * @param x logits: a vector (number[], Float64Array, Float32Array) or a matrix whose rows are samples
 * @param options `{ axis: -1 }`: −1 or 1 works on each row of a matrix, 0 on each column
 * @returns log-probabilities of the same shape and kind
 * @throws {InvalidArgumentError} when `x` is not a vector or matrix of numbers, or `axis` is not valid for its shape
 * @throws {ShapeError} when the rows of a matrix have different lengths
 * @example
 * logSoftmax([-1000, 1000]) //=> [-2000, 0]
 */
export function logSoftmax(x: Float64Array, options?: Partial<SoftmaxOptions>): Float64Array;
export function logSoftmax(x: Float32Array, options?: Partial<SoftmaxOptions>): Float32Array;
export function logSoftmax(x: number[], options?: Partial<SoftmaxOptions>): number[];
export function logSoftmax(x: Matrix, options?: Partial<SoftmaxOptions>): number[][];
export function logSoftmax(x: Vector | Matrix, options?: Partial<SoftmaxOptions>): Vector | Matrix;
export function logSoftmax(x: Vector | Matrix, options?: Partial<SoftmaxOptions>): Vector | Matrix {
  return alongAxis("logSoftmax", x, options, logSoftmaxKernel, logSoftmaxKernel);
}
