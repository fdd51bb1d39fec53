// The page's side of the runner: one hidden sandboxed iframe per page (runner.html from the site's own
// origin), shared by every playground on it. Each run gets a fresh worker inside that iframe.
import type { OutputEntry, OutputLimits } from "@nn-explained/playground/output";
import { DEFAULT_LIMITS, mergeEntries } from "@nn-explained/playground/output";
import { decodeEntries, decodeHostEvent, type HostRequest, type RunStatus } from "@nn-explained/playground/protocol";

/** What a run reports while it runs and when it ends. */
export interface RunCallbacks {
  onOutput(entries: OutputEntry[]): void;
  onEnd(result: { status: RunStatus; dropped: number; ms: number }): void;
}

export interface RunOptions {
  files: Record<string, string>;
  entry: string;
  timeLimitMs: number;
  limits?: OutputLimits;
}

/** A running run: `stop()` terminates its worker. */
export interface RunHandle {
  stop(): void;
}

// If the iframe itself stops answering (it should not: reader code runs in a worker), the page gives up
// this long after the time limit and starts a new iframe.
const WATCHDOG_GRACE_MS = 2000;

export class SandboxRunner {
  private iframe: HTMLIFrameElement | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;
  /** The runs going, each with its watchdog and whether it has output a chart. */
  private readonly active = new Map<
    number,
    RunCallbacks & { watchdog: ReturnType<typeof setTimeout>; charted: boolean }
  >();

  constructor(private readonly src: string) {
    window.addEventListener("message", this.onMessage);
  }

  /** Creates the iframe (once); resolves when its script is ready. */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const iframe = document.createElement("iframe");
    iframe.setAttribute("sandbox", "allow-scripts");
    iframe.setAttribute("title", "Playground runner (hidden)");
    iframe.setAttribute("aria-hidden", "true");
    iframe.setAttribute("tabindex", "-1");
    iframe.setAttribute("data-playground-runner", "");
    iframe.style.cssText = "position:absolute;width:0;height:0;border:0;visibility:hidden";
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    iframe.src = this.src;
    document.body.appendChild(iframe);
    this.iframe = iframe;
    return this.ready;
  }

  private resolveReady: (() => void) | null = null;

  private readonly onMessage = (event: MessageEvent<unknown>) => {
    if (!this.iframe || event.source !== this.iframe.contentWindow) return;
    const msg = decodeHostEvent(event.data);
    if (!msg) return;
    if (msg.type === "ready") {
      this.resolveReady?.();
      return;
    }
    const run = this.active.get(msg.runId);
    if (!run) return;
    if (msg.type === "output") {
      const entries = decodeEntries(msg.entries);
      run.charted ||= entries.some((e) => e.kind === "chart");
      run.onOutput(entries);
    } else {
      clearTimeout(run.watchdog);
      this.active.delete(msg.runId);
      run.onEnd({ status: msg.status, dropped: msg.dropped, ms: msg.ms });
      // A run that drew charts is likely run again (the reader changes a number and presses Run), and a pointer
      // resting on Run, or Ctrl+Enter, would say so too late: the waiting worker warms up once no run goes
      // (./spares.ts). Not after a stop (the reader's pointer or keys on Stop say it; a page that unmounts a
      // playground stops its run and wants no warm-up) nor after the page drops a hung runner (`restart`).
      if (run.charted) this.warm();
    }
  };

  private send(req: HostRequest) {
    this.iframe?.contentWindow?.postMessage(req, "*");
  }

  /**
   * Says a run may come soon (the reader's pointer, focus or keys are on a playground, or a run that drew charts
   * has ended): the worker waiting for the next run warms up, once no run goes. Said once until that run: each
   * worker serves one run and warms up once.
   */
  warm(): void {
    if (this.warmAsked) return;
    this.warmAsked = true;
    void this.start().then(() => this.send({ type: "warm" }));
  }

  private warmAsked = false;

  run(options: RunOptions, callbacks: RunCallbacks): RunHandle {
    this.warmAsked = false;
    const runId = this.nextId++;
    let stopped = false;
    const watchdog = setTimeout(() => this.restart(), options.timeLimitMs + WATCHDOG_GRACE_MS);
    this.active.set(runId, { ...callbacks, watchdog, charted: false });
    void this.start().then(() => {
      if (stopped) return;
      this.send({
        type: "run",
        runId,
        files: options.files,
        entry: options.entry,
        timeLimitMs: options.timeLimitMs,
        limits: options.limits ?? DEFAULT_LIMITS,
      });
    });
    return {
      stop: () => {
        if (stopped || !this.active.has(runId)) return;
        stopped = true;
        this.send({ type: "stop", runId });
        // End the run on the page at once; the host's own "end" is then ignored.
        const run = this.active.get(runId);
        if (run) {
          clearTimeout(run.watchdog);
          this.active.delete(runId);
          run.onEnd({ status: "stopped", dropped: 0, ms: 0 });
        }
      },
    };
  }

  /** Drops an unresponsive iframe, ending its runs as timed out. */
  private restart() {
    this.warmAsked = false;
    this.iframe?.remove();
    this.iframe = null;
    this.ready = null;
    for (const [id, run] of this.active) {
      clearTimeout(run.watchdog);
      this.active.delete(id);
      run.onEnd({ status: "timeout", dropped: 0, ms: 0 });
    }
  }
}

let shared: SandboxRunner | null = null;

/** The page's runner for the runner page at `src` (created on first use). */
export function getRunner(src: string): SandboxRunner {
  shared ??= new SandboxRunner(src);
  return shared;
}

/** A run whose output is kept, so that whoever shows it can start watching late (see `startBufferedRun`). */
export interface BufferedRun {
  readonly entries: readonly OutputEntry[];
  readonly end: { status: RunStatus; dropped: number; ms: number } | null;
  /** Calls `onChange` after each batch of output and at the end; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
  stop(): void;
}

/**
 * Starts a run and keeps its output. The static playground starts one when the reader presses Run before
 * the editor has loaded, shows its output at once, and the editor adopts it when it arrives.
 */
export function startBufferedRun(src: string, options: RunOptions): BufferedRun {
  const entries: OutputEntry[] = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const fn of listeners) fn();
  };
  const record: { end: BufferedRun["end"] } = { end: null };
  const handle = getRunner(src).run(options, {
    onOutput(batch) {
      mergeEntries(entries, batch);
      notify();
    },
    onEnd(result) {
      record.end = result;
      notify();
    },
  });
  return {
    entries,
    get end() {
      return record.end;
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    stop: () => handle.stop(),
  };
}
