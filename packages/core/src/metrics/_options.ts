/** Validation of the metrics' options, with the library's message shape `fn: param must be …; got ….` */

import { invalid } from "../_lib/assert.js";
import { formatChoices } from "../_lib/format.js";
import type { Average, Label, ZeroDivision } from "./_types.js";

export const AVERAGES: readonly Average[] = ["binary", "micro", "macro", "weighted", "samples", null];

/** Reads the options argument: absent or a plain object. */
export function readOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) invalid(fn, "options", "an object", options);
  return options;
}

export function checkAverage(fn: string, value: unknown, fallback: Average): Average {
  if (value === undefined) return fallback;
  if (!AVERAGES.includes(value as Average)) invalid(fn, "average", `one of ${formatChoices(AVERAGES)}`, value);
  return value as Average;
}

// NaN, not Number.NaN: a global property read at the top level would keep this module in tree-shaken bundles.
const ZERO_DIVISIONS: readonly unknown[] = ["warn", 0, 1, NaN];

export function checkZeroDivision(fn: string, value: unknown): ZeroDivision {
  if (value === undefined) return "warn";
  if (!ZERO_DIVISIONS.some((c) => Object.is(c, value) || (c === 0 && value === 0))) {
    invalid(fn, "zeroDivision", `one of ${formatChoices(ZERO_DIVISIONS)}`, value);
  }
  return value as ZeroDivision;
}

/** The value a zero division yields: `"warn"` acts as 0 (scikit-learn's `_check_zero_division`). */
export function zeroDivisionValue(zeroDivision: ZeroDivision): number {
  return zeroDivision === "warn" ? 0 : zeroDivision;
}

function isLabel(v: unknown): v is Label {
  return typeof v === "number" || typeof v === "string" || typeof v === "boolean";
}

export function checkLabels(fn: string, value: unknown): readonly Label[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    invalid(fn, "labels", "an array of labels or null", value);
  }
  const labels = Array.from(value as ArrayLike<unknown>);
  for (const v of labels) if (!isLabel(v)) invalid(fn, "labels", "an array of numbers, strings or booleans", value);
  return labels as Label[];
}

export function checkPosLabel(fn: string, value: unknown): Label | null {
  if (value === undefined) return 1;
  if (value !== null && !isLabel(value)) invalid(fn, "posLabel", "a number, a string, a boolean or null", value);
  return value as Label | null;
}

export function checkBoolean(fn: string, param: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") invalid(fn, param, "a boolean", value);
  return value;
}

/** `beta` as scikit-learn's `Interval(Real, 0, None, closed="both")`: any number >= 0, Infinity included. */
export function checkBeta(fn: string, value: unknown): number {
  if (typeof value !== "number" || !(value >= 0)) invalid(fn, "beta", "a number >= 0 (Infinity allowed)", value);
  return value;
}
