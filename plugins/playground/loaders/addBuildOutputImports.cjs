// Webpack/Rspack pre-loader for MDX: after each `import x from "./examples/<name>.ts?raw";` it adds, on the
// same line (so MDX error lines stay right), `import "./examples/<name>.ts?build-output";`. That module
// registers the example's recorded output (loaders/buildOutput.cjs), so the output travels in the page's own
// chunk rather than in the global data every page loads. Authors write nothing extra.
// Plain CommonJS: loaders are loaded by the bundler, not by Docusaurus's TypeScript-aware loader.
const IMPORT_RAW = /^(import\s+[\w$]+\s+from\s+(["'])(\.{1,2}\/[^"']*examples\/[^"'/]+\.[jt]s)\?raw\2;?)[ \t]*$/gm;

/** @this {{ cacheable(flag: boolean): void }} @param {string} source */
module.exports = function addBuildOutputImports(source) {
  this.cacheable(true);
  return source.replace(
    IMPORT_RAW,
    (_line, statement, quote, path) => `${statement} import ${quote}${path}?build-output${quote};`,
  );
};
