// Webpack/Rspack loader for `./examples/<name>.ts?build-output`: a module that registers the output the build
// recorded for that example (plugins/playground writes them to `buildOutputsFile` in loadContent), in
// src/components/Playground/buildOutputs.ts. By `mode`:
// - "whole" (the server bundle): the recording itself, so the HTML shows it;
// - "handle" (the browser's): its key and file, and a `load()` of the recording from a chunk of its own,
//   `?build-output-data`, since the page keeps the server's drawing of it until it must draw it anew;
// - "data": that chunk's module, the recording as its default export.
// Plain CommonJS: loaders are loaded by the bundler, not by Docusaurus's TypeScript-aware loader.
const { readFileSync } = require("node:fs");
const { basename } = require("node:path");

/**
 * @this {{ getOptions(): { buildOutputsFile: string, registry: string, mode: "whole" | "handle" | "data" },
 *   addDependency(file: string): void, resourcePath: string, cacheable(flag: boolean): void }}
 */
module.exports = function buildOutput() {
  this.cacheable(true);
  const { buildOutputsFile, registry, mode } = this.getOptions();
  this.addDependency(buildOutputsFile);
  this.addDependency(this.resourcePath);
  /** @type {Record<string, { key: string, file: string }>} */
  const all = JSON.parse(readFileSync(buildOutputsFile, "utf8"));
  const entry = all[this.resourcePath];
  if (mode === "data") {
    if (!entry) throw new Error(`playground: no recorded output for ${this.resourcePath} in ${buildOutputsFile}.`);
    return `export default ${JSON.stringify(entry)};\n`;
  }
  if (!entry) return "export {};\n";
  const recording =
    mode === "whole"
      ? JSON.stringify({ key: entry.key, file: entry.file, output: entry })
      : `{ key: ${JSON.stringify(entry.key)}, file: ${JSON.stringify(entry.file)}, load: () => import(${JSON.stringify(
          `./${basename(this.resourcePath)}?build-output-data`,
        )}).then((m) => m.default) }`;
  return [
    `import { registerBuildOutput } from ${JSON.stringify(registry)};`,
    `registerBuildOutput(${JSON.stringify(entry.key)}, ${recording});`,
    "",
  ].join("\n");
};
