// The outputs the build recorded for the examples on the current page. Each MDX page imports
// `./examples/<name>.ts?build-output` next to every `?raw` import (plugins/playground adds those imports),
// and that module registers its output here before the page renders, on the server and in the browser.
import type { BuildOutput } from "@nn-explained/playground/build-output";

const recordings = new Map<string, BuildOutput>();

/** Called by the generated `?build-output` modules. */
export function registerBuildOutput(key: string, output: BuildOutput): void {
  recordings.set(key, output);
}

/** The recorded output of the example whose entry file has this `buildOutputKey`, if the page has one. */
export function getBuildOutput(key: string): BuildOutput | undefined {
  return recordings.get(key);
}
