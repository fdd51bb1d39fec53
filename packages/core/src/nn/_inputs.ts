import { invalid } from "../_lib/assert.js";
import { EmptyInputError, ShapeError } from "../errors.js";

/**
 * Copies samples for inference into a flat Float64Array, checking shapes only: NaN flows through to
 * the outputs element by element, as everywhere in the library (training rejects it instead).
 */
export function toInferenceInputs(fn: string, X: unknown, nIn: number): Float64Array {
  if (!Array.isArray(X)) invalid(fn, "X", "an array of rows (samples)", X);
  if (X.length === 0) throw new EmptyInputError(`${fn}: X must not be empty; got 0 samples.`);
  const out = new Float64Array(X.length * nIn);
  for (let s = 0; s < X.length; s++) {
    const row = X[s] as ArrayLike<unknown>;
    if (!Array.isArray(row) && !(row instanceof Float64Array) && !(row instanceof Float32Array)) {
      invalid(fn, `X[${s}]`, "a row of numbers", row);
    }
    if (row.length !== nIn) {
      throw new ShapeError(
        `${fn}: X must have rows of length ${nIn} (the input layer, sizes[0]); got length ${row.length} at X[${s}].`,
      );
    }
    for (let i = 0; i < nIn; i++) {
      const v = row[i];
      if (typeof v !== "number") invalid(fn, `X[${s}][${i}]`, "a number", v);
      out[s * nIn + i] = v;
    }
  }
  return out;
}
