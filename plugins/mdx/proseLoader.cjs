// Webpack/Rspack loader for the data files of prose islands (`<hash>.prose`, written by ./rehypeProseIslands.ts
// and imported by the MDX page it came from). By `mode`:
// - "whole" (the server bundle): every island's HTML and links, so the HTML shows them and Docusaurus checks
//   the links;
// - "handle" (the browser's): a `load()` of the islands' HTML from a chunk of its own (`?data`), since a
//   hydrating page keeps the server's content and only a page rendered in the browser needs it;
// - "data": that chunk's module, the HTML strings as its default export.
// Plain CommonJS: loaders are loaded by the bundler, not by Docusaurus's TypeScript-aware loader.
const { readFileSync } = require("node:fs");
const { basename } = require("node:path");

/** @this {{ getOptions(): { mode: "whole" | "handle" | "data" }, resourcePath: string, cacheable(flag: boolean): void }} */
module.exports = function proseLoader() {
  this.cacheable(true);
  const { mode } = this.getOptions();
  /** @type {{ html: string, links: string[] }[]} */
  const blocks = JSON.parse(readFileSync(this.resourcePath, "utf8"));
  if (mode === "whole") return `export default ${JSON.stringify({ blocks })};\n`;
  if (mode === "data") return `export default ${JSON.stringify(blocks.map((b) => b.html))};\n`;
  const data = JSON.stringify(`./${basename(this.resourcePath)}?data`);
  return `export default { load: () => import(${data}).then((m) => m.default) };\n`;
};
