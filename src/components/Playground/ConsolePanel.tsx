import { consoleLines, type OutputEntry, truncationNotice } from "@nn-explained/playground/output";
import clsx from "clsx";
import type { ReactNode } from "react";
import styles from "./styles.module.css";

/** Where the output shown comes from, and how the run went. */
export type ConsoleState =
  | { kind: "recorded" }
  | { kind: "empty" }
  | { kind: "running" }
  | {
      kind: "ended";
      status: "done" | "error" | "timeout" | "stopped";
      ms: number;
      timeLimitMs: number;
      /** How many runs have ended on this page view: lets tests and tools tell one run's end from the next. */
      count: number;
    };

function statusText(state: ConsoleState): string {
  switch (state.kind) {
    case "recorded":
      return "Recorded when the site was built";
    case "empty":
      return "Not run yet";
    case "running":
      return "Running…";
    case "ended":
      switch (state.status) {
        case "done":
          return `Ran in ${Math.max(1, Math.round(state.ms))} ms`;
        case "error":
          return "Stopped by an error";
        case "timeout":
          return `Stopped: the ${state.timeLimitMs / 1000} s time limit was reached`;
        case "stopped":
          return "Stopped";
      }
  }
}

/**
 * The console: what the code printed, as text formatted by the runner (shared with the example tests).
 * An ARIA live region (`role="log"`), so a screen reader announces new output.
 */
export default function ConsolePanel({
  entries,
  dropped,
  state,
  holdHeight,
}: {
  entries: readonly OutputEntry[];
  dropped: number;
  state: ConsoleState;
  /**
   * While a run goes, the console stays at least this tall (px): the height it had when the run began, so
   * the page below does not jump up when the run clears the text and back down as it prints again.
   */
  holdHeight?: number;
}): ReactNode {
  const texts = consoleLines(entries);
  const ended = state.kind === "ended" ? state : null;
  return (
    <div className={styles.output}>
      <div className={styles.outputHeader}>
        <span>{state.kind === "recorded" ? "Recorded output" : "Console"}</span>
        <span
          className={styles.status}
          data-playground-status={ended?.status ?? state.kind}
          data-playground-runs={ended?.count ?? 0}
          // The runner's own time for the last run (worker start to end), for benchmarks: bench/demos.bench.mjs.
          data-playground-ms={ended?.ms.toFixed(1)}
        >
          {statusText(state)}
        </span>
      </div>
      <div
        className={styles.console}
        role="log"
        aria-label="Console output"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        data-playground-console=""
        style={state.kind === "running" && holdHeight ? { minHeight: holdHeight } : undefined}
      >
        {texts.map((e, i) =>
          e.kind === "progress" ? (
            // A progress line keeps its place and changes its text (the log region announces the change).
            // biome-ignore lint/suspicious/noArrayIndexKey: lines only ever append; a progress line keeps its index
            <div key={i} className={clsx(styles.entry, styles.progress)} data-level="progress">
              <span>{e.progress.text}</span>
              <progress max={e.progress.total} value={e.progress.done} aria-hidden="true" />
            </div>
          ) : (
            // Entries only ever append during a run, so the index is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
            <div key={i} className={clsx(styles.entry, styles[e.level])} data-level={e.level}>
              {e.text}
            </div>
          ),
        )}
        {dropped > 0 && <div className={clsx(styles.entry, styles.warn)}>{truncationNotice(dropped)}</div>}
        {ended?.status === "timeout" && (
          <div className={clsx(styles.entry, styles.error)} data-level="error">
            {`Time limit reached: the run was stopped after ${ended.timeLimitMs / 1000} s.`}
          </div>
        )}
        {ended?.status === "stopped" && (
          <div className={clsx(styles.entry, styles.warn)} data-level="warn">
            Stopped.
          </div>
        )}
        {texts.length === 0 && state.kind !== "running" && !ended?.status.match(/timeout|stopped/) && (
          <p className={clsx(styles.entry, styles.placeholder)}>
            {state.kind === "ended" ? "(no output)" : "Press Run (Ctrl+Enter in the editor) to see the output."}
          </p>
        )}
      </div>
    </div>
  );
}
