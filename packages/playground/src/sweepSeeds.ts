// A claim drawn from a random demo is a claim about many seeds. `sweepSeeds` runs a demo once per seed
// and summarises the results in words a reader can quote ("dead units: 12 of 20 seeds"), with a live
// progress line in the playground's console while it runs.
import { emitProgress } from "./hooks.js";

/** How many seeds showed an effect. */
export interface SweepCount {
  /** Seeds for which the test held. */
  hits: number;
  /** Seeds run. */
  total: number;
  /** The seeds for which the test held, in sweep order. */
  seeds: number[];
  /** `"12 of 20 seeds"`. */
  text: string;
}

/** The spread of one number over the seeds. */
export interface SweepSpread {
  /** The median of the finite values (the mean of the two middle ones for an even count), as NumPy's. */
  median: number;
  min: number;
  max: number;
  /** The value of each seed, in sweep order (NaN included). */
  values: number[];
  /** Seeds whose value was NaN; they are left out of median, min and max. */
  nan: number;
  /** `"median 0.975, range 0.500 to 1.000 (20 seeds)"`. */
  text: string;
}

/** The results of a sweep, by seed, with the two summaries the articles quote. */
export interface SeedSweep<T> {
  /** The seeds, in the order they ran. */
  seeds: number[];
  /** What `run` returned for each seed: `results[i]` belongs to `seeds[i]`. */
  results: T[];
  /** How many seeds pass `test`. */
  count(test: (result: T, seed: number) => boolean): SweepCount;
  /** Median and range of `value` over the seeds, written with `digits` decimals (default 3). */
  spread(value: (result: T, seed: number) => number, digits?: number): SweepSpread;
}

/** Most seeds a sweep may run: a guard against a typo, far above what a browser demo can afford. */
export const MAX_SEEDS = 10_000;

let sweeps = 0;

function seedList(seeds: unknown): number[] {
  if (typeof seeds === "number") {
    if (!Number.isInteger(seeds) || seeds < 1 || seeds > MAX_SEEDS) {
      throw new RangeError(
        `sweepSeeds: seeds must be a whole number of seeds from 1 to ${MAX_SEEDS}, or an array of seeds; got ${seeds}.`,
      );
    }
    return Array.from({ length: seeds }, (_, i) => i);
  }
  if (!Array.isArray(seeds)) {
    throw new TypeError(
      `sweepSeeds: seeds must be a number of seeds or an array of seeds; got ${seeds === null ? "null" : typeof seeds}.`,
    );
  }
  if (seeds.length === 0 || seeds.length > MAX_SEEDS) {
    throw new RangeError(`sweepSeeds: seeds must hold 1 to ${MAX_SEEDS} seeds; got ${seeds.length}.`);
  }
  const seen = new Set<number>();
  return seeds.map((s: unknown, i) => {
    if (typeof s !== "number" || !Number.isSafeInteger(s)) {
      throw new TypeError(`sweepSeeds: seeds[${i}] must be an integer; got ${typeof s === "number" ? s : typeof s}.`);
    }
    if (seen.has(s)) throw new RangeError(`sweepSeeds: seeds[${i}] repeats seed ${s}; each seed must appear once.`);
    seen.add(s);
    return s;
  });
}

/** NumPy's median: the middle value, or the mean of the two middle values. */
function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function seedsWord(n: number): string {
  return n === 1 ? "1 seed" : `${n} seeds`;
}

/**
 * Runs `run` once per seed and keeps what it returns. In a playground, a progress line in the console
 * counts the seeds done as the sweep runs; outside one (Node, an exported project) it prints nothing.
 * @param seeds how many seeds (`20` runs seeds 0 to 19), or the seeds themselves
 * @param run one run of the demo for one seed; must return its result (not a Promise)
 * @param options `label` names the sweep in the progress line (default `"sweep"`)
 * @returns the results by seed, with `count` and `spread` to summarise them
 * @throws {RangeError} when `seeds` is not 1 to 10,000 seeds, or repeats a seed
 * @throws {TypeError} when `seeds` is not a number or an array of integers, `run` is not a function, or
 *   `run` returns a Promise
 * @example
 * const sweep = sweepSeeds(20, (seed) => trainAndCountDeadUnits(seed));
 * sweep.count((dead) => dead > 0).text //=> "12 of 20 seeds"
 * sweep.spread((dead) => dead, 0).text //=> "median 3, range 0 to 9 (20 seeds)"
 */
export function sweepSeeds<T>(
  seeds: number | readonly number[],
  run: (seed: number) => T,
  options: { label?: string } = {},
): SeedSweep<T> {
  const list = seedList(seeds);
  if (typeof run !== "function") {
    throw new TypeError(`sweepSeeds: run must be a function of the seed; got ${run === null ? "null" : typeof run}.`);
  }
  const label = options.label === undefined ? "sweep" : String(options.label);
  const id = `sweep-${++sweeps}`;
  const total = list.length;
  const progress = (done: number) =>
    emitProgress({ id, done, total, text: `${label}: ${done} of ${seedsWord(total)} done` });
  progress(0);
  const results: T[] = [];
  for (const seed of list) {
    const result = run(seed);
    if (result instanceof Promise) {
      throw new TypeError(
        `sweepSeeds: run returned a Promise for seed ${seed}; a sweep runs synchronous code only (call fit, not an async loop).`,
      );
    }
    results.push(result);
    progress(results.length);
  }
  return {
    seeds: list,
    results,
    count(test) {
      if (typeof test !== "function")
        throw new TypeError(`sweepSeeds: count(test) needs a function; got ${typeof test}.`);
      const hit = list.filter((seed, i) => test(results[i] as T, seed));
      return { hits: hit.length, total, seeds: hit, text: `${hit.length} of ${seedsWord(total)}` };
    },
    spread(value, digits = 3) {
      if (typeof value !== "function")
        throw new TypeError(`sweepSeeds: spread(value) needs a function; got ${typeof value}.`);
      if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
        throw new RangeError(`sweepSeeds: spread's digits must be a whole number from 0 to 20; got ${digits}.`);
      }
      const values = list.map((seed, i) => {
        const v = value(results[i] as T, seed);
        if (typeof v !== "number") {
          throw new TypeError(`sweepSeeds: spread(value) must return a number; got ${typeof v} for seed ${seed}.`);
        }
        return v;
      });
      const finite = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
      const nan = values.length - finite.length;
      const m = median(finite);
      const min = finite.length ? (finite[0] as number) : Number.NaN;
      const max = finite.length ? (finite[finite.length - 1] as number) : Number.NaN;
      const f = (v: number) => v.toFixed(digits);
      const text =
        finite.length === 0
          ? `NaN in all ${seedsWord(total)}`
          : `median ${f(m)}, range ${f(min)} to ${f(max)} (${seedsWord(total)}${nan ? `, NaN in ${nan}` : ""})`;
      return { median: m, min, max, values, nan, text };
    },
  };
}
