// Webpack/Rspack loader for `./examples/<name>.ts?raw` in the browser's bundle (the server's gets the text,
// an asset/source rule): a handle with what the page needs to hydrate and lay out a playground without the
// text (src/components/Playground/sources.ts: line count, recorded-output key, imported names, which the
// plugin computed for every example file in `sourcesFile`), and a `load()` of the text, in a chunk of its
// own (`?raw-text`), for when the editor, a run or a copy needs it.
// Plain CommonJS: loaders are loaded by the bundler, not by Docusaurus's TypeScript-aware loader.
const { readFileSync } = require("node:fs");
const { basename } = require("node:path");

/**
 * @this {{ getOptions(): { sourcesFile: string }, addDependency(file: string): void, resourcePath: string,
 *   cacheable(flag: boolean): void }}
 */
module.exports = function sourceHandle() {
  this.cacheable(true);
  const { sourcesFile } = this.getOptions();
  this.addDependency(sourcesFile);
  this.addDependency(this.resourcePath);
  /** @type {Record<string, { lines: number, key: string, core: string[], playground: string[] }>} */
  const all = JSON.parse(readFileSync(sourcesFile, "utf8"));
  const facts = all[this.resourcePath];
  if (!facts) {
    throw new Error(
      `playground: ${this.resourcePath} is imported with "?raw" but is not a file of docs/<slug>/examples/; ` +
        "only example files have the facts the browser's playground needs (plugins/playground, exampleSources).",
    );
  }
  const text = JSON.stringify(`./${basename(this.resourcePath)}?raw-text`);
  return `export default Object.assign(${JSON.stringify(facts)}, { load: () => import(${text}).then((m) => m.default) });\n`;
};
