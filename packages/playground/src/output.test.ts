import { describe, expect, it } from "vitest";
import { createCapture, mergeEntries, type OutputEntry, outputToText } from "./output.js";

describe("createCapture", () => {
  it("console.log/warn/error/table become entries formatted by the shared formatter", () => {
    const entries: OutputEntry[] = [];
    const { console: c } = createCapture((e) => entries.push(e));
    c.log("p =", [0.1234567, 1]);
    c.warn("careful");
    c.error(new TypeError("bad"));
    c.group("epoch 1");
    c.info("loss", 0.5);
    c.groupEnd();
    c.assert(1 > 2, "math");
    expect(outputToText(entries)).toBe(
      "p = [0.123457, 1]\n[warn] careful\n[error] TypeError: bad\nepoch 1\n  loss 0.5\n[error] Assertion failed: math\n",
    );
  });

  it("output beyond the cap is dropped, counted, and the text says so", () => {
    const entries: OutputEntry[] = [];
    const capture = createCapture((e) => entries.push(e), { maxEntries: 3, maxChars: 1000 });
    for (let i = 0; i < 10; i++) capture.console.log(i);
    expect(entries).toHaveLength(3);
    expect(capture.dropped).toBe(7);
    expect(outputToText(entries, capture.dropped)).toBe("0\n1\n2\n… output truncated: 7 more entries not shown.\n");
  });

  it("charts with the same id keep the last version at the first one's place", () => {
    const entries: OutputEntry[] = [];
    const capture = createCapture((e) => entries.push(e));
    const scope = {} as typeof globalThis;
    capture.install(scope);
    const hook = (scope as unknown as Record<string, (c: unknown) => void>).__nnPlaygroundChart;
    hook?.({ type: "line", id: "loss", title: "loss", x: [0], series: [{ y: [1] }] });
    capture.console.log("epoch 2");
    hook?.({ type: "line", id: "loss", title: "loss", x: [0, 1], series: [{ y: [1, 0.5] }] });
    expect(outputToText(entries)).toBe('[line chart "loss": series 1; 2 points]\nepoch 2\n');
  });

  it("a chart redrawn by id counts once against the entry cap, like a progress line", () => {
    const entries: OutputEntry[] = [];
    const capture = createCapture((e) => entries.push(e), { maxEntries: 2, maxChars: 1000 });
    const scope = {} as typeof globalThis;
    capture.install(scope);
    const hook = (scope as unknown as Record<string, (c: unknown) => void>).__nnPlaygroundChart;
    for (let epoch = 0; epoch < 50; epoch++) hook?.({ type: "line", id: "loss", x: [epoch], series: [{ y: [1] }] });
    capture.console.log("done");
    capture.console.log("dropped");
    expect(entries).toHaveLength(51);
    expect(capture.dropped).toBe(1);
  });

  it("mergeEntries keeps one entry per chart or progress id, in its last state, where it began", () => {
    const chart = (id: string, n: number): OutputEntry => ({
      kind: "chart",
      chart: { type: "line", id, x: [n], series: [{ y: [n] }] },
    });
    const log = (text: string): OutputEntry => ({ kind: "text", level: "log", text });
    const progress = (done: number): OutputEntry => ({
      kind: "progress",
      progress: { id: "p", text: `${done}`, done, total: 2 },
    });
    const stream = [
      chart("a", 1),
      log("x"),
      progress(1),
      chart("b", 1),
      chart("a", 2),
      progress(2),
      log("y"),
      chart("a", 3),
    ];
    const merged = mergeEntries([], stream.slice(0, 3));
    mergeEntries(merged, stream.slice(3));
    expect(merged).toEqual([chart("a", 3), log("x"), progress(2), chart("b", 1), log("y")]);
    // Nothing a reader sees changes.
    expect(outputToText(merged)).toBe(outputToText(stream));
  });

  it("an uncaught error names the reader's file and line", () => {
    const entries: OutputEntry[] = [];
    createCapture((e) => entries.push(e)).uncaught(new RangeError("too big"), "main.ts:7");
    expect(outputToText(entries)).toBe("[error] Uncaught RangeError: too big\n    at main.ts:7\n");
  });
});
