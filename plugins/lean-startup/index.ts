import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { COMPILE_HINT } from "./compileHint";
import { stopSvgLoadEventsScript } from "./svgLoadEvents";

/** theme-classic's client module that starts and ends the progress bar of navigations (`./nprogress`). */
export const PROGRESS_CLIENT_MODULE = /theme-classic[\\/]lib[\\/]nprogress\.js$/;

/**
 * Keeps two pieces of Docusaurus's own code out of what every page runs at start-up, where a reader who
 * only reads never needs them:
 * - `@docusaurus/utils-common`, which `<Link>` and the site metadata import for `applyTrailingSlash`, is
 *   CommonJS whose entry requires tslib for one helper, and a `require` keeps all of tslib (4 KiB gzip).
 *   The browser gets ./utilsCommon.ts instead: the same exports, re-exported from the package's own files.
 * - theme-classic's progress bar, a client module that imports nprogress (2 KiB gzip) as every page starts,
 *   for navigations that may never come. ./progressBar.ts replaces it and loads nprogress when a navigation
 *   has taken long enough to show the bar.
 * Neither has a public switch. leanStartup.test.ts fails, naming the file and the Docusaurus version, when
 * either file moves or changes what it exports or does.
 *
 * And it marks the entry scripts (`main`, and the webpack runtime) with COMPILE_HINT: every page runs
 * nearly all of their code as it starts and hydrates, and compiling each function lazily at its first
 * call was about a third of main.js's evaluation on the main thread.
 *
 * And it stops the `load` events of `<svg>` elements before they reach React (./svgLoadEvents.ts).
 */
export default function leanStartupPlugin(context: LoadContext): Plugin {
  return {
    name: "lean-startup",
    injectHtmlTags: () => ({ headTags: [{ tagName: "script", innerHTML: stopSvgLoadEventsScript() }] }),
    configureWebpack(_config, isServer, { currentBundler }) {
      // The server's bundle is never shipped: it keeps Docusaurus's modules as they are.
      if (isServer) return {};
      const { BannerPlugin, Compilation, NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        resolve: {
          alias: { "@docusaurus/utils-common$": join(context.siteDir, "plugins/lean-startup/utilsCommon.ts") },
        },
        plugins: [
          new NormalModuleReplacementPlugin(
            PROGRESS_CLIENT_MODULE,
            join(context.siteDir, "plugins/lean-startup/progressBar.ts"),
          ),
          // After minification, which drops comments; before the file's hash is computed.
          new BannerPlugin({
            banner: COMPILE_HINT,
            raw: true,
            entryOnly: true,
            // The entry's style sheet too, otherwise: there the line is not a comment, and it broke the first rule.
            test: /\.js$/,
            stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING,
          }),
        ],
      };
    },
  };
}
