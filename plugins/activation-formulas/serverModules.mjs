// Plain ES module: the Docusaurus plugin (./index.ts) and vitest.config.mts both read it.

/**
 * Browser module → the module the server render (and the unit tests, which render as the server does)
 * uses in its place, relative to the site. The server's typesets with KaTeX; the browser's loads
 * what the build typeset.
 * @type {readonly (readonly [browser: RegExp, server: string])[]}
 */
export const SERVER_MODULES = [
  [/ActivationExplorer[\\/]formulas\.ts$/, "src/components/ActivationExplorer/formulas.server.ts"],
  // The explorer itself: the server renders it; the browser loads it when the reader comes near.
  [/ActivationExplorer[\\/]explorer\.ts$/, "src/components/ActivationExplorer/explorer.server.ts"],
];
