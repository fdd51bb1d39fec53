// Python twins: every `docs/<slug>/examples/<name>.py` is shown by a <PythonTwin> with the output that
// `npm run python:record` recorded from exactly its current source (sha256 in docs/python-recordings.json).
// The Python is never run here: CI has no PyTorch. When this fails because a file changed, record it again
// with the reference environment (README, "Python twins").
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const MANIFEST = "docs/python-recordings.json";
const RECORD = "run `npm run python:record` with the reference environment (see README)";
/** The libraries whose versions a recording names when the file imports them. */
const LIBRARIES = ["torch", "sklearn", "numpy"] as const;

interface Recording {
  sha256?: unknown;
  python?: unknown;
  [library: string]: unknown;
}

/** What the checks read, by repository-relative path (forward slashes). */
interface Twins {
  /** Every `docs/<slug>/examples/*.py` and its source. */
  python: Record<string, string>;
  /** Every `docs/<slug>/examples/*.py.output.txt`. */
  outputs: string[];
  manifest: Record<string, Recording>;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Problems with the recordings themselves: missing, stale, orphaned. */
function recordingProblems({ python, outputs, manifest }: Twins): string[] {
  const problems: string[] = [];
  for (const [file, source] of Object.entries(python)) {
    const entry = manifest[file];
    if (!outputs.includes(`${file}.output.txt`) || !entry) {
      problems.push(`${file} has no recorded output; ${RECORD}.`);
      continue;
    }
    if (entry.sha256 !== sha256(source)) problems.push(`${file} changed since its output was recorded; ${RECORD}.`);
    if (typeof entry.python !== "string") problems.push(`${MANIFEST}: ${file} names no Python version; ${RECORD}.`);
    for (const library of LIBRARIES) {
      const imported = new RegExp(`^\\s*(?:import|from)\\s+${library}\\b`, "m").test(source);
      if (imported && typeof entry[library] !== "string") {
        problems.push(
          `${MANIFEST}: ${file} imports ${library} but its recording names no ${library} version; ${RECORD}.`,
        );
      }
    }
  }
  for (const file of Object.keys(manifest)) {
    if (!(file in python)) problems.push(`${MANIFEST} lists ${file}, which does not exist; ${RECORD} to drop it.`);
  }
  for (const output of outputs) {
    const file = output.replace(/\.output\.txt$/, "");
    if (!(file in python)) problems.push(`${output} is the output of ${file}, which does not exist; delete it.`);
  }
  return problems;
}

/**
 * Problems in one article (`docs/<slug>/index.mdx`): a ```python fence (all Python must be a recorded
 * <PythonTwin>), or a <PythonTwin> whose twin is not an `./examples/<name>.py?python-twin` import of an
 * existing file (the loader brings that file's own output and recording).
 */
function articleProblems(article: string, mdx: string, python: Record<string, string>): string[] {
  const problems: string[] = [];
  const dir = posix.dirname(article);
  mdx.split("\n").forEach((line, i) => {
    if (/^ {0,3}(`{3,}|~{3,})\s*(python3?|py)\b/.test(line)) {
      problems.push(
        `${article}:${i + 1}: a \`\`\`python block; put the code in ${dir}/examples/<name>.py, record it and show it with <PythonTwin>.`,
      );
    }
  });
  const imports = new Map<string, string>();
  for (const m of mdx.matchAll(/^import\s+([\w$]+)\s+from\s+["']([^"']+)["'];?\s*$/gm)) {
    imports.set(m[1] as string, m[2] as string);
  }
  for (const m of mdx.matchAll(/<PythonTwin\b([\s\S]*?)\/>/g)) {
    const props = m[1] as string;
    const title = props.match(/\btitle="([^"]*)"/)?.[1] ?? "(no title)";
    const where = `${article}: <PythonTwin title="${title}">`;
    const twinName = props.match(/\btwin=\{\s*([\w$]+)\s*\}/)?.[1];
    const twin = twinName && imports.get(twinName);
    if (!twin || !/^\.\/examples\/[^/]+\.py\?python-twin$/.test(twin)) {
      problems.push(`${where}: twin must be an import of "./examples/<name>.py?python-twin"; got ${twin ?? twinName}.`);
      continue;
    }
    const file = posix.join(dir, twin.replace(/\?python-twin$/, ""));
    if (!(file in python)) problems.push(`${where}: ${file} does not exist.`);
  }
  return problems;
}

/** The repository's twins and articles. */
function readRepository() {
  const python: Record<string, string> = {};
  const outputs: string[] = [];
  const articles: Record<string, string> = {};
  for (const slug of readdirSync(join(root, "docs"), { withFileTypes: true })) {
    if (!slug.isDirectory()) continue;
    const article = `docs/${slug.name}/index.mdx`;
    if (existsSync(join(root, article))) articles[article] = readFileSync(join(root, article), "utf8");
    const examples = `docs/${slug.name}/examples`;
    if (!existsSync(join(root, examples))) continue;
    for (const name of readdirSync(join(root, examples))) {
      if (name.endsWith(".py")) python[`${examples}/${name}`] = readFileSync(join(root, examples, name), "utf8");
      if (name.endsWith(".py.output.txt")) outputs.push(`${examples}/${name}`);
    }
  }
  const manifest: Record<string, Recording> = existsSync(join(root, MANIFEST))
    ? JSON.parse(readFileSync(join(root, MANIFEST), "utf8"))
    : {};
  return { twins: { python, outputs, manifest }, articles };
}

describe("Python twins", () => {
  const { twins, articles } = readRepository();

  it("there are twins, and each article that has one shows it", () => {
    expect(Object.keys(twins.python)).toContain("docs/relu-hidden-layers/examples/dying-relu.py");
    const shown = Object.values(articles).join("\n");
    for (const file of Object.keys(twins.python)) {
      const name = posix.basename(file);
      expect(shown, `${file} is shown by a <PythonTwin>`).toContain(`"./examples/${name}?python-twin"`);
    }
  });

  it("every docs/*/examples/*.py has the recording of its current source, and every recording a file", () => {
    expect(recordingProblems(twins)).toEqual([]);
  });

  it("articles show Python only as <PythonTwin>, each an import of an existing file", () => {
    const problems = Object.entries(articles).flatMap(([article, mdx]) => articleProblems(article, mdx, twins.python));
    expect(problems).toEqual([]);
  });
});

describe("the Python twin checks fail", () => {
  const file = "docs/q/examples/a.py";
  const source = "import torch\nprint(torch.ones(1))\n";
  const ok: Twins = {
    python: { [file]: source },
    outputs: [`${file}.output.txt`],
    manifest: { [file]: { sha256: sha256(source), python: "3.11.7", torch: "2.13.0+cpu" } },
  };
  const mdx = (twin: string, imports = "") =>
    [
      'import aPy from "./examples/a.py?python-twin";',
      'import aRaw from "./examples/a.py?raw";',
      imports,
      "",
      twin,
    ].join("\n");
  const twin = '<PythonTwin\n  title="T"\n  twin={aPy}\n/>';

  it("passes a recorded file shown with its own output", () => {
    expect(recordingProblems(ok)).toEqual([]);
    expect(articleProblems("docs/q/index.mdx", mdx(twin), ok.python)).toEqual([]);
  });

  it("when a file changed, has no recording, or a recording has no file", () => {
    expect(recordingProblems({ ...ok, python: { [file]: `${source}print(2)\n` } })).toEqual([
      "docs/q/examples/a.py changed since its output was recorded; run `npm run python:record` with the reference environment (see README).",
    ]);
    expect(recordingProblems({ ...ok, outputs: [] })).toEqual([
      "docs/q/examples/a.py has no recorded output; run `npm run python:record` with the reference environment (see README).",
    ]);
    expect(recordingProblems({ ...ok, manifest: {} })).toHaveLength(1);
    expect(recordingProblems({ ...ok, python: {} })).toEqual([
      "docs/python-recordings.json lists docs/q/examples/a.py, which does not exist; run `npm run python:record` with the reference environment (see README) to drop it.",
      "docs/q/examples/a.py.output.txt is the output of docs/q/examples/a.py, which does not exist; delete it.",
    ]);
    expect(recordingProblems({ ...ok, manifest: { [file]: { sha256: sha256(source), python: "3.11.7" } } })).toEqual([
      "docs/python-recordings.json: docs/q/examples/a.py imports torch but its recording names no torch version; run `npm run python:record` with the reference environment (see README).",
    ]);
  });

  it("when an article has a ```python block or a twin is not a recorded file's import", () => {
    expect(articleProblems("docs/q/index.mdx", mdx(twin, '\n```python title="x"\nprint(1)\n```'), ok.python)).toEqual([
      "docs/q/index.mdx:4: a ```python block; put the code in docs/q/examples/<name>.py, record it and show it with <PythonTwin>.",
    ]);
    expect(articleProblems("docs/q/index.mdx", mdx(twin.replace("{aPy}", "{aRaw}")), ok.python)).toEqual([
      'docs/q/index.mdx: <PythonTwin title="T">: twin must be an import of "./examples/<name>.py?python-twin"; got ./examples/a.py?raw.',
    ]);
    expect(articleProblems("docs/q/index.mdx", mdx(twin), {})).toEqual([
      'docs/q/index.mdx: <PythonTwin title="T">: docs/q/examples/a.py does not exist.',
    ]);
  });
});
