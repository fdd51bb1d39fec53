import { invalid } from "../_lib/assert.js";
import { assertNumbers } from "../_lib/elementwise.js";
import type { Vector } from "../tensor.js";

/**
 * log Σ exp(xᵢ), computed as m + log Σ exp(xᵢ − m) with m = max x, so it is finite for every finite input.
 * Special values as `torch.logsumexp`: the shift m is taken as 0 when it is ±Infinity, so an empty vector or
 * one of only −Infinity gives −Infinity, a +Infinity entry gives +Infinity, and a NaN anywhere gives NaN.
 * @param x a vector: number[], Float64Array or Float32Array
 * @returns log Σ exp(xᵢ)
 * @throws {InvalidArgumentError} when `x` is not a vector of numbers
 * @example
 * logSumExp([1000, 1000]) //=> 1000.6931471805599
 */
export function logSumExp(x: Vector): number {
  if (Array.isArray(x)) assertNumbers("logSumExp", "x", x);
  else if (!(x instanceof Float64Array || x instanceof Float32Array)) {
    invalid("logSumExp", "x", "a vector (number[], Float64Array or Float32Array)", x);
  }
  const n = x.length;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = x[i] as number;
    if (v > max) max = v;
  }
  // torch.logsumexp: maxes.masked_fill_(maxes.abs() == INFINITY, 0).
  if (max === Number.POSITIVE_INFINITY || max === Number.NEGATIVE_INFINITY) max = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp((x[i] as number) - max);
  return max + Math.log(sum);
}
