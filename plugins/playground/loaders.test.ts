// The playground's loaders, called as the bundler calls them: the server bundle gets texts, recordings and
// twins whole; the browser's gets handles whose facts match the texts and whose `load()` imports the rest
// from a chunk of its own. Each generated module is evaluated here with `import()` replaced by a spy.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFacts } from "../../src/components/Playground/sourceFacts";
import { exampleFiles, exampleSources } from "./index";

const require = createRequire(import.meta.url);
type Loader = (this: LoaderContext) => string;
interface LoaderContext {
  getOptions(): object;
  addDependency(file: string): void;
  resourcePath: string;
  cacheable(flag: boolean): void;
  emitWarning(error: Error): void;
}
const sourceHandle: Loader = require("./loaders/sourceHandle.cjs");
const buildOutput: Loader = require("./loaders/buildOutput.cjs");
const pythonTwin: Loader = require("./loaders/pythonTwin.cjs");
const addComponentImports: (
  this: { cacheable(flag: boolean): void },
  source: string,
) => string = require("./loaders/addComponentImports.cjs");
const withImports = (source: string) => addComponentImports.call({ cacheable: () => {} }, source);

/** Runs `loader` on `resourcePath` with `options`; returns the module's code and what it depends on. */
function run(loader: Loader, resourcePath: string, options: object): { code: string; dependencies: string[] } {
  const dependencies: string[] = [];
  const code = loader.call({
    getOptions: () => options,
    addDependency: (file) => dependencies.push(file),
    resourcePath,
    cacheable: () => {},
    emitWarning: () => {},
  });
  return { code, dependencies };
}

/**
 * Evaluates a generated module: its default export, what it registered, and the specifiers its `import()`
 * calls asked for (each resolving to `{ default: "<specifier> loaded" }`).
 */
function evaluate(code: string): { value: unknown; registered: unknown[][]; imported: string[] } {
  const registered: unknown[][] = [];
  const imported: string[] = [];
  const body = code
    .replace(/^import \{ registerBuildOutput \} from .*$/m, "")
    .replace(/\bimport\(/g, "importChunk(")
    .replace(/^export default /m, "return ")
    .replace(/^export \{\};$/m, "");
  const value = new Function("registerBuildOutput", "importChunk", body)(
    (...args: unknown[]) => registered.push(args),
    (specifier: string) => {
      imported.push(specifier);
      return Promise.resolve({ default: `${specifier} loaded` });
    },
  );
  return { value, registered, imported };
}

const dir = mkdtempSync(join(tmpdir(), "playground-loaders-"));
const example = join(dir, "dying-relu.ts");
const text =
  'import { relu, fit } from "@nn-explained/core";\nimport { sweepSeeds } from "@nn-explained/playground";\nrelu(1);\n';
writeFileSync(example, text);
const sourcesFile = join(dir, "sources.json");
writeFileSync(sourcesFile, JSON.stringify({ [example]: sourceFacts(text) }));
const recording = {
  key: sourceFacts(text).key,
  file: "q/examples/dying-relu.ts",
  entries: [{ level: "log", args: ["1"] }],
  dropped: 0,
  status: "done",
};
const buildOutputsFile = join(dir, "build-outputs.json");
writeFileSync(buildOutputsFile, JSON.stringify({ [example]: recording }));
const outputOptions = { buildOutputsFile, registry: "/site/src/components/Playground/buildOutputs.ts" };

describe("loaders/sourceHandle.cjs (the browser's ?raw)", () => {
  it("gives the file's facts and a load() of its text from `?raw-text`", async () => {
    const { code, dependencies } = run(sourceHandle, example, { sourcesFile });
    expect(dependencies).toEqual([sourcesFile, example]);
    const { value, imported } = evaluate(code);
    const handle = value as { load(): Promise<string> };
    expect(handle).toMatchObject({ lines: 4, core: ["relu", "fit"], playground: ["sweepSeeds"] });
    expect(handle).toMatchObject(sourceFacts(text));
    expect(imported).toEqual([]);
    await expect(handle.load()).resolves.toBe("./dying-relu.ts?raw-text loaded");
    expect(imported).toEqual(["./dying-relu.ts?raw-text"]);
  });

  it("fails the build for a file that is not an example", () => {
    expect(() => run(sourceHandle, join(dir, "elsewhere.ts"), { sourcesFile })).toThrow(
      /elsewhere\.ts is imported with "\?raw" but is not a file of docs\/<slug>\/examples\//,
    );
  });
});

describe("loaders/buildOutput.cjs", () => {
  it('"whole" (the server) registers the recording itself', () => {
    const { registered, imported } = evaluate(run(buildOutput, example, { ...outputOptions, mode: "whole" }).code);
    expect(registered).toEqual([[recording.key, { key: recording.key, file: recording.file, output: recording }]]);
    expect(imported).toEqual([]);
  });

  it('"handle" (the browser) registers the key and file, and a load() from `?build-output-data`', async () => {
    const { registered, imported } = evaluate(run(buildOutput, example, { ...outputOptions, mode: "handle" }).code);
    const [[key, ref]] = registered as [[string, { key: string; file: string; load(): Promise<unknown> }]];
    expect(key).toBe(recording.key);
    expect(ref).toMatchObject({ key: recording.key, file: recording.file });
    expect(ref).not.toHaveProperty("output");
    expect(imported).toEqual([]);
    await expect(ref.load()).resolves.toBe("./dying-relu.ts?build-output-data loaded");
  });

  it('"data" (the chunk a handle loads) exports the recording', () => {
    expect(evaluate(run(buildOutput, example, { ...outputOptions, mode: "data" }).code).value).toEqual(recording);
  });

  it("registers nothing for a file without a recording (a helper)", () => {
    const { code } = run(buildOutput, join(dir, "_helper.ts"), { ...outputOptions, mode: "handle" });
    expect(evaluate(code).registered).toEqual([]);
  });
});

describe("loaders/pythonTwin.cjs", () => {
  const py = join(dir, "q", "examples", "twin.py");
  const source = "print(1)\n";
  mkdirSync(join(dir, "q", "examples"), { recursive: true });
  writeFileSync(py, source);
  writeFileSync(`${py}.output.txt`, "1\n");
  const manifestFile = join(dir, "python-recordings.json");
  const entry = { sha256: createHash("sha256").update(source).digest("hex"), python: "3.11.7" };
  writeFileSync(manifestFile, JSON.stringify({ "q/examples/twin.py": entry }));
  const options = { manifestFile, rootDir: dir };
  const whole = { file: "q/examples/twin.py", code: source, output: "1\n", recording: entry };

  it('"whole" (the server) and "data" (the chunk a handle loads) export the twin', () => {
    expect(evaluate(run(pythonTwin, py, { ...options, mode: "whole" }).code).value).toEqual(whole);
    expect(evaluate(run(pythonTwin, py, { ...options, mode: "data" }).code).value).toEqual(whole);
  });

  it('"handle" (the browser) exports the file and versions, and a load() of the rest', async () => {
    const { value, imported } = evaluate(run(pythonTwin, py, { ...options, mode: "handle" }).code);
    const handle = value as { load(): Promise<unknown> };
    expect(handle).toMatchObject({ file: whole.file, recording: entry });
    expect(handle).not.toHaveProperty("code");
    expect(handle).not.toHaveProperty("output");
    await expect(handle.load()).resolves.toBe("./twin.py?python-twin-data loaded");
    expect(imported).toEqual(["./twin.py?python-twin-data"]);
  });
});

describe("loaders/addComponentImports.cjs", () => {
  const page = ["---", "title: T", "---", "", 'import a from "./examples/a.ts?raw";', "", "Text.", ""].join("\n");

  it("imports <Playground> and <PythonTwin> at the end of a page that uses them, moving no line", () => {
    const source = `${page}<Playground files={{ "a.ts": a }} />\n\n<PythonTwin title="T" twin={t} />\n`;
    const out = withImports(source);
    expect(out.startsWith(source.trimEnd())).toBe(true);
    expect(out.slice(source.trimEnd().length)).toBe(
      '\n\nimport Playground from "@site/src/components/Playground";\nimport PythonTwin from "@site/src/components/PythonTwin";\n',
    );
  });

  it("leaves a page that does not use them, or imports them itself, as it is", () => {
    const own = `${page}import Playground from "./MyPlayground";\n\n<Playground />\n`;
    for (const source of [page, `${page}<PlaygroundEntries />\n`, own]) expect(withImports(source)).toBe(source);
  });
});

describe("the example files the browser has handles for", () => {
  const docsDir = new URL("../../docs/", import.meta.url).pathname;

  it("exampleSources lists every example file, helpers included, and exampleFiles the runnable ones", () => {
    const sources = exampleSources(docsDir);
    const runnable = exampleFiles(docsDir);
    expect(runnable.length).toBeGreaterThan(10);
    expect(sources).toEqual(expect.arrayContaining(runnable));
    const helpers = sources.filter((f) => !runnable.includes(f));
    expect(helpers.length).toBeGreaterThan(0);
    for (const f of helpers) expect(f).toMatch(/[\\/]_[^\\/]+\.[jt]s$/);
    for (const f of sources) expect(f).not.toMatch(/\.(test|d)\.ts$/);
  });

  it("every `?raw` import of the articles names one of them (else the browser's build fails)", () => {
    const sources = new Set(exampleSources(docsDir));
    const imports: string[] = [];
    for (const slug of [
      "relu-hidden-layers",
      "sigmoid-multiclass",
      "regression-output-activation",
      "f1-micro-average",
    ]) {
      const mdx = readFileSync(join(docsDir, slug, "index.mdx"), "utf8");
      for (const [, path] of mdx.matchAll(/from "(\.\/[^"]+)\?raw"/g)) imports.push(join(docsDir, slug, path ?? ""));
    }
    expect(imports.length).toBeGreaterThan(20);
    expect(imports.filter((f) => !sources.has(f))).toEqual([]);
  });
});
