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
  const fakes = {
    window: { addEventListener: (_: string, fn: (typeof listeners)[number]) => listeners.push(fn) },
    document: { createElement: () => iframe, body: { appendChild() {} } },
  };
  // Put back as they were, absent included: the unit tests' files share their worker's global object.
  const saved = Object.keys(fakes).map((key) => [key, Object.getOwnPropertyDescriptor(globalThis, key)] as const);
  for (const [key, value] of Object.entries(fakes)) {
    Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  }
  const restore = () => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, key, descriptor);
      else delete (globalThis as Record<string, unknown>)[key];
    }
  };
  const say = (event: HostEvent) => {
    for (const fn of listeners) fn({ source: contentWindow, data: encodeHostEvent(event) });
  };
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

  /** One run that outputs each of `outputs` (as the worker does, an entry a message) and ends. */
  async function runOnce(runner: SandboxRunner, runId: number, outputs: OutputEntry[]) {
    runner.run(options, noop);
    page.say({ type: "ready" });
    await settle();
    for (const entry of outputs) page.say({ type: "output", runId, entries: encodeEntries([entry]) });
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
    await runOnce(runner, 2, [chart, text]);
    expect(page.sent).toEqual(["run", "run", "warm"]);
    // The pointer then moving over the playground says nothing more before that run.
    runner.warm();
    await settle();
    expect(page.sent).toEqual(["run", "run", "warm"]);
  });

  it("does not warm after a stop: the reader's pointer or keys on Stop say it, and a page that unmounts does not", async () => {
    const runner = new SandboxRunner("runner.html");
    const handle = runner.run(options, noop);
    page.say({ type: "ready" });
    await settle();
    page.say({ type: "output", runId: 1, entries: encodeEntries([chart]) });
    handle.stop();
    await settle();
    expect(page.sent).toEqual(["run", "stop"]);
  });
});
