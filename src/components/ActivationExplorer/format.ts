/** Number and interval formatting for the activation explorer (pure, tested beside this file). */

/** A number as a reader reads it: up to `digits` significant digits, a real minus sign, ∞ for infinities. */
export function formatNumber(v: number, digits = 4): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "∞";
  if (v === Number.NEGATIVE_INFINITY) return "−∞";
  if (v === 0) return "0";
  const abs = Math.abs(v);
  const text = abs < 1e-4 || abs >= 1e6 ? v.toExponential(digits - 1) : String(Number(v.toPrecision(digits)));
  return text.replaceAll("-", "−");
}

/**
 * An activation's range in interval notation, e.g. "[0, ∞)" or "(−1, 1)"; an infinite end is always
 * open. Non-round ends (GELU's minimum) are rounded to 4 significant digits and marked "≈".
 */
export function formatRange(range: readonly [number, number], closed: readonly [boolean, boolean]): string {
  const [lo, hi] = range;
  const open = closed[0] && Number.isFinite(lo) ? "[" : "(";
  const close = closed[1] && Number.isFinite(hi) ? "]" : ")";
  const end = (v: number): string => {
    const text = formatNumber(v);
    return Number.isFinite(v) && Number(v.toPrecision(4)) !== v ? `≈ ${text}` : text;
  };
  return `${open}${end(lo)}, ${end(hi)}${close}`;
}

/** `count` evenly spaced values from `start` to `stop` inclusive, each computed as start + i·step. */
export function linspace(start: number, stop: number, count: number): number[] {
  const step = (stop - start) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? stop : start + i * step));
}
