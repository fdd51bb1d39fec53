// Messages between the page, the sandboxed runner iframe (the site's runner/host.ts) and its worker
// (runner/worker.ts), and what the build hands the page.
import type { OutputEntry, OutputLimits } from "./output.js";

/** How a run ended. */
export type RunStatus = "done" | "error" | "timeout" | "stopped";

/** Page → host. */
export type HostRequest =
  | {
      type: "run";
      runId: number;
      /** File name → source, e.g. `{ "main.ts": "…" }`. */
      files: Record<string, string>;
      entry: string;
      timeLimitMs: number;
      limits: OutputLimits;
    }
  | { type: "stop"; runId: number }
  /**
   * The reader may run soon (a pointer on a playground, focus in it, a key pressed there, or the end of a run
   * that drew charts): warm up.
   */
  | { type: "warm" };

/** Host → page, posted as `encodeHostEvent` text; `entries` as the worker encoded them. */
export type HostEvent =
  | { type: "ready" }
  | { type: "output"; runId: number; entries: EncodedEntries }
  | { type: "end"; runId: number; status: RunStatus; dropped: number; ms: number };

/**
 * Host → worker: first "prepare" (right after the worker starts, before any run is asked for), then one
 * "run", and before it, when the reader may run soon, "warm" (src/components/Playground/runner/warmUp.ts).
 */
export type WorkerRequest =
  | {
      type: "prepare";
      /** ES module text of the core build and of `@nn-explained/playground`. */
      core: string;
      api: string;
    }
  | { type: "warm" }
  | { type: "run"; files: Record<string, string>; entry: string; limits: OutputLimits };

/** Worker → host. The worker encodes, so the work is off every page's main thread; the host relays. */
export type WorkerEvent =
  | { type: "output"; entries: EncodedEntries }
  | { type: "end"; status: "done" | "error"; dropped: number };

/** What the build's playground plugin hands the page (`usePluginData("playground")`). */
export interface PlaygroundGlobalData {
  /** The runner page, and the core build and chart helper for exported projects, relative to the baseUrl. */
  runnerPath: string;
  corePath: string;
  apiPath: string;
}

/** Output entries as `encodeEntries` wrote them. */
export type EncodedEntries = string & { readonly __encodedEntries: unique symbol };

// A number JSON cannot hold travels as `{"$number":"NaN"}`. Entries hold no object of that shape
// otherwise: every object in them is built by this package (charts, progress), not by reader code.
const TAG = "$number";

/**
 * Output entries as text. The worker encodes them (off every main thread); the host relays the text;
 * the page decodes it. NaN, ±Infinity and -0, which a chart may carry and JSON cannot, keep their values.
 */
export function encodeEntries(entries: readonly OutputEntry[]): EncodedEntries {
  return JSON.stringify(entries, (_key, value: unknown) => {
    if (typeof value !== "number") return value;
    // `String(-0)` is "0": -0 is spelt out.
    if (Object.is(value, -0)) return { [TAG]: "-0" };
    return Number.isFinite(value) ? value : { [TAG]: String(value) };
  }) as EncodedEntries;
}

/** The entries `encodeEntries` wrote. */
export function decodeEntries(text: EncodedEntries): OutputEntry[] {
  if (!text.includes(`"${TAG}"`)) return JSON.parse(text) as OutputEntry[];
  return JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === "object" && TAG in value) {
      const tagged = (value as Record<string, unknown>)[TAG];
      if (typeof tagged === "string" && Object.keys(value).length === 1) return Number(tagged);
    }
    return value;
  }) as OutputEntry[];
}

/**
 * A host event as the host posts it: text, never an object. Chromium's page blocks for about 10 ms when it
 * reads an object posted from the runner's frame (measured with 16-60 kB of chart data: every redraw of a
 * training chart), while a string of any size arrives at once. An output event is its header's JSON, a
 * newline, and the entries' text as the worker encoded it, so the page parses the entries once.
 */
export function encodeHostEvent(event: HostEvent): string {
  if (event.type !== "output") return JSON.stringify(event);
  return `${JSON.stringify({ type: event.type, runId: event.runId })}\n${event.entries}`;
}

/** The event `encodeHostEvent` wrote, or null for a message that is not one. */
export function decodeHostEvent(message: unknown): HostEvent | null {
  if (typeof message !== "string") return null;
  const cut = message.indexOf("\n");
  let header: unknown;
  try {
    header = JSON.parse(cut < 0 ? message : message.slice(0, cut));
  } catch {
    return null;
  }
  if (header === null || typeof header !== "object" || !("type" in header)) return null;
  const event = header as HostEvent;
  return event.type === "output" ? { ...event, entries: message.slice(cut + 1) as EncodedEntries } : event;
}
