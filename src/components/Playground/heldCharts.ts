// Charts that stay in place while a new run starts. Pressing Run used to empty the chart panel at once and
// draw every figure anew at the run's first output: the page below jumped up and back, and the browser
// built each figure again (for nine 64×64 maps, the heaviest frame of a run). A chart with an `id` is the
// same chart from one run to the next, so the new run redraws it where it stands.
import type { Chart } from "@nn-explained/playground";
import { latestCharts, mergeEntries, type OutputEntry } from "@nn-explained/playground/output";
import type { RunView } from "./useBufferedRun";

/** A run's view with the charts it has not drawn yet held over from the output shown before it. */
export interface HeldView extends RunView {
  /** The charts shown from the previous output, not (yet) from this run. */
  held: ReadonlySet<Chart>;
}

const NONE: ReadonlySet<Chart> = new Set();

/**
 * `view` of a run, with each chart that has an `id` in `previous` (the output shown when the run began)
 * kept where it was until the run draws that id again, which replaces it in place. Held charts are in
 * `held`, for the panel to mark. When the run ends, the charts it did not draw go. Text, progress lines and
 * charts without an id are the new run's only.
 */
export function holdCharts(previous: readonly OutputEntry[], view: RunView): HeldView {
  if (view.state.kind !== "running") return { ...view, held: NONE };
  const kept = latestCharts(previous).filter((c) => c.id !== undefined);
  if (kept.length === 0) return { ...view, held: NONE };
  const entries = mergeEntries(
    kept.map((chart): OutputEntry => ({ kind: "chart", chart })),
    view.entries,
  );
  const shown = new Set(entries.flatMap((e) => (e.kind === "chart" ? [e.chart] : [])));
  return { ...view, entries, held: new Set(kept.filter((c) => shown.has(c))) };
}
