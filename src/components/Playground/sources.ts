// A playground's files reach the page through `import x from "./examples/<name>.ts?raw"`. The server
// bundle gets the text, as before. The browser's start-up code gets a handle instead (plugins/playground,
// loaders/sourceHandle.cjs): what the page needs to hydrate and lay out the playground without the text
// (its line count for the editor's height, the key of its recorded output, the names it imports for the
// API links), and a `load()` of the text for when the editor, a Run, Share, Export or a copy needs it.
// The build computes those facts with `sourceFacts` (./sourceFacts), the page with the same function for a
// text written inline, so both agree. The playground's recording comes the same way (./buildOutputs.ts):
// `recordedOutput` below.
import type { BuildOutput } from "@nn-explained/playground/build-output";
import { type Lazy, lazy, ready } from "../Island/lazy";
import type { RecordingRef } from "./buildOutputs";
import { type SourceFacts, sourceFacts } from "./sourceFacts";

export type { SourceFacts };

/** A file as the browser's `?raw` import gives it: its facts, and its text on demand. */
export interface SourceHandle extends SourceFacts {
  load(): Promise<string>;
}

/** A playground file: its text (on the server, or written inline), or a handle (in the browser). */
export type FileSource = string | SourceHandle;

/** Whether `v` is a handle made by plugins/playground's `?raw` loader. */
export function isSourceHandle(v: unknown): v is SourceHandle {
  if (v === null || typeof v !== "object") return false;
  const h = v as Partial<SourceHandle>;
  return typeof h.lines === "number" && typeof h.key === "string" && typeof h.load === "function";
}

const factsOfText = new Map<string, SourceFacts>();

/** The facts of a file, from its handle or its text. */
export function factsOf(source: FileSource): SourceFacts {
  if (typeof source !== "string") return source;
  let facts = factsOfText.get(source);
  if (!facts) {
    facts = sourceFacts(source);
    factsOfText.set(source, facts);
  }
  return facts;
}

const textOfHandle = new WeakMap<SourceHandle, Lazy<string>>();

/** A file's text: at once for a text, loaded once per handle otherwise. */
export function textOf(source: FileSource): Lazy<string> {
  if (typeof source === "string") return ready(source);
  let text = textOfHandle.get(source);
  if (!text) {
    text = lazy(() => source.load());
    textOfHandle.set(source, text);
  }
  return text;
}

/** The names several files import, each once, in order of first appearance (as `importsFrom` over all their texts). */
export function mergedImports(facts: readonly SourceFacts[]): { core: string[]; playground: string[] } {
  const merge = (lists: string[][]) => [...new Set(lists.flat())];
  return { core: merge(facts.map((f) => f.core)), playground: merge(facts.map((f) => f.playground)) };
}

const outputOfRecording = new WeakMap<RecordingRef, Lazy<BuildOutput>>();
const NO_RECORDING: Lazy<BuildOutput | null> = ready(null);

/** The recorded output behind `recording` (null without one): at once on the server, loaded once in the browser. */
export function recordedOutput(recording: RecordingRef | undefined): Lazy<BuildOutput | null> {
  if (!recording) return NO_RECORDING;
  let output = outputOfRecording.get(recording);
  if (!output) {
    output = "output" in recording ? ready(recording.output) : lazy(recording.load);
    outputOfRecording.set(recording, output);
  }
  return output;
}
