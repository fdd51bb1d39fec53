// The outputs the build recorded for the examples on the current page. Each MDX page imports
// `./examples/<name>.ts?recorded` next to every `?raw` import (plugins/playground adds those imports),
// and that module registers its output here before the page renders, on the server and in the browser.
import type { RecordedOutput } from "@nn-explained/playground/recording";

const recordings = new Map<string, RecordedOutput>();

/** Called by the generated `?recorded` modules. */
export function registerRecording(key: string, output: RecordedOutput): void {
  recordings.set(key, output);
}

/** The recorded output of the example whose entry file has this `recordingKey`, if the page has one. */
export function getRecording(key: string): RecordedOutput | undefined {
  return recordings.get(key);
}
