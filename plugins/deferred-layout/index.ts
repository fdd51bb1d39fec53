import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { BEFORE_FIRST_PAINT, deferredLayoutCss, EXACT_LAYOUT } from "./blocks";

/**
 * Run as the head is parsed. An address that names a section lays the page out at once (EXACT_LAYOUT). A new
 * visit to any other marks the document BEFORE_FIRST_PAINT until its first contentful paint has been reported,
 * or its load if no paint comes first (a tab in the background). Not with a section named, nor on a reload or a
 * return through history: the browser's jump to the section, or back to where the reader was, would be computed
 * without the parts held back, and land short once they came.
 */
const HEAD_SCRIPT = `(function(d){var visit=performance.getEntriesByType&&performance.getEntriesByType("navigation")[0];if(location.hash)d.setAttribute("${EXACT_LAYOUT}","");else if(visit&&visit.type==="navigate"){d.setAttribute("${BEFORE_FIRST_PAINT}","");var done=function(){d.removeAttribute("${BEFORE_FIRST_PAINT}")};addEventListener("load",done);try{new PerformanceObserver(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();done()}}).observe({type:"paint",buffered:true})}catch(e){done()}}})(document.documentElement)`;

/**
 * Keeps layout out of a page's start-up. KaTeX's nested boxes made each full layout of an article 30-50 ms
 * (3/4 of it formulas), in the tasks that parse the page and that end hydration. The page's blocks
 * (paragraphs, lists, tables, display formulas, code, and large parts: playgrounds, widgets, cards; see
 * ./blocks.ts) get `content-visibility: auto`:
 * those far from the viewport are not laid out (a full relayout takes 12-19 ms), and each takes an
 * estimated height. After the `load` event, the client module lays out the rest of the prose without
 * formulas in idle time, a few milliseconds per task, so that text has its real place, as assistive
 * technology and accessibility checkers (which find colours by hit-testing) expect. Code blocks, large
 * parts and blocks with formulas keep their estimate until they are shown: one of them alone is more
 * than a task may take (./blocks.ts, IDLE_BLOCKS and PARTS).
 *
 * Until then a scroll to a section would compute its place from the estimates, and the heading would end
 * up off screen once the blocks around it took their real heights. So whenever the address names a
 * section, the page is laid out at once (`html[data-exact-layout]`) before the scroll: for a link that
 * opens the site, by a script in the head (HEAD_SCRIPT) before the body is parsed; for a navigation within it, by the
 * client module before the new address renders. And a reader who jumps onto parts not yet laid out keeps
 * their place as those around them take their real heights (./_readerPlace.ts).
 *
 * And on a new visit to an address that names no section (not a reload, not a return through history), the
 * parts of an article with formulas below its first screen wait for the first paint (./blocks.ts,
 * BEFORE_FIRST_PAINT), so that KaTeX's fonts are asked for after it.
 */
export default function deferredLayoutPlugin(context: LoadContext): Plugin {
  const dir = join(context.generatedFilesDir, "deferred-layout");
  const css = join(dir, "deferred-layout.css");
  mkdirSync(dir, { recursive: true });
  writeFileSync(css, deferredLayoutCss());
  return {
    name: "deferred-layout",
    getClientModules: () => [css, join(context.siteDir, "plugins/deferred-layout/client.ts")],
    injectHtmlTags: () => ({
      headTags: [
        {
          tagName: "script",
          innerHTML: HEAD_SCRIPT,
        },
      ],
    }),
  };
}
