import type { OutputEntry } from "@nn-explained/playground/output";
import { useEffect, useState } from "react";
import type { ConsoleState } from "./ConsolePanel";
import type { BufferedRun } from "./runner/client";

/** What the console shows of a run. */
export interface RunView {
  entries: OutputEntry[];
  dropped: number;
  state: ConsoleState;
}

/** The current view of a recorded run, or null without one. `count` numbers the run among the page's runs. */
export function viewOf(run: BufferedRun, timeLimitMs: number, count: number): RunView {
  return {
    entries: [...run.entries],
    dropped: run.end?.dropped ?? 0,
    state: run.end ? { kind: "ended", ...run.end, timeLimitMs, count } : { kind: "running" },
  };
}

/** Follows a recorded run (re-rendering once per frame at most) and returns its view. */
export function useBufferedRun(run: BufferedRun | null, timeLimitMs: number): RunView | null {
  const [view, setView] = useState<RunView | null>(() => (run ? viewOf(run, timeLimitMs, 1) : null));
  useEffect(() => {
    if (!run) return;
    let frame: number | null = null;
    const update = () => {
      frame = null;
      setView(viewOf(run, timeLimitMs, 1));
    };
    update();
    const unsubscribe = run.subscribe(() => {
      if (run.end) update();
      else frame ??= requestAnimationFrame(update);
    });
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [run, timeLimitMs]);
  return run ? view : null;
}
