// Plain ES module: the Docusaurus plugin (./index.ts) and vitest.config.mts both read it.

/**
 * Browser module → the module the server render (and the unit tests, which render as the server does)
 * uses in its place, relative to the site. The server's draws every recorded output into the HTML; the
 * browser's loads the console and chart panels when an output must be drawn anew, and draws heatmaps on
 * canvases where the server writes PNGs.
 * @type {readonly (readonly [browser: RegExp, server: string])[]}
 */
export const SERVER_MODULES = [
  [/Playground[\\/]outputPanels\.ts$/, "src/components/Playground/outputPanels.server.ts"],
  // A heatmap's map: a PNG <image> in the HTML, a <canvas> redrawn in place in the browser.
  [/Playground[\\/]charts[\\/]MapPicture\.tsx$/, "src/components/Playground/charts/MapPicture.server.tsx"],
];
