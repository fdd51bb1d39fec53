import { barChart, heatmapChart, lineChart, scatterChart } from "@nn-explained/playground";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { type ChartApi, createWarmUp, WARM_UP_DELAY_MS, warmUpRound } from "./warmUp";

const api: ChartApi = { barChart, heatmapChart, lineChart, scatterChart } as ChartApi;

// The chart helpers find the runner's hooks on the global object, as in the worker: the warm-up runs on
// this test's own global object, whose console must hear nothing and which must be left as it was.
let printed: MockInstance[] = [];
let keys: (string | symbol)[] = [];
const realConsole = globalThis.console;
beforeEach(() => {
  keys = Reflect.ownKeys(globalThis);
  printed = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(realConsole, level));
});
afterEach(() => {
  for (const spy of printed) spy.mockRestore();
});

/** Checks that nothing was printed, and that the global object has its console and keys back. */
function expectUntouched() {
  for (const spy of printed) expect(spy).not.toHaveBeenCalled();
  expect(globalThis.console).toBe(realConsole);
  expect(Reflect.ownKeys(globalThis)).toEqual(keys);
}

describe("the runner worker's warm-up", () => {
  it("a round draws every kind of chart into a capture, prints nothing and leaves the global object as it was", () => {
    const drawn: string[] = [];
    const watched = Object.fromEntries(
      Object.entries(api).map(([name, draw]: [string, (o: object) => void]) => [
        name,
        (options: object) => {
          drawn.push(name);
          draw(options);
        },
      ]),
    ) as unknown as ChartApi;
    warmUpRound(watched, globalThis);
    expect(drawn).toEqual(["heatmapChart", "heatmapChart", "scatterChart", "lineChart", "barChart"]);
    expectUntouched();
  });

  it("runs one chart a task after a pause, its rounds once, and stops at once when a run arrives", () => {
    const tasks: { next: () => void; ms: number }[] = [];
    const counting = { heatmapChart: vi.fn(), scatterChart: vi.fn(), lineChart: vi.fn(), barChart: vi.fn() };
    const calls = () => Object.values(counting).reduce((n, fn) => n + fn.mock.calls.length, 0);
    const warm = createWarmUp(counting, globalThis, (next, ms) => tasks.push({ next, ms }), 3);
    expect(tasks).toHaveLength(0);
    warm.start();
    warm.start();
    expect(tasks.map((t) => t.ms)).toEqual([WARM_UP_DELAY_MS]);
    const delays: number[] = [];
    for (let i = 0; i < 100 && tasks.length > 0; i++) {
      const task = tasks.shift() as (typeof tasks)[number];
      const before = calls();
      task.next();
      expect(calls() - before, "charts drawn in one task").toBeLessThanOrEqual(1);
      delays.push(task.ms);
    }
    expect(tasks).toEqual([]);
    expect(counting.heatmapChart).toHaveBeenCalledTimes(6);
    for (const fn of [counting.scatterChart, counting.lineChart, counting.barChart])
      expect(fn).toHaveBeenCalledTimes(3);
    expect(delays.slice(1).every((ms) => ms === 0)).toBe(true);

    // A run arrives after the first chart: nothing more is drawn.
    const stopped = { ...api, heatmapChart: vi.fn() };
    const queue: (() => void)[] = [];
    const second = createWarmUp(stopped, globalThis, (next) => queue.push(next));
    second.start();
    while (stopped.heatmapChart.mock.calls.length === 0) (queue.shift() as () => void)();
    second.stop();
    for (const task of queue.splice(0)) task();
    expect(stopped.heatmapChart).toHaveBeenCalledTimes(1);
    expect(queue).toEqual([]);
    expectUntouched();
  });

  it("a chart that throws ends the warm-up quietly, with the global object as it was", () => {
    const queue: (() => void)[] = [];
    const failing = {
      ...api,
      scatterChart: vi.fn(() => {
        throw new TypeError("scatterChart: no");
      }),
    };
    const warm = createWarmUp(failing, globalThis, (next) => queue.push(next));
    warm.start();
    for (let i = 0; i < 100 && queue.length > 0; i++) expect(() => (queue.shift() as () => void)()).not.toThrow();
    expect(queue).toEqual([]);
    expect(failing.scatterChart).toHaveBeenCalledTimes(1);
    expectUntouched();
  });
});
