import { join } from "node:path";
import type { Plugin } from "@docusaurus/types";
import rehypeProseIslands, { type ProseIslandsOptions } from "./rehypeProseIslands";
import { SERVER_MODULES } from "./serverModules.mjs";

/**
 * Prose islands (./rehypeProseIslands.ts): `proseIslands(siteDir, baseUrl, trailingSlash)` gives the rehype
 * step to list in the MDX options, and `plugin` the bundler's handling of the data files it writes
 * (./proseLoader.cjs): whole in the server bundle, loaded on demand in the browser's. The plugin also gives
 * the server its own modules where an article's component keeps the server's rendering (SERVER_MODULES).
 */
export function proseIslands(siteDir: string, baseUrl: string, trailingSlash: boolean | undefined) {
  const options: ProseIslandsOptions = {
    // Beside the bundler's cache, and cleared with it (`docusaurus clear`): a cached page's module imports
    // its data file by name, so the two must live and go together. Relative to the site (where the build
    // runs), so that no path of the build machine reaches the pages' JavaScript (see ProseIslandsOptions).
    cacheDir: "node_modules/.cache/prose-islands",
    baseUrl,
    trailingSlash,
    component: "@site/src/components/Prose",
  };
  const rehype = [rehypeProseIslands, options] as const;
  const plugin = (): Plugin => ({
    name: "prose-islands",
    configureWebpack(_config, isServer, { currentBundler }) {
      const use = (mode: "whole" | "handle" | "data") => ({
        type: "javascript/auto",
        use: [{ loader: join(siteDir, "plugins/mdx/proseLoader.cjs"), options: { mode } }],
      });
      return {
        module: {
          rules: [
            {
              test: /\.prose$/,
              oneOf: [{ resourceQuery: /^\?data$/, ...use("data") }, use(isServer ? "whole" : "handle")],
            },
          ],
        },
        plugins: isServer
          ? SERVER_MODULES.map(
              ([browser, server]) =>
                new currentBundler.instance.NormalModuleReplacementPlugin(browser, join(siteDir, server)),
            )
          : [],
      };
    },
  });
  return { rehype, plugin };
}
