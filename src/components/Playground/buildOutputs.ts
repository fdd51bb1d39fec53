// The outputs the build recorded for the examples on the current page. Each MDX page imports
// `./examples/<name>.ts?build-output` next to every `?raw` import (plugins/playground adds those imports),
// and that module registers its recording here before the page renders. In the server bundle a recording
// comes whole, so the HTML shows it; in the browser's it is a name and a `load()`: the page keeps the
// server's rendering of it (an island, ./StaticPlayground.tsx) and loads it only to draw it again (after
// Reset, or on a page rendered in the browser): ./sources.ts, recordedOutput. This registry imports nothing
// else, as each article's chunk has a copy of it.
import type { BuildOutput } from "@nn-explained/playground/build-output";

/** What the generated `?build-output` module registers: the output itself (server) or how to load it (browser). */
export type RecordingRef = Pick<BuildOutput, "key" | "file"> &
  ({ output: BuildOutput } | { load: () => Promise<BuildOutput> });

const recordings = new Map<string, RecordingRef>();

/** Called by the generated `?build-output` modules. */
export function registerBuildOutput(key: string, recording: RecordingRef): void {
  recordings.set(key, recording);
}

/** The recording of the example whose entry file has this `buildOutputKey`, if the page has one. */
export function getBuildOutput(key: string): RecordingRef | undefined {
  return recordings.get(key);
}
