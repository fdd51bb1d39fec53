/**
 * Browser module → the module the server render (and the unit tests, which render as the server does)
 * uses in its place, relative to the site. The server's typesets with KaTeX; the browser's loads
 * what the build typeset.
 */
export const SERVER_MODULES: readonly (readonly [browser: RegExp, server: string])[] = [
  [/ActivationExplorer[\\/]formulas\.ts$/, "src/components/ActivationExplorer/formulas.server.ts"],
];
