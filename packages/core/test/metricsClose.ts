/**
 * Deep comparison for metric results against scikit-learn's golden values: numbers agree within a
 * relative tolerance (1e-9 by default; NaN equals NaN; an absolute 1e-12 floor for values that should
 * be zero but come out of a subtraction of weighted sums), strings exactly, arrays and objects key by key.
 */

/** Returns a description of the first disagreement, or null when `actual` matches `expected`. */
export function metricsMismatch(actual: unknown, expected: unknown, rtol = 1e-9, path = "$"): string | null {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return `${path}: expected number ${expected}, got ${String(actual)}`;
    if (Number.isNaN(expected) || Number.isNaN(actual)) {
      return Number.isNaN(expected) && Number.isNaN(actual) ? null : `${path}: expected ${expected}, got ${actual}`;
    }
    if (actual === expected) return null;
    const diff = Math.abs(actual - expected);
    const scale = Math.max(Math.abs(actual), Math.abs(expected));
    return diff <= rtol * scale || diff <= 1e-12 ? null : `${path}: expected ${expected}, got ${actual} (diff ${diff})`;
  }
  if (expected === null || typeof expected !== "object") {
    return Object.is(actual, expected)
      ? null
      : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${JSON.stringify(actual)}`;
    if (actual.length !== expected.length) return `${path}: expected length ${expected.length}, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = metricsMismatch(actual[i], expected[i], rtol, `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (actual === null || typeof actual !== "object")
    return `${path}: expected an object, got ${JSON.stringify(actual)}`;
  const ek = Object.keys(expected).sort();
  const ak = Object.keys(actual).sort();
  if (ek.join("\u0000") !== ak.join("\u0000")) return `${path}: expected keys ${ek.join(", ")}, got ${ak.join(", ")}`;
  for (const k of ek) {
    const m = metricsMismatch(
      (actual as Record<string, unknown>)[k],
      (expected as Record<string, unknown>)[k],
      rtol,
      `${path}.${k}`,
    );
    if (m) return m;
  }
  return null;
}

/** JSON reviver for the fixtures' `{"$float": "nan" | "inf" | "-inf"}`. */
export function reviveFloats(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === "object" && "$float" in value) {
    const f = (value as { $float: string }).$float;
    return f === "nan" ? Number.NaN : f === "inf" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }
  return value;
}
