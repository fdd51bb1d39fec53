/**
 * Scales and ticks for {@link LineChart}: pure functions, tested beside this file.
 * The tick rule is d3-array's `ticks` (steps of 1, 2 or 5 times a power of ten).
 */

/** How a numeric axis maps values to positions. */
export type ScaleType = "linear" | "log";

/** A step of 1, 2 or 5 × 10^k giving about `count` ticks over [min, max] (d3-array's `tickIncrement` rule). */
export function tickStep(min: number, max: number, count: number): number {
  const raw = Math.abs(max - min) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/**
 * About `count` round tick values inside [min, max]. Values are computed as `i * step` (not by
 * repeated addition), so 0.1-steps print as 0.3 rather than 0.30000000000000004.
 */
export function linearTicks(min: number, max: number, count = 6): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const step = tickStep(min, max, count);
  const first = Math.ceil(min / step);
  const last = Math.floor(max / step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(step >= 1 ? i * step : i / Math.round(1 / step));
  return ticks;
}

/** Powers of ten inside [min, max] (both > 0), thinned to at most `count` ticks. */
export function logTicks(min: number, max: number, count = 6): number[] {
  if (!(min > 0) || !(max > 0)) return [];
  const lo = Math.ceil(Math.log10(min) - 1e-9);
  const hi = Math.floor(Math.log10(max) + 1e-9);
  const every = Math.max(1, Math.ceil((hi - lo + 1) / count));
  const ticks: number[] = [];
  for (let k = lo; k <= hi; k += every) ticks.push(10 ** k);
  return ticks;
}

/** Maps [d0, d1] to [r0, r1], linearly or on log10 (the log scale maps values <= 0 to NaN). */
export function createScale(
  type: ScaleType,
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (v: number) => number {
  if (type === "log") {
    const l0 = Math.log10(d0);
    const span = Math.log10(d1) - l0 || 1;
    return (v) => (v > 0 ? r0 + ((Math.log10(v) - l0) / span) * (r1 - r0) : Number.NaN);
  }
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/**
 * The smallest and largest finite values of `values` (positive ones only on a log scale), widened
 * when they coincide so the axis never has zero length; [0, 1] (or [1, 10]) when there is none.
 */
export function extent(values: Iterable<number>, type: ScaleType = "linear"): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v) || (type === "log" && v <= 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return type === "log" ? [1, 10] : [0, 1];
  if (lo === hi) return type === "log" ? [lo / 10, hi * 10] : [lo - 1, hi + 1];
  return [lo, hi];
}

/** A tick label: up to 4 significant digits, exponent form for powers of ten on a log axis. */
export function formatTick(v: number, type: ScaleType = "linear"): string {
  if (type === "log") {
    const k = Math.round(Math.log10(v));
    if (k >= -2 && k <= 3) return String(10 ** k >= 1 ? 10 ** k : Number((10 ** k).toFixed(-k)));
    return `1e${k}`;
  }
  if (v === 0) return "0";
  const abs = Math.abs(v);
  if (abs >= 1e5 || abs < 1e-3) return v.toExponential(0).replace("+", "");
  return String(Number(v.toPrecision(4))).replace("-", "−");
}
