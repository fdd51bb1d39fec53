// Webpack/Rspack pre-loader for MDX: a page that uses <Playground> or <PythonTwin> without importing it
// gets the import, appended at the end of the page (ES imports are hoisted; no line above moves, so MDX
// error lines stay right). Authors write nothing extra, as when the components came from the MDX
// components map; but that map is in every doc page's start-up code, and only the articles use them.
// Plain CommonJS: loaders are loaded by the bundler, not by Docusaurus's TypeScript-aware loader.

/** The components a page gets without importing them, and where from. */
const COMPONENTS = {
  Playground: "@site/src/components/Playground",
  PythonTwin: "@site/src/components/PythonTwin",
};

/** @this {{ cacheable(flag: boolean): void }} @param {string} source */
module.exports = function addComponentImports(source) {
  this.cacheable(true);
  const imports = Object.entries(COMPONENTS)
    .filter(([name]) => new RegExp(`<${name}[\\s/>]`).test(source))
    .filter(([name]) => !new RegExp(`^import\\s+${name}\\b`, "m").test(source))
    .map(([name, from]) => `import ${name} from ${JSON.stringify(from)};`);
  return imports.length === 0 ? source : `${source.replace(/\n*$/, "")}\n\n${imports.join("\n")}\n`;
};
