// Webpack/Rspack loader for `./examples/<name>.py?python-twin`: a module whose default export is the Python
// twin as <PythonTwin> shows it: the file's code, the output `npm run python:record` recorded from it
// (`<name>.py.output.txt`), and the versions it was recorded with (its entry in docs/python-recordings.json).
// Only this file's entry travels with the page, not the whole manifest. A file never recorded fails the
// build; one changed since its recording builds with a warning (docs/pythonTwins.test.ts fails on it).
// By `mode`: "whole" (the server bundle) exports all of it; "handle" (the browser's) exports the file's name
// and versions and a `load()` of the rest from a chunk of its own, `?python-twin-data` ("data" mode): the
// page keeps the server's rendering of a twin and needs its text only to copy or render it anew.
// Plain CommonJS: loaders are loaded by the bundler, not by Docusaurus's TypeScript-aware loader.
const { createHash } = require("node:crypto");
const { existsSync, readFileSync } = require("node:fs");
const { basename, relative } = require("node:path");

const RECORD = "run `npm run python:record` with the reference environment (README, Python twins)";

/**
 * @this {{ getOptions(): { manifestFile: string, rootDir: string, mode: "whole" | "handle" | "data" },
 *   addDependency(file: string): void, resourcePath: string, cacheable(flag: boolean): void,
 *   emitWarning(error: Error): void }}
 */
module.exports = function pythonTwin() {
  this.cacheable(true);
  const { manifestFile, rootDir, mode } = this.getOptions();
  const file = this.resourcePath;
  const key = relative(rootDir, file).split("\\").join("/");
  const outputFile = `${file}.output.txt`;
  this.addDependency(file);
  this.addDependency(outputFile);
  this.addDependency(manifestFile);
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : {};
  const recording = manifest[key];
  if (!recording || !existsSync(outputFile)) {
    throw new Error(`python-twin: ${key} has no recorded output; ${RECORD}.`);
  }
  const code = readFileSync(file, "utf8");
  // Said once per bundle: by the module each page imports, not again by its chunk of data.
  if (mode !== "data" && recording.sha256 !== createHash("sha256").update(code).digest("hex")) {
    this.emitWarning(new Error(`python-twin: ${key} changed since its output was recorded; ${RECORD}.`));
  }
  if (mode === "handle") {
    const data = JSON.stringify(`./${basename(file)}?python-twin-data`);
    const handle = JSON.stringify({ file: key, recording });
    return `export default Object.assign(${handle}, { load: () => import(${data}).then((m) => m.default) });\n`;
  }
  const twin = { file: key, code, output: readFileSync(outputFile, "utf8"), recording };
  return `export default ${JSON.stringify(twin)};\n`;
};
