import { mergeEntries, type OutputEntry } from "@nn-explained/playground/output";
import { useCallback, useEffect, useRef, useState } from "react";
import { type HeldView, holdCharts } from "./heldCharts";
import { type BufferedRun, getRunner, type RunHandle } from "./runner/client";
import { type RunView, viewOf } from "./useBufferedRun";

export interface PlaygroundRunOptions {
  runnerUrl: string;
  timeLimitMs: number;
  entry: string;
  /** The files to run, read when Run is pressed (the editor's text at that moment). */
  files: () => Record<string, string>;
  /** The output the build recorded for the original code: what the console shows before any run. */
  buildOutput: { entries: OutputEntry[]; dropped: number } | undefined;
  /** The files differ from the original, so the build's output no longer applies and is not shown. */
  changed: boolean;
  /** A run started before the editor loaded (from the static block): followed until it ends. */
  earlyRun: BufferedRun | null;
  /** The console's height on screen when the early run began (px), if it was measured. */
  earlyRunHeight?: number;
  /** The console's height on screen now (px), read when a run starts. */
  consoleHeight: () => number | undefined;
}

export interface PlaygroundRun {
  /**
   * What the console and charts show: the build's output (unless the code changed), or the last run as it
   * goes, with the charts shown before it held in place until it redraws them (./heldCharts).
   */
  output: HeldView;
  running: boolean;
  /** The height the console keeps while the run goes: its height when the run began (ConsolePanel). */
  holdHeight: number | undefined;
  /** Starts a run (stopping the current one). */
  run(): void;
  stop(): void;
  /** Stops any run and shows the build's output again (after Reset). */
  showBuildOutput(): void;
}

function buildOutputView(buildOutput: PlaygroundRunOptions["buildOutput"]): RunView {
  return buildOutput
    ? { entries: buildOutput.entries, dropped: buildOutput.dropped, state: { kind: "recorded" } }
    : { entries: [], dropped: 0, state: { kind: "empty" } };
}

/**
 * A loaded playground's run state: runs the files in the sandboxed runner, batches their output into React
 * once per frame, numbers the runs that end (for tests and tools), follows an early run, and stops the
 * current run when the playground unmounts.
 */
export function usePlaygroundRun(o: PlaygroundRunOptions): PlaygroundRun {
  const { runnerUrl, timeLimitMs, entry, files, buildOutput, changed, earlyRun, earlyRunHeight, consoleHeight } = o;
  const [output, setOutput] = useState<RunView>(() => buildOutputView(buildOutput));
  // What was shown when the current run began: its charts stay in place until the run redraws them.
  const [before, setBefore] = useState<readonly OutputEntry[]>([]);
  // The build's output belongs to the original code only.
  const shown = holdCharts(
    before,
    output.state.kind === "recorded" && changed ? { entries: [], dropped: 0, state: { kind: "empty" } } : output,
  );
  const [holdHeight, setHoldHeight] = useState<number | undefined>(undefined);
  const earlyHeight = useRef(earlyRunHeight);
  earlyHeight.current = earlyRunHeight;
  const shownEntries = useRef(shown.entries);
  shownEntries.current = shown.entries;
  const handle = useRef<RunHandle | null>(null);
  // Output arrives entry by entry; it reaches React once per frame.
  const pending = useRef<OutputEntry[]>([]);
  const runs = useRef(0);
  const frame = useRef<number | null>(null);
  const flushOutput = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    const batch = pending.current;
    pending.current = [];
    // A chart redrawn by id replaces its earlier state, so a long training run keeps one copy of each chart.
    if (batch.length) setOutput((v) => ({ ...v, entries: mergeEntries([...v.entries], batch) }));
  }, []);

  const run = useCallback(() => {
    handle.current?.stop();
    flushOutput();
    setBefore(shownEntries.current);
    setHoldHeight(consoleHeight());
    setOutput({ entries: [], dropped: 0, state: { kind: "running" } });
    const self: { handle: RunHandle | null } = { handle: null };
    self.handle = getRunner(runnerUrl).run(
      { files: files(), entry, timeLimitMs },
      {
        onOutput: (batch) => {
          if (handle.current !== self.handle) return;
          pending.current.push(...batch);
          frame.current ??= requestAnimationFrame(flushOutput);
        },
        onEnd: ({ status, dropped, ms }) => {
          if (handle.current !== self.handle) return;
          handle.current = null;
          flushOutput();
          runs.current += 1;
          const count = runs.current;
          setOutput((v) => ({ ...v, dropped, state: { kind: "ended", status, ms, timeLimitMs, count } }));
        },
      },
    );
    handle.current = self.handle;
  }, [entry, runnerUrl, timeLimitMs, flushOutput, files, consoleHeight]);

  const stop = useCallback(() => handle.current?.stop(), []);

  // A run started from the static block before the editor loaded: follow it until it ends. It may start
  // after the editor has mounted (the editor can load before the runner): either way, what is shown now
  // (the recording) is what it holds in place, at the height the static block measured at Run.
  useEffect(() => {
    if (!earlyRun) return;
    const own: RunHandle = { stop: () => earlyRun.stop() };
    handle.current = own;
    setBefore(shownEntries.current);
    setHoldHeight(earlyHeight.current);
    let unsubscribe = () => {};
    const sync = () => {
      if (handle.current !== own) return unsubscribe();
      if (earlyRun.end) {
        handle.current = null;
        runs.current += 1;
        setOutput(viewOf(earlyRun, timeLimitMs, runs.current));
        unsubscribe();
      } else setOutput(viewOf(earlyRun, timeLimitMs, runs.current));
    };
    unsubscribe = earlyRun.subscribe(sync);
    sync();
    return unsubscribe;
  }, [earlyRun, timeLimitMs]);

  // A playground that unmounts stops its run.
  useEffect(() => () => handle.current?.stop(), []);

  const showBuildOutput = useCallback(() => {
    handle.current?.stop();
    setBefore([]);
    setOutput(buildOutputView(buildOutput));
  }, [buildOutput]);

  const running = output.state.kind === "running";
  return { output: shown, running, holdHeight: running ? holdHeight : undefined, run, stop, showBuildOutput };
}
