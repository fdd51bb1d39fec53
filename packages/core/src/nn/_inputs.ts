import { invalid } from "../_lib/assert.js";
import { formatValue } from "../_lib/format.js";
import { EmptyInputError, InvalidArgumentError, ShapeError } from "../errors.js";

/**
 * Checks samples against the input layer and copies them into a flat Float64Array.
 * For inference (`finite: false`) only shapes and types are checked: NaN flows through to the outputs element
 * by element, as everywhere in the library. Training (`finite: true`) rejects NaN and Infinity instead,
 * since one of them would turn every weight into NaN. `rowLength` says in the message where `nIn` comes from.
 */
export function toInputs(
  fn: string,
  X: unknown,
  nIn: number,
  { finite, rowLength = "the input layer, sizes[0]" }: { finite: boolean; rowLength?: string },
): Float64Array {
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
        `${fn}: X must have rows of length ${nIn} (${rowLength}); got length ${row.length} at X[${s}].`,
      );
    }
    for (let i = 0; i < nIn; i++) {
      const v = row[i];
      if (finite && (typeof v !== "number" || !Number.isFinite(v))) {
        throw new InvalidArgumentError(
          `${fn}: X must hold finite numbers (no NaN or Infinity); got ${formatValue(v)} at X[${s}][${i}].`,
        );
      }
      if (typeof v !== "number") invalid(fn, `X[${s}][${i}]`, "a number", v);
      out[s * nIn + i] = v;
    }
  }
  return out;
}

/** Inference inputs: shapes checked, NaN allowed (see `toInputs`). */
export function toInferenceInputs(fn: string, X: unknown, nIn: number): Float64Array {
  return toInputs(fn, X, nIn, { finite: false });
}
