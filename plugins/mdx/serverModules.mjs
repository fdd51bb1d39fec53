// Plain ES module: the Docusaurus plugin (./index.ts) and vitest.config.mts both read it.

/**
 * Browser module → the module the server render (and the unit tests, which render as the server does)
 * uses in its place, relative to the site. The server's has the articles' short answers at once; the
 * browser's loads them only for a page rendered in the browser (src/components/ShortAnswer); so with the
 * averaging and softmax explorers' code, which the browser loads as the reader comes near each.
 * @type {readonly (readonly [browser: RegExp, server: string])[]}
 */
export const SERVER_MODULES = [
  [/ShortAnswer[\\/]questions\.ts$/, "src/components/ShortAnswer/questions.server.ts"],
  [/AveragingExplorer[\\/]explorer\.ts$/, "src/components/AveragingExplorer/explorer.server.ts"],
  [/SoftmaxExplorer[\\/]explorer\.ts$/, "src/components/SoftmaxExplorer/explorer.server.ts"],
];
