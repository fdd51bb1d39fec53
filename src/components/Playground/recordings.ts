// The outputs the build recorded for the examples on the current page. Each MDX page imports
// `./examples/<name>.ts?recorded` next to every `?raw` import (plugins/playground adds those imports),
// and that module registers its output here before the page renders, on the server and in the browser.
import type { OutputEntry } from "./runner/output";

/** One example's output as the build recorded it. */
export interface RecordedOutput {
  /** `recordingKey` of the example's text. */
  key: string;
  /** `sigmoid-multiclass/examples/softmax-stability.ts`, relative to docs/. */
  file: string;
  entries: OutputEntry[];
  dropped: number;
  status: "done" | "error";
}

const recordings = new Map<string, RecordedOutput>();

/** Called by the generated `?recorded` modules. */
export function registerRecording(key: string, output: RecordedOutput): void {
  recordings.set(key, output);
}

/** The recorded output of the example whose entry file has this `recordingKey`, if the page has one. */
export function getRecording(key: string): RecordedOutput | undefined {
  return recordings.get(key);
}
