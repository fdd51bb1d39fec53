import { EmptyInputError, InvalidArgumentError, ShapeError } from "../errors.js";
import { formatChoices, formatValue } from "./format.js";

/**
 * Validation helpers. Each throws a typed error whose message reads
 * `fn: param must be <expected>; got <actual>.`
 */

/** Throws InvalidArgumentError with the library's message shape. */
export function invalid(fn: string, param: string, expected: string, got: unknown): never {
  throw new InvalidArgumentError(`${fn}: ${param} must be ${expected}; got ${formatValue(got)}.`);
}

/** Asserts `value` is one of `choices` (compared with `Object.is`, so NaN matches NaN). */
export function assertOneOf<T>(fn: string, param: string, value: unknown, choices: readonly T[]): asserts value is T {
  if (!choices.some((c) => Object.is(c, value))) invalid(fn, param, `one of ${formatChoices(choices)}`, value);
}

/** Asserts a finite number, optionally bounded. */
export function assertNumber(
  fn: string,
  param: string,
  value: unknown,
  opts: { min?: number; max?: number; exclusiveMin?: boolean; integer?: boolean } = {},
): asserts value is number {
  const { min, max, exclusiveMin = false, integer = false } = opts;
  const kind = integer ? "an integer" : "a finite number";
  let expected = kind;
  if (min !== undefined && max !== undefined) expected = `${kind} in ${exclusiveMin ? "(" : "["}${min}, ${max}]`;
  else if (min !== undefined) expected = `${kind} ${exclusiveMin ? ">" : ">="} ${min}`;
  else if (max !== undefined) expected = `${kind} <= ${max}`;
  if (typeof value !== "number" || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    invalid(fn, param, expected, value);
  }
  if (min !== undefined && (exclusiveMin ? value <= min : value < min)) invalid(fn, param, expected, value);
  if (max !== undefined && value > max) invalid(fn, param, expected, value);
}

/** Asserts that an options argument is absent or a plain object. */
export function assertOptions(fn: string, options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    invalid(fn, "options", "an object", options);
  }
}

/** Asserts a non-empty array-like. */
export function assertNonEmpty(fn: string, param: string, length: number): void {
  if (length === 0) throw new EmptyInputError(`${fn}: ${param} must not be empty; got 0 elements.`);
}

/** Asserts that two inputs hold the same number of samples. */
export function assertSameLength(fn: string, a: string, lenA: number, b: string, lenB: number): void {
  if (lenA !== lenB) {
    throw new ShapeError(`${fn}: ${a} and ${b} must have the same number of samples; got ${lenA} and ${lenB}.`);
  }
}
