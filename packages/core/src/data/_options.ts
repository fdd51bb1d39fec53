import { assertNumber, assertOptions, invalid } from "../_lib/assert.js";
import { formatChoices } from "../_lib/format.js";

/**
 * Asserts `options` is absent or a plain object whose keys are all in `known`, so a typo or a
 * snake_case name (`n_samples`) fails loudly instead of being ignored.
 */
export function assertKnownOptions(fn: string, options: unknown, known: readonly string[]): void {
  assertOptions(fn, options);
  if (options === undefined) return;
  for (const key of Object.keys(options as object)) {
    if (!known.includes(key)) invalid(fn, "each option name", `one of ${formatChoices(known)}`, key);
  }
}

/** Reads an optional integer option with a default and a lower bound. */
export function intOption(fn: string, name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  assertNumber(fn, name, value, { min, integer: true });
  return value;
}

/** Reads an optional finite number option with a default. */
export function numberOption(
  fn: string,
  name: string,
  value: unknown,
  fallback: number,
  bounds: { min?: number; max?: number; exclusiveMin?: boolean } = {},
): number {
  if (value === undefined) return fallback;
  assertNumber(fn, name, value, bounds);
  return value;
}

/** Reads an optional boolean option with a default. */
export function boolOption(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") invalid(fn, name, "a boolean", value);
  return value;
}

/** Reads the `seed` option: a safe integer, default 0. */
export function seedOption(fn: string, value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== "number" || !Number.isSafeInteger(value)) invalid(fn, "seed", "a safe integer", value);
  return value;
}

/** Asserts every element of `values` is a finite number within `bounds`, naming the element (`name[i]`). */
export function assertNumbers(
  fn: string,
  name: string,
  values: readonly unknown[],
  bounds: { min?: number; max?: number; integer?: boolean } = {},
): void {
  for (let i = 0; i < values.length; i++) assertNumber(fn, `${name}[${i}]`, values[i], bounds);
}
