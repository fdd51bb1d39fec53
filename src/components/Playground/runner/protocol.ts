// Messages between the page, the sandboxed runner iframe (host.ts) and its worker (worker.ts).
import type { OutputEntry, OutputLimits } from "./output";

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

/** Host → worker. */
export interface WorkerRequest {
  files: Record<string, string>;
  entry: string;
  /** ES module text of the core build and of `@nn-explained/playground`. */
  core: string;
  api: string;
  limits: OutputLimits;
}

/** Worker → host. */
export type WorkerEvent =
  | { type: "output"; entries: OutputEntry[] }
  | { type: "end"; status: "done" | "error"; dropped: number };
