// Webpack/Rspack loader for `./examples/<name>.ts?recorded`: a module that registers the output the build
// recorded for that example (plugins/playground writes them to `recordedFile` in loadContent).
// Plain CommonJS: loaders are loaded by the bundler, not by Docusaurus's TypeScript-aware loader.
const { readFileSync } = require("node:fs");

/**
 * @this {{ getOptions(): { recordedFile: string, registry: string }, addDependency(file: string): void, resourcePath: string, cacheable(flag: boolean): void }}
 */
module.exports = function recorded() {
  this.cacheable(true);
  const { recordedFile, registry } = this.getOptions();
  this.addDependency(recordedFile);
  this.addDependency(this.resourcePath);
  /** @type {Record<string, { key: string }>} */
  const all = JSON.parse(readFileSync(recordedFile, "utf8"));
  const entry = all[this.resourcePath];
  if (!entry) return "export {};\n";
  return [
    `import { registerRecording } from ${JSON.stringify(registry)};`,
    `registerRecording(${JSON.stringify(entry.key)}, ${JSON.stringify(entry)});`,
    "",
  ].join("\n");
};
