// Shared timing helpers for the benchmarks. Benchmarks are measurements, never tests:
// they print and record numbers; nothing here fails on a time.

/**
 * Times `fn` and returns the median of `samples` runs in milliseconds, after `warmup` runs.
 * Each sample runs `fn` enough times to last at least `minSampleMs`, so short calls are not
 * dominated by timer resolution.
 */
export async function timeMedian(fn, { samples = 9, warmup = 2, minSampleMs = 50 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) await fn();
    if (performance.now() - t0 >= minSampleMs || reps >= 1 << 20) break;
    reps *= 2;
  }
  const times = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) await fn();
    times.push((performance.now() - t0) / reps);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Formats milliseconds with three significant digits. */
export function ms(x) {
  return x >= 100 ? `${x.toFixed(0)} ms` : x >= 1 ? `${x.toPrecision(3)} ms` : `${(x * 1000).toPrecision(3)} µs`;
}

/** Renders rows (objects with the same keys) as a Markdown table. */
export function table(rows) {
  if (rows.length === 0) return "";
  const keys = Object.keys(rows[0]);
  const lines = [`| ${keys.join(" | ")} |`, `| ${keys.map(() => "---").join(" | ")} |`];
  for (const r of rows) lines.push(`| ${keys.map((k) => String(r[k])).join(" | ")} |`);
  return lines.join("\n");
}
