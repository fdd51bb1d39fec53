import type { Plugin } from "@docusaurus/types";
import { woff2Only } from "./woff2Only";

interface LoaderUse {
  loader?: string;
  options?: { limit?: number | string };
}

/**
 * Keeps fonts out of the style sheet. Docusaurus inlines every font file under 10 kB as a data URI, and
 * KaTeX's style sheet names 20 fonts in three formats each: 118 kB of base64 (it does not compress) went
 * into the one render-blocking style sheet of every page, most of it WOFF and TTF that no current
 * browser downloads. As files, a page fetches only the WOFF2 fonts it uses, after first paint.
 *
 * And it drops the other formats from every `@font-face` that has a WOFF2 source (./woff2Only.ts): they
 * are never fetched, but cost style work as the page loads, and are no longer built.
 */
export default function fontFilesPlugin(): Plugin {
  return {
    name: "font-files",
    configurePostCss(options) {
      options.plugins.push(woff2Only);
      return options;
    },
    configureWebpack(config) {
      for (const rule of config.module?.rules ?? []) {
        if (!rule || typeof rule !== "object" || !(rule.test instanceof RegExp) || !rule.test.test("x.woff2")) continue;
        for (const use of (Array.isArray(rule.use) ? rule.use : []) as LoaderUse[]) {
          if (use.loader?.includes("url-loader") && use.options) use.options.limit = -1;
        }
      }
      return {};
    },
  };
}
