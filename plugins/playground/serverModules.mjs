// Plain ES module: the Docusaurus plugin (./index.ts) and vitest.config.mts both read it.

/**
 * Browser module → the module the server render (and the unit tests, which render as the server does)
 * uses in its place, relative to the site. The server's draws every recorded output into the HTML; the
 * browser's loads the console and chart panels when an output must be drawn anew.
 * @type {readonly (readonly [browser: RegExp, server: string])[]}
 */
export const SERVER_MODULES = [
  [/Playground[\\/]outputPanels\.ts$/, "src/components/Playground/outputPanels.server.ts"],
];
