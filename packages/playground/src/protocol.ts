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
  | { type: "stop"; runId: number };

/** Host → page. */
export type HostEvent =
  | { type: "ready" }
  | { type: "output"; runId: number; entries: OutputEntry[] }
  | { type: "end"; runId: number; status: RunStatus; dropped: number; ms: number };

/**
 * Host → worker: first "prepare" (right after the worker starts, before any run is asked for), then one
 * "run".
 */
export type WorkerRequest =
  | {
      type: "prepare";
      /** ES module text of the core build and of `@nn-explained/playground`. */
      core: string;
      api: string;
    }
  | { type: "run"; files: Record<string, string>; entry: string; limits: OutputLimits };

/** Worker → host. */
export type WorkerEvent =
  | { type: "output"; entries: OutputEntry[] }
  | { type: "end"; status: "done" | "error"; dropped: number };

/** What the build's playground plugin hands the page (`usePluginData("playground")`). */
export interface PlaygroundGlobalData {
  /** The runner page, and the core build and chart helper for exported projects, relative to the baseUrl. */
  runnerPath: string;
  corePath: string;
  apiPath: string;
}
