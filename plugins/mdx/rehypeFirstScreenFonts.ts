import type { Root, RootContent } from "hast";
import { visit } from "unist-util-visit";
import { DESKTOP_MIN_WIDTH } from "../_desktopWidth";
import { heightLayingOut } from "../deferred-layout/blocks";
import { formulaFontFiles, isFormula, type KatexFonts, katexFonts } from "./_katexFonts";
import { identifierAttribute, importDefault, stringAttribute } from "./_mdxNodes";

// KaTeX's fonts are asked for only when the first layout meets a formula, too late for the first paint: a
// formula on the first screen is laid out in the fallback serif, invisible (`font-display: block`), then
// again in KaTeX's glyphs, and everything after it on its line moves. On /reference/metrics at 1280×720 the
// display formula of P, R and F moved by 0.0014-0.011 of the screen at each load (a layout shift), and the
// shifts-while-loading check of the accessibility scans (tests/e2e/_axe.ts) failed once in a fresh clone's
// run. This step, run after rehype-katex, gives the page `<link rel="preload">` for the fonts of the formulas
// its first screen lays out, so they arrive with the style sheet: eight loads of that page under a 3× slower
// CPU moved nothing (each of six before moved 0.0014 or more).
//
// On a desktop only: a phone's first screen is a few parts (plugins/deferred-layout) and its link may be slow.
// With the same fonts preloaded in Lighthouse's mobile runs (two or three a page, alternating with the build
// before, 2026-12-06), /reference/metrics painted its largest element at 2.5 s instead of 1.4-1.8,
// /regression-output-activation scored 93 once, and the articles' total blocking time went from 0-95 ms to
// 62-150: the simulated first paint came at 1.07 s in every run, with more of the start-up's work after it.

/** The narrowest screen that preloads a first screen's fonts: Docusaurus's desktop layout, sidebar and all. */
export const PRELOAD_MIN_WIDTH = DESKTOP_MIN_WIDTH;

/**
 * A part of the page: what becomes a child of `.markdown` (imports and blank text do not). A JSX element counts
 * as one, though a component may render several (an imported partial such as the activation reference's
 * entries) or none: the parts after it are then counted short. Formulas a component draws itself (the
 * activation cards') are not seen; nor do the browser tests' pages have them on a first screen.
 */
function isPart(node: RootContent): boolean {
  return node.type === "element" || (node.type === "mdxJsxFlowElement" && node.name !== "Head" && node.name !== "head");
}

/**
 * For each font file an article's formulas draw from, the first of its parts (1 for the first child of
 * `.markdown`) that holds a formula drawing from it.
 */
export function firstPartOfFont(tree: Root, fonts: KatexFonts = katexFonts()): Map<string, number> {
  const first = new Map<string, number>();
  let nth = 0;
  for (const part of tree.children) {
    if (!isPart(part)) continue;
    nth += 1;
    visit(part, "element", (node) => {
      if (!isFormula(node)) return;
      for (const file of formulaFontFiles(node, fonts)) if (!first.has(file)) first.set(file, nth);
    });
  }
  return first;
}

/** The media query under which part `nth` is on a desktop's first screen (see heightLayingOut). */
export function preloadMedia(nth: number): string {
  const height = heightLayingOut(nth);
  return `(width >= ${PRELOAD_MIN_WIDTH}px)${height > 0 ? ` and (height > ${height}px)` : ""}`;
}

export default function rehypeFirstScreenFonts() {
  return (tree: Root) => {
    const fonts = [...firstPartOfFont(tree)];
    if (fonts.length === 0) return;
    // The bundler gives the file the address KaTeX's style sheet has for it: one module, one address.
    const imports = fonts.map(([file], i) => importDefault(`__katexFont${i}`, `katex/dist/${file}`));
    const links = fonts.map(([, nth], i) => ({
      type: "mdxJsxFlowElement",
      name: "link",
      attributes: [
        stringAttribute("rel", "preload"),
        identifierAttribute("href", `__katexFont${i}`),
        stringAttribute("as", "font"),
        stringAttribute("type", "font/woff2"),
        stringAttribute("crossOrigin", "anonymous"),
        stringAttribute("media", preloadMedia(nth)),
      ],
      children: [],
    }));
    const head = { type: "mdxJsxFlowElement", name: "Head", attributes: [], children: links };
    tree.children.unshift(...imports);
    tree.children.push(head as unknown as RootContent);
  };
}
