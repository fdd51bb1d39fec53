// The playground's props, checked and normalised. Pure, and run during the server render, so an author's
// mistake fails the site build with a message that says what to write instead.
import { normalizeName } from "@nn-explained/playground/names";
import { type FileSource, isSourceHandle } from "./sources";

/** The files of one playground, in tab order; `entry` is the one that runs. */
export interface PlaygroundFiles<T = string> {
  /** Name → text (or, for `PlaygroundFiles<FileSource>`, the browser's handle of the text: ./sources.ts). */
  files: Record<string, T>;
  names: string[];
  entry: string;
}

export interface CreateFilesInput {
  files: unknown;
  entry?: unknown;
}

const NAME_RE = /^(?:[\w-]+\/)*[\w.-]+\.(?:ts|js)$/;

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "number") return String(v);
  return typeof v === "function" ? "a function (a module, not its text?)" : typeof v;
}

/**
 * Checks a playground's `files` and `entry` props, whose files are texts.
 * @param input `files`: file name → source text; `entry`: the file to run (default: the first)
 * @returns the files with normalised names (`main.ts`, no leading `/`), their order, and the entry
 * @throws {Error} naming the prop, what was expected and what arrived
 * @example
 * createFiles({ files: { "main.ts": 'console.log("hi");' } }).entry //=> "main.ts"
 */
export function createFiles(input: CreateFilesInput): PlaygroundFiles {
  return checkFiles(input, (v): v is string => typeof v === "string");
}

/**
 * Checks a playground's `files` and `entry` props as MDX gives them: each file a text or, in the browser,
 * the handle a `?raw` import gives (./sources.ts).
 * @throws {Error} as `createFiles`
 * @example
 * createSources({ files: { "main.ts": mainSource } }).entry //=> "main.ts"
 */
export function createSources(input: CreateFilesInput): PlaygroundFiles<FileSource> {
  return checkFiles(input, (v): v is FileSource => typeof v === "string" || isSourceHandle(v));
}

function checkFiles<T>({ files, entry }: CreateFilesInput, isFile: (v: unknown) => v is T): PlaygroundFiles<T> {
  const hint =
    'e.g. files={{ "softmax.ts": softmaxSource }} with `import softmaxSource from "./examples/softmax.ts?raw";`';
  if (files === null || typeof files !== "object" || Array.isArray(files)) {
    throw new Error(`Playground: files must map file names to their text, ${hint}; got ${describe(files)}.`);
  }
  const out: Record<string, T> = {};
  for (const [rawName, code] of Object.entries(files)) {
    const name = normalizeName(rawName);
    if (!NAME_RE.test(name)) {
      throw new Error(
        `Playground: file names must be relative paths ending in .ts or .js, without ".." or spaces; got ${JSON.stringify(rawName)}.`,
      );
    }
    if (name in out) throw new Error(`Playground: files names ${JSON.stringify(name)} twice.`);
    if (!isFile(code)) {
      throw new Error(
        `Playground: files[${JSON.stringify(rawName)}] must be the file's text (import it with "?raw"); got ${describe(code)}.`,
      );
    }
    out[name] = code;
  }
  const names = Object.keys(out);
  if (names.length === 0) throw new Error(`Playground: files is empty; give at least one file, ${hint}.`);
  if (entry !== undefined && typeof entry !== "string") {
    throw new Error(`Playground: entry must be a file name; got ${describe(entry)}.`);
  }
  const start = entry === undefined ? (names[0] as string) : normalizeName(entry);
  if (!(start in out)) {
    throw new Error(
      `Playground: entry must be one of ${names.map((n) => JSON.stringify(n)).join(" | ")}; got ${JSON.stringify(entry)}.`,
    );
  }
  return { files: out, names, entry: start };
}

/** The playground's options, checked: `timeLimit` in ms (default 5 s, at most 2 min), `height` in px. */
export function checkOptions({ timeLimit, height }: { timeLimit?: unknown; height?: unknown }): {
  timeLimitMs: number;
  height: number | undefined;
} {
  if (timeLimit !== undefined && (typeof timeLimit !== "number" || !(timeLimit > 0 && timeLimit <= 120_000))) {
    throw new Error(
      `Playground: timeLimit must be a number of milliseconds in (0, 120000]; got ${describe(timeLimit)}.`,
    );
  }
  if (height !== undefined && (typeof height !== "number" || !(height >= 80 && height <= 2000))) {
    throw new Error(`Playground: height must be a number of pixels in [80, 2000]; got ${describe(height)}.`);
  }
  return { timeLimitMs: (timeLimit as number | undefined) ?? 5000, height: height as number | undefined };
}
