// Webpack/Rspack loader for `./examples/<name>.py?python-twin`: a module whose default export is the Python
// twin as <PythonTwin> shows it: the file's code, the output `npm run python:record` recorded from it
// (`<name>.py.output.txt`), and the versions it was recorded with (its entry in docs/python-recordings.json).
// Only this file's entry travels with the page, not the whole manifest. A file never recorded fails the
// build; one changed since its recording builds with a warning (docs/pythonTwins.test.ts fails on it).
// Plain CommonJS: loaders are loaded by the bundler, not by Docusaurus's TypeScript-aware loader.
const { createHash } = require("node:crypto");
const { existsSync, readFileSync } = require("node:fs");
const { relative } = require("node:path");

const RECORD = "run `npm run python:record` with the reference environment (README, Python twins)";

/**
 * @this {{ getOptions(): { manifestFile: string, rootDir: string }, addDependency(file: string): void,
 *   resourcePath: string, cacheable(flag: boolean): void, emitWarning(error: Error): void }}
 */
module.exports = function pythonTwin() {
  this.cacheable(true);
  const { manifestFile, rootDir } = this.getOptions();
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
  if (recording.sha256 !== createHash("sha256").update(code).digest("hex")) {
    this.emitWarning(new Error(`python-twin: ${key} changed since its output was recorded; ${RECORD}.`));
  }
  const twin = { file: key, code, output: readFileSync(outputFile, "utf8"), recording };
  return `export default ${JSON.stringify(twin)};\n`;
};
