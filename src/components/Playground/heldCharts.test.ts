import type { Chart } from "@nn-explained/playground";
import { latestCharts, type OutputEntry } from "@nn-explained/playground/output";
import { describe, expect, it } from "vitest";
import { holdCharts } from "./heldCharts";
import type { RunView } from "./useBufferedRun";

const line = (id: string | undefined, y: number): Chart =>
  ({ type: "line", id, x: [0, 1], series: [{ name: "loss", y: [y, y] }] }) as unknown as Chart;
const chart = (c: Chart): OutputEntry => ({ kind: "chart", chart: c });
const text = (t: string): OutputEntry => ({ kind: "text", level: "log", text: t });
const running = (entries: OutputEntry[]): RunView => ({ entries, dropped: 0, state: { kind: "running" } });

describe("holdCharts", () => {
  const a0 = line("a", 0);
  const b0 = line("b", 0);
  const anonymous = line(undefined, 0);
  const previous = [text("before"), chart(a0), chart(anonymous), chart(b0)];

  it("keeps the previous charts with an id, in their order and marked as held, before the run draws anything", () => {
    const v = holdCharts(previous, running([]));
    expect(latestCharts(v.entries)).toEqual([a0, b0]);
    expect([...v.held]).toEqual([a0, b0]);
    // The previous run's text is not the new run's.
    expect(v.entries.some((e) => e.kind === "text")).toBe(false);
  });

  it("replaces a held chart where it stands when the run draws its id, and appends the new ones", () => {
    const b1 = line("b", 1);
    const c1 = line("c", 1);
    const v = holdCharts(previous, running([text("now"), chart(b1), chart(c1)]));
    expect(latestCharts(v.entries)).toEqual([a0, b1, c1]);
    expect([...v.held]).toEqual([a0]);
    expect(v.entries.filter((e) => e.kind === "text")).toEqual([text("now")]);
  });

  it("shows only what the run drew once it has ended, and leaves a view without held charts as it is", () => {
    const b1 = line("b", 1);
    const ended: RunView = {
      entries: [chart(b1)],
      dropped: 0,
      state: { kind: "ended", status: "done", ms: 3, timeLimitMs: 1000, count: 1 },
    };
    const v = holdCharts(previous, ended);
    expect(v.entries).toEqual(ended.entries);
    expect(v.held.size).toBe(0);
    const fresh = running([text("x")]);
    expect(holdCharts([text("old"), chart(anonymous)], fresh)).toEqual({ ...fresh, held: new Set() });
  });

  it("holds one chart per id when the previous output redrew it", () => {
    const a1 = line("a", 1);
    const v = holdCharts([chart(a0), chart(a1)], running([]));
    expect(latestCharts(v.entries)).toEqual([a1]);
    expect([...v.held]).toEqual([a1]);
  });
});
