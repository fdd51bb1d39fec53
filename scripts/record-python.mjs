// Records the output of every Python twin, `docs/<slug>/examples/<name>.py`, with the reference environment:
//   python3 -m venv .venv-ref && .venv-ref/bin/pip install scikit-learn==1.9.1 torch
//   npm run python:record                                   # every file
//   npm run python:record -- docs/<slug>/examples/<name>.py # only these
// Each file runs in its own folder with the reference interpreter (`PYTHON=...` to use another), on CPU, with a
// time limit (`PYTHON_TIMEOUT`, seconds, default 300). Its exact stdout goes to `<name>.py.output.txt` beside
// it, and `docs/python-recordings.json` maps its path to the sha256 of its source and the versions of Python
// and of the libraries it imports, so docs/pythonTwins.test.ts can tell when a file changed since it was
// recorded. A file that fails (non-zero exit, time limit) keeps its old recording, and the script exits 1
// with its stderr. Recordings are made here, by hand, never in CI: CI has no PyTorch.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const docsDir = join(root, "docs");
const manifestFile = join(docsDir, "python-recordings.json");
const python = resolve(root, process.env.PYTHON ?? ".venv-ref/bin/python");
const timeoutMs = Number(process.env.PYTHON_TIMEOUT ?? 300) * 1000;
/** The libraries whose versions are recorded, by import name. */
const LIBRARIES = ["torch", "sklearn", "numpy"];
// On CPU whatever the machine has; hash seeds fixed; UTF-8 out (the outputs print R², σ, −).
const env = { ...process.env, CUDA_VISIBLE_DEVICES: "", PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" };

/** Repository-relative path with forward slashes: the manifest's keys. */
const key = (file) => relative(root, file).split("\\").join("/");

/** Every `docs/<slug>/examples/*.py`, sorted. */
function pythonFiles() {
  const files = [];
  for (const slug of readdirSync(docsDir, { withFileTypes: true })) {
    if (!slug.isDirectory()) continue;
    const dir = join(docsDir, slug.name, "examples");
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith(".py")) files.push(join(dir, name));
  }
  return files.sort();
}

/** The interpreter's version and those of the libraries it has (a missing one is left out). */
function versions() {
  const probe = [
    "import json, sys",
    "v = {'python': sys.version.split()[0]}",
    `for name in ${JSON.stringify(LIBRARIES)}:`,
    "    try:",
    "        v[name] = __import__(name).__version__",
    "    except ImportError:",
    "        pass",
    "print(json.dumps(v))",
  ].join("\n");
  const run = spawnSync(python, ["-c", probe], { encoding: "utf8", env, timeout: timeoutMs });
  if (run.error || run.status !== 0) {
    console.error(`record-python: cannot run ${python}: ${run.error?.message ?? (run.stderr || `exit ${run.status}`)}`);
    console.error(
      "Create the reference environment first: python3 -m venv .venv-ref && .venv-ref/bin/pip install scikit-learn==1.9.1 torch",
    );
    process.exit(1);
  }
  return JSON.parse(run.stdout);
}

const available = versions();
const all = pythonFiles();
const only = process.argv.slice(2).map((f) => resolve(f));
for (const f of only) {
  if (!all.includes(f)) {
    console.error(`record-python: ${key(f)} is not a docs/<slug>/examples/<name>.py file`);
    process.exit(1);
  }
}
/** What this run recorded, by manifest key. */
const recorded = {};

const failures = [];
for (const file of only.length > 0 ? only : all) {
  const source = readFileSync(file, "utf8");
  const started = Date.now();
  const run = spawnSync(python, [basename(file)], {
    cwd: dirname(file),
    encoding: "utf8",
    env,
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.error || run.status !== 0) {
    const why =
      run.error?.code === "ETIMEDOUT" ? `timed out after ${timeoutMs / 1000} s` : `exit ${run.status ?? run.signal}`;
    console.error(`FAILED ${key(file)} (${why}):\n${run.stderr || run.error?.message || ""}`);
    failures.push(key(file));
    continue;
  }
  if (run.stderr.trim()) console.warn(`note: ${key(file)} wrote to stderr (not recorded):\n${run.stderr.trimEnd()}`);
  writeFileSync(`${file}.output.txt`, run.stdout);
  const entry = { sha256: createHash("sha256").update(source).digest("hex"), python: available.python };
  for (const name of LIBRARIES) {
    const imported = new RegExp(`^\\s*(?:import|from)\\s+${name}\\b`, "m").test(source);
    if (imported && available[name]) entry[name] = available[name];
  }
  recorded[key(file)] = entry;
  console.log(`recorded ${key(file)} (${seconds} s)`);
}

// The manifest is read again only now, so that a recording made meanwhile (another shell, other files) is
// kept: entries of files that still exist stay, this run's replace theirs, those of deleted files go.
const previous = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : {};
const existing = new Set(pythonFiles().map(key));
const manifest = { ...Object.fromEntries(Object.entries(previous).filter(([k]) => existing.has(k))), ...recorded };
const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(manifestFile, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`wrote ${key(manifestFile)}`);
if (failures.length > 0) {
  console.error(`record-python: ${failures.length} file(s) failed: ${failures.join(", ")}`);
  process.exit(1);
}
