import type { OutputEntry } from "@nn-explained/playground/output";
import { encodeEntries, encodeHostEvent, type HostEvent, type HostRequest } from "@nn-explained/playground/protocol";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SandboxRunner } from "./client";

/**
 * The page's side of the runner against a fake page: the runner's iframe records what it is sent, and `say`
 * posts what the runner page would (./host.ts).
 */
function fakePage() {
  const sent: HostRequest["type"][] = [];
  const listeners: ((event: { source: unknown; data: unknown }) => void)[] = [];
  const contentWindow = { postMessage: (req: HostRequest) => sent.push(req.type) };
  const iframe = { setAttribute() {}, style: {}, contentWindow, remove() {} };
  const globals = globalThis as unknown as Record<string, unknown>;
  const saved = { window: globals.window, document: globals.document };
  globals.window = { addEventListener: (_: string, fn: (typeof listeners)[number]) => listeners.push(fn) };
  globals.document = { createElement: () => iframe, body: { appendChild() {} } };
  const say = (event: HostEvent) => {
    for (const fn of listeners) fn({ source: contentWindow, data: encodeHostEvent(event) });
  };
  const restore = () => Object.assign(globals, saved);
  return { sent, say, restore };
}

/** Lets the runner's promises (its iframe ready) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const chart: OutputEntry = {
  kind: "chart",
  chart: { type: "line", id: "loss", x: [0, 1], series: [{ name: "loss", y: [1, 0.5] }] },
};
const text: OutputEntry = { kind: "text", level: "log", text: "done" };
const noop = { onOutput() {}, onEnd() {} };
const options = { files: { "/index.ts": "" }, entry: "/index.ts", timeLimitMs: 10_000 };

describe("the page's runner client", () => {
  let page: ReturnType<typeof fakePage>;
  beforeEach(() => {
    page = fakePage();
  });
  afterEach(() => page.restore());

  /** One run that outputs `entries` and ends; what the runner page was sent by then. */
  async function runOnce(runner: SandboxRunner, runId: number, entries: OutputEntry[]) {
    runner.run(options, noop);
    page.say({ type: "ready" });
    await settle();
    page.say({ type: "output", runId, entries: encodeEntries(entries) });
    page.say({ type: "end", runId, status: "done", dropped: 0, ms: 1 });
    await settle();
  }

  it("says a run may come once until the next run", async () => {
    const runner = new SandboxRunner("runner.html");
    runner.warm();
    runner.warm();
    page.say({ type: "ready" });
    await settle();
    expect(page.sent).toEqual(["warm"]);
    await runOnce(runner, 1, [text]);
    runner.warm();
    await settle();
    expect(page.sent).toEqual(["warm", "run", "warm"]);
  });

  it("warms the next run's worker when a run that drew charts ends, and not after one that only printed", async () => {
    const runner = new SandboxRunner("runner.html");
    await runOnce(runner, 1, [text]);
    expect(page.sent).toEqual(["run"]);
    await runOnce(runner, 2, [text, chart]);
    expect(page.sent).toEqual(["run", "run", "warm"]);
    // The pointer then moving over the playground says nothing more before that run.
    runner.warm();
    await settle();
    expect(page.sent).toEqual(["run", "run", "warm"]);
  });

  it("warms the next run's worker when the reader stops a run that drew charts", async () => {
    const runner = new SandboxRunner("runner.html");
    const handle = runner.run(options, noop);
    page.say({ type: "ready" });
    await settle();
    page.say({ type: "output", runId: 1, entries: encodeEntries([chart]) });
    handle.stop();
    await settle();
    expect(page.sent).toEqual(["run", "stop", "warm"]);
  });
});
