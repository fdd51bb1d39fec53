import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineChart } from "./charts.js";
import { heatmapChart } from "./heatmapChart.js";
import { CHART_HOOK, PROGRESS_HOOK } from "./hooks.js";
import { createCapture, type OutputEntry } from "./output.js";
import { decodeEntries, decodeHostEvent, encodeEntries, encodeHostEvent, type HostEvent } from "./protocol.js";

/** The entries the calls emit, captured as the runner captures them. */
function emitted(draw: () => void): OutputEntry[] {
  const entries: OutputEntry[] = [];
  const scope = globalThis as unknown as Record<string, unknown>;
  const saved = { console: scope.console, chart: scope[CHART_HOOK], progress: scope[PROGRESS_HOOK] };
  createCapture((e) => entries.push(e)).install(globalThis);
  try {
    draw();
  } finally {
    Object.defineProperty(scope, "console", { value: saved.console, configurable: true, writable: true });
    for (const [name, value] of [
      [CHART_HOOK, saved.chart],
      [PROGRESS_HOOK, saved.progress],
    ] as const) {
      if (value === undefined) delete scope[name];
      else Object.defineProperty(scope, name, { value, configurable: true });
    }
  }
  return entries;
}

describe("encodeEntries / decodeEntries", () => {
  it("round-trips text, progress and charts as structured cloning would", () => {
    const entries: OutputEntry[] = [
      { kind: "text", level: "log", text: 'a "quoted" line\nwith \u0000 and 🙂' },
      { kind: "progress", progress: { id: "train", text: "epoch 3", done: 3, total: 10 } },
      ...emitted(() => {
        lineChart({ id: "loss", x: [0, 1, 2, 3], series: [{ name: "loss", y: [1, Number.NaN, 0.5, 0.25] }] });
        heatmapChart({
          id: "map",
          x: [0, 1],
          y: [0, 1],
          z: [
            [0, 1],
            [2, 3],
          ],
          points: [[0.5, 0.5]],
          labels: [1],
        });
      }),
    ];
    const text = encodeEntries(entries);
    expect(typeof text).toBe("string");
    expect(decodeEntries(text)).toEqual(structuredClone(entries));
  });

  it("keeps the numbers JSON cannot hold: NaN, ±Infinity and -0", () => {
    const chart = emitted(() =>
      lineChart({
        x: [0, 1, 2, 3],
        series: [{ y: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0] }],
      }),
    );
    const decoded = decodeEntries(encodeEntries(chart));
    const y = (decoded[0] as Extract<OutputEntry, { kind: "chart" }>).chart;
    expect(y).toEqual((chart[0] as Extract<OutputEntry, { kind: "chart" }>).chart);
    const series = (y as { series: { y: number[] }[] }).series[0]?.y ?? [];
    expect(series[0]).toBeNaN();
    expect(series[1]).toBe(Number.POSITIVE_INFINITY);
    expect(series[2]).toBe(Number.NEGATIVE_INFINITY);
    expect(Object.is(series[3], -0)).toBe(true);
  });

  it("leaves reader text that looks like a tag alone", () => {
    const entries: OutputEntry[] = [{ kind: "text", level: "log", text: '{"$number":"NaN"}' }];
    expect(decodeEntries(encodeEntries(entries))).toEqual(entries);
  });

  it("any number survives, inside any nesting (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double())), fc.string(), (rows, text) => {
        // A progress entry's fields are numbers; a chart-like nesting of arrays stands in for series.
        const entries = [
          { kind: "text", level: "log", text },
          { kind: "chart", chart: { type: "line", x: rows.flat(), series: rows.map((y) => ({ y })) } },
        ] as unknown as OutputEntry[];
        expect(decodeEntries(encodeEntries(entries))).toEqual(entries);
      }),
    );
  });
});

describe("encodeHostEvent / decodeHostEvent", () => {
  it("posts every event as text and reads it back, the entries untouched", () => {
    const entries = encodeEntries([{ kind: "text", level: "log", text: "line one\nline two" }]);
    const events: HostEvent[] = [
      { type: "ready" },
      { type: "output", runId: 3, entries },
      { type: "end", runId: 3, status: "timeout", dropped: 2, ms: 12.5 },
    ];
    for (const event of events) {
      const text = encodeHostEvent(event);
      expect(typeof text).toBe("string");
      expect(decodeHostEvent(text)).toEqual(event);
    }
    const output = decodeHostEvent(encodeHostEvent({ type: "output", runId: 3, entries }));
    expect(output?.type === "output" && decodeEntries(output.entries)).toEqual([
      { kind: "text", level: "log", text: "line one\nline two" },
    ]);
  });

  it("ignores messages that are not host events", () => {
    for (const message of [{ type: "ready" }, "", "not json", "42", "null", '{"kind":"x"}', 7, null, undefined]) {
      expect(decodeHostEvent(message)).toBeNull();
    }
  });
});
