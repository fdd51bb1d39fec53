import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { EXACT_LAYOUT } from "./attribute";

/**
 * Off-screen blocks of an article are laid out only when they come near the viewport, at an estimated
 * height until then (`content-visibility: auto`, src/css/custom.css). A scroll to a section computes its
 * place from those estimates: after a search result or a table-of-contents link, the blocks around it
 * then took their real heights and the heading ended up off screen. So whenever the address names a
 * section, the page is laid out exactly (`html[data-exact-layout]`) before the scroll: for a link that
 * opens the site, by a one-line script before the body is parsed; for a navigation within it, by a
 * client module before the new address renders. Addresses without a section go back to laying out only
 * what is near the viewport.
 */
export default function anchorLayoutPlugin(context: LoadContext): Plugin {
  return {
    name: "anchor-layout",
    getClientModules: () => [join(context.siteDir, "plugins/anchor-layout/client.ts")],
    injectHtmlTags: () => ({
      headTags: [
        {
          tagName: "script",
          innerHTML: `location.hash&&document.documentElement.setAttribute("${EXACT_LAYOUT}","")`,
        },
      ],
    }),
  };
}
