// Webpack/Rspack loader for `./examples/<name>.ts?build-output`: a module that registers the output the build
// recorded for that example (plugins/playground writes them to `buildOutputsFile` in loadContent).
// Plain CommonJS: loaders are loaded by the bundler, not by Docusaurus's TypeScript-aware loader.
const { readFileSync } = require("node:fs");

/**
 * @this {{ getOptions(): { buildOutputsFile: string, registry: string }, addDependency(file: string): void, resourcePath: string, cacheable(flag: boolean): void }}
 */
module.exports = function buildOutput() {
  this.cacheable(true);
  const { buildOutputsFile, registry } = this.getOptions();
  this.addDependency(buildOutputsFile);
  this.addDependency(this.resourcePath);
  /** @type {Record<string, { key: string }>} */
  const all = JSON.parse(readFileSync(buildOutputsFile, "utf8"));
  const entry = all[this.resourcePath];
  if (!entry) return "export {};\n";
  return [
    `import { registerBuildOutput } from ${JSON.stringify(registry)};`,
    `registerBuildOutput(${JSON.stringify(entry.key)}, ${JSON.stringify(entry)});`,
    "",
  ].join("\n");
};
