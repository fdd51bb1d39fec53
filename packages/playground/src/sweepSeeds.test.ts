import { afterEach, describe, expect, it } from "vitest";
import { PROGRESS_HOOK, type Progress } from "./hooks.js";
import { createCapture, type OutputEntry, outputToText } from "./output.js";
import { sweepSeeds } from "./sweepSeeds.js";

const scope = globalThis as Record<string, unknown>;
const realConsole = console;

afterEach(() => {
  delete scope[PROGRESS_HOOK];
  delete scope.__nnPlaygroundChart;
  // A capture installed on globalThis replaced console too: the next test, and the next file in this
  // worker (the unit tests share their workers' modules and globals), get the real one back.
  Object.defineProperty(scope, "console", { value: realConsole, configurable: true, writable: true });
});

describe("sweepSeeds", () => {
  it("sweepSeeds(5, run) runs seeds 0 to 4 in order and keeps each result by seed", () => {
    const sweep = sweepSeeds(5, (seed) => seed * 10);
    expect(sweep.seeds).toEqual([0, 1, 2, 3, 4]);
    expect(sweep.results).toEqual([0, 10, 20, 30, 40]);
  });

  it("sweepSeeds([7, 3], run) runs exactly the given seeds", () => {
    const ran: number[] = [];
    const sweep = sweepSeeds([7, 3], (seed) => ran.push(seed));
    expect(ran).toEqual([7, 3]);
    expect(sweep.seeds).toEqual([7, 3]);
  });

  it("count() says how many seeds show an effect, which ones, in words a reader can quote", () => {
    const sweep = sweepSeeds(20, (seed) => ({ dead: seed % 3 === 0 ? 2 : 0 }));
    const c = sweep.count((r) => r.dead > 0);
    expect(c).toEqual({ hits: 7, total: 20, seeds: [0, 3, 6, 9, 12, 15, 18], text: "7 of 20 seeds" });
    expect(sweep.count((_, seed) => seed === 4).text).toBe("1 of 20 seeds");
    expect(sweepSeeds(1, () => 0).count(() => true).text).toBe("1 of 1 seed");
  });

  it("spread() gives NumPy's median (mean of the middle two for an even count), min and max", () => {
    const odd = sweepSeeds(5, (seed) => [0.5, 1, 0.9, 0.95, 0.7][seed] as number).spread((v) => v);
    expect(odd).toMatchObject({ median: 0.9, min: 0.5, max: 1, nan: 0 });
    expect(odd.text).toBe("median 0.900, range 0.500 to 1.000 (5 seeds)");
    const even = sweepSeeds(4, (seed) => seed).spread((v) => v, 1);
    expect(even.median).toBe(1.5);
    expect(even.text).toBe("median 1.5, range 0.0 to 3.0 (4 seeds)");
  });

  it("spread() leaves NaN out of median and range, and says in how many seeds it appeared", () => {
    const s = sweepSeeds(4, (seed) => (seed === 2 ? Number.NaN : seed)).spread((v) => v, 0);
    expect(s).toMatchObject({ median: 1, min: 0, max: 3, nan: 1 });
    expect(s.values.map(Number.isNaN)).toEqual([false, false, true, false]);
    expect(s.text).toBe("median 1, range 0 to 3 (4 seeds, NaN in 1)");
    expect(sweepSeeds(2, () => Number.NaN).spread((v) => v).text).toBe("NaN in all 2 seeds");
  });

  it("in a playground, one progress line counts the seeds as they finish", () => {
    const seen: Progress[] = [];
    scope[PROGRESS_HOOK] = (p: Progress) => seen.push(p);
    sweepSeeds(3, () => 0, { label: "dead units" });
    expect(seen.map((p) => p.text)).toEqual([
      "dead units: 0 of 3 seeds done",
      "dead units: 1 of 3 seeds done",
      "dead units: 2 of 3 seeds done",
      "dead units: 3 of 3 seeds done",
    ]);
    expect(new Set(seen.map((p) => p.id)).size).toBe(1);
  });

  it("two sweeps get two progress lines, each printed once in its last state, where it began", () => {
    const entries: OutputEntry[] = [];
    const capture = createCapture((e) => entries.push(e), { maxEntries: 3, maxChars: 1000 });
    capture.install(globalThis);
    capture.console.log("before");
    sweepSeeds(30, () => 0);
    sweepSeeds(2, () => 0, { label: "second" });
    // 30 updates of one line count once against the 3-entry cap; the third entry is the second sweep.
    expect(capture.dropped).toBe(0);
    expect(outputToText(entries)).toBe("before\nsweep: 30 of 30 seeds done\nsecond: 2 of 2 seeds done\n");
  });

  it("outside a playground a sweep prints nothing", () => {
    const printed: unknown[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => void printed.push(a);
    try {
      sweepSeeds(3, () => 1);
    } finally {
      console.log = log;
    }
    expect(printed).toEqual([]);
  });

  it("rejects seeds, run and summaries it cannot use, naming what arrived", () => {
    const run = (s: number) => s;
    expect(() => sweepSeeds(0, run)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sweepSeeds: seeds must be a whole number of seeds from 1 to 10000, or an array of seeds; got 0.]`,
    );
    expect(() => sweepSeeds(2.5, run)).toThrow(/got 2.5\./);
    expect(() => sweepSeeds([], run)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sweepSeeds: seeds must hold 1 to 10000 seeds; got 0.]`,
    );
    expect(() => sweepSeeds([1, 1], run)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sweepSeeds: seeds[1] repeats seed 1; each seed must appear once.]`,
    );
    expect(() => sweepSeeds([1, 0.5], run)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: sweepSeeds: seeds[1] must be an integer; got 0.5.]`,
    );
    expect(() => sweepSeeds("20" as unknown as number, run)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: sweepSeeds: seeds must be a number of seeds or an array of seeds; got string.]`,
    );
    expect(() => sweepSeeds(2, null as unknown as typeof run)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: sweepSeeds: run must be a function of the seed; got null.]`,
    );
    expect(() => sweepSeeds(2, async (s) => s)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: sweepSeeds: run returned a Promise for seed 0; a sweep runs synchronous code only (call fit, not an async loop).]`,
    );
    const sweep = sweepSeeds(2, run);
    expect(() => sweep.spread(() => "x" as unknown as number)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: sweepSeeds: spread(value) must return a number; got string for seed 0.]`,
    );
    expect(() => sweep.spread((v) => v, -1)).toThrow(/digits must be a whole number from 0 to 20; got -1/);
  });
});
