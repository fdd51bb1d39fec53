import { DESKTOP_MIN_WIDTH } from "../_desktopWidth";

/** The blocks of an article whose layout waits until they come near the viewport, or until idle time. */
export const BLOCKS = ".markdown > :where(p, ul, ol, table, .katex-display)";

/**
 * The blocks laid out in idle time: those without formulas. A block with formulas has its style computed for
 * the first time when it is laid out, and one alone took 12-27 ms under Lighthouse's trace on
 * /regression-output-activation (its paragraphs hold 80 elements of KaTeX each), more than one task may take
 * (12.5 ms, four times that on Lighthouse's slowed CPU, counts as blocking): they wait until they come near
 * the viewport, like code blocks.
 */
export const IDLE_BLOCKS = `:is(${BLOCKS}):not(:has(.katex))`;

/**
 * Code blocks wait until they come near the viewport, but are not laid out in idle time: each holds
 * hundreds of highlighted tokens, and the style of one playground's code took 20-30 ms in a single task.
 */
export const CODE_BLOCKS = ".theme-code-block";

/** What marks a large part (PARTS) and a widget's box (WIDGET). */
const LARGE_PARTS = "[data-activation-card], [data-playground]";
const IS_WIDGET = "[data-near-widget]";

/**
 * Large parts of a page that, like code blocks, wait until they come near the viewport and are not laid out
 * in idle time: the activation reference's cards, 300 elements of formulas and charts each (5,453 of the
 * page's 5,992 elements were in its 18 cards, laid out as the page was parsed), and playgrounds, whose
 * toolbars, tabs and panels were 969 of the 2,350 elements /relu-hidden-layers styled as it was parsed
 * (the page's first layout, 70 ms on this machine, became 39 without them).
 */
export const PARTS = `.markdown > :where(${LARGE_PARTS})`;

/**
 * Widgets (src/components/Island/near.tsx) are large parts too. Their element is a `display: contents` box,
 * which content-visibility does not apply to: what it holds is deferred. The activation explorer alone is
 * 322 elements.
 */
export const WIDGET = `.markdown > ${IS_WIDGET}`;

/** Large parts and widgets, among an article's parts. */
const LARGE = `:is(${LARGE_PARTS}, ${IS_WIDGET})`;

/** What is laid out near the viewport: blocks, code blocks, large parts and what widgets hold. */
const DEFERRED = `${BLOCKS}, ${CODE_BLOCKS}, ${PARTS}, ${WIDGET} > *`;

/** On `<html>` while the address names a section: every block is laid out at once. */
export const EXACT_LAYOUT = "data-exact-layout";

/** On a block once it has been laid out for good; on `<html>` once every one of IDLE_BLOCKS has. */
export const LAID_OUT = "data-laid-out";

/**
 * The least height a part of an article takes on a first screen, in CSS pixels: a screen h pixels high
 * shows the start of at most h / PART_PX parts. Measured on every page at eleven viewports from 360×640 to
 * 2560×1440, the most parts a first screen began was 10 on 412×823 and on 1366×768, 14 on 1920×1080 and 18
 * on 2560×1440: 77 to 107 pixels a part (2026-12-06). Tests load every page on a phone
 * (tests/e2e/pages.test.ts) and on a desktop (the accessibility scans) and find nothing moves.
 */
const PART_PX = 70;

/** First screens told apart, by their height's upper bound in CSS pixels; a taller one lays out every part. */
const SCREEN_HEIGHTS = Array.from({ length: 20 }, (_, i) => 500 + 100 * i);

/**
 * How many of an article's first parts (children of `.markdown`) are laid out as the page is parsed, whatever
 * their kind, on a screen at most `height` pixels high: the first screen. The browser paints a deferred block
 * in view at its estimated height first, then at its real one, which moves everything below it: on
 * /reference/api/tensor a paragraph estimated at six lines held five, a layout shift of 0.12 on a phone
 * (Lighthouse's CLS), where nothing moves with this. A phone lays out fewer parts than a desktop (13 on
 * 412×823): on /relu-hidden-layers, 12 instead of 16 made its first layout 30 ms instead of 39 (2026-12-06).
 */
function firstScreen(height: number): number {
  return Math.ceil(height / PART_PX);
}

/**
 * The height a screen must exceed, in CSS pixels, for an article's `nth` part (1 for the first child of
 * `.markdown`) to be laid out as parsed: 0 when every screen lays it out.
 */
export function heightLayingOut(nth: number): number {
  const step = SCREEN_HEIGHTS.findIndex((h) => firstScreen(h) >= nth);
  if (step === -1) return SCREEN_HEIGHTS.at(-1) as number;
  return step === 0 ? 0 : (SCREEN_HEIGHTS[step - 1] as number);
}

/** The parts of an article laid out as parsed on a screen `height` pixels high: its first screen's. */
function firstScreenParts(height: number): string {
  const first = `:nth-child(-n + ${firstScreen(height)})`;
  return `.markdown > ${first}, ${WIDGET}${first} > *`;
}

/** On `<html>` from the start of a first load until its first contentful paint (./index.ts). */
export const BEFORE_FIRST_PAINT = "data-before-first-paint";

/** An article's short answer, a child of `.markdown` (src/components/ShortAnswer). */
const SHORT_ANSWER = "[data-short-answer]";

/**
 * Where, at the least, the part after an article's short answer begins on screens up to `maxWidth` CSS pixels
 * wide, narrower than a desktop (the page laid out in full, from its top): the short answer is a paragraph of
 * a few lines, the taller the narrower the screen. The least measured on the four articles (2026-12-07): 810
 * px at 430 wide, 623 at 900-996. Up to `tallestPx` high: taller screens of these widths (a desktop window made
 * narrow) hold nothing back. tests/e2e/math.test.ts loads the articles on phones' and tablets' screens and finds
 * no part held back that begins on the first screen.
 */
export const PART_AFTER_SHORT_ANSWER = [
  { maxWidth: 430, topPx: 800, tallestPx: 1000 },
  { maxWidth: DESKTOP_MIN_WIDTH - 1, topPx: 600, tallestPx: 1400 },
] as const;

/** The least distance between the tops of two parts after an article's short answer: 45-46 px measured. */
export const PART_AFTER_SHORT_ANSWER_GAP_PX = 40;

/**
 * How many of the parts after an article's short answer may begin on a screen `height` pixels high (their tops
 * above its bottom), when the first begins `topPx` down at the least.
 */
export function partsAfterShortAnswerOnScreen(height: number, topPx: number): number {
  return height <= topPx ? 0 : Math.ceil((height - topPx) / PART_AFTER_SHORT_ANSWER_GAP_PX);
}

/**
 * Until the first contentful paint (BEFORE_FIRST_PAINT), an article's parts with formulas below a phone's or a
 * tablet's first screen are not there at all. Laid out in the first frame (the first screen's parts, and
 * `content-visibility: auto` ones near the viewport), their formulas asked for KaTeX's fonts, at the highest
 * priority, before the first paint; when a font arrived before it, Lighthouse counted the fonts' download as
 * holding the paint (its simulation takes every such request that ended before the paint it saw):
 * /regression-output-activation's simulated first paint came at 1.97 s instead of 1.07 and it scored 92 or 93
 * in one run of five or six in three sittings (bench/RESULTS.md). With this, its fonts are asked for after the
 * first paint, and 6 runs of 6 painted at 1.06-1.08 s (99-100). `display: none` rather than
 * `content-visibility: hidden`: the latter left Chromium reporting a layout shift of a hidden display formula
 * (0.068) as it was shown. The parts come back below the screen, in the frame after. One rule per
 * PART_AFTER_SHORT_ANSWER_GAP_PX of height, each holding back one part more. Desktops hold nothing back: they
 * preload their first screen's fonts (plugins/mdx/rehypeFirstScreenFonts.ts).
 */
function beforeFirstPaintCss(): string {
  const rules: string[] = [];
  let narrower = 0;
  for (const { maxWidth, topPx, tallestPx } of PART_AFTER_SHORT_ANSWER) {
    const widths = narrower === 0 ? `(width <= ${maxWidth}px)` : `(${narrower}px < width <= ${maxWidth}px)`;
    for (let lower = 0, upper = topPx; lower < tallestPx; lower = upper, upper += PART_AFTER_SHORT_ANSWER_GAP_PX) {
      const heights = lower === 0 ? `(height <= ${upper}px)` : `(${lower}px < height <= ${upper}px)`;
      const first = partsAfterShortAnswerOnScreen(upper, topPx) + 1;
      rules.push(
        `@media ${widths} and ${heights} {\n  html[${BEFORE_FIRST_PAINT}] .markdown > :nth-child(n + ${first} of ${SHORT_ANSWER} ~ *):has(.katex) {\n    display: none;\n  }\n}`,
      );
    }
    narrower = maxWidth;
  }
  return rules.join("\n");
}

/**
 * A large part that comes after another is below the first screen of any screen up to this height, whatever
 * its place: a playground is 420 pixels high or more, a card 1,100.
 */
const SECOND_LARGE_PART_BELOW = 1500;

/**
 * Every page's footer (Docusaurus's `ThemeClassNames.layout.footer.container`) is the end of its HTML: a trace of
 * /f1-micro-average's load showed it among what was laid out in the task that fires the load event, the
 * longest task after an article's first paint in Lighthouse's traces. It is laid out when it nears the
 * viewport instead, at this height until then: the one measured at 412 and 1280 px, below and from
 * DESKTOP_MIN_WIDTH (the content's, inside the footer's 2rem paddings; tests/e2e/pages.test.ts checks both).
 * At other widths and text sizes the page's length may change by a few pixels as it is laid out, below the reader.
 */
const FOOTER = { selector: ".theme-layout-footer", phonePx: 577, desktopPx: 206 } as const;

/**
 * The style sheet: blocks, code blocks and large parts are laid out and painted only near the viewport, at an
 * estimated height until then (about the median of each kind on the four articles; once shown, the
 * height it had), unless they are on the first screen or `EXACT_LAYOUT` or `LAID_OUT` says otherwise. Every
 * page's footer (FOOTER) too, always: its estimate is its height at the widths measured, so a footer in view
 * on the first screen does not move anything as it is laid out.
 */
export function deferredLayoutCss(): string {
  const visible = "{\n  content-visibility: visible;\n}";
  const screens = SCREEN_HEIGHTS.map((h, i) => {
    const range = i === 0 ? `height <= ${h}px` : `${SCREEN_HEIGHTS[i - 1]}px < height <= ${h}px`;
    return `@media (${range}) {\n${firstScreenParts(h)} ${visible}\n}`;
  });
  const tallest = SCREEN_HEIGHTS.at(-1);
  return `/* Written by plugins/deferred-layout (blocks.ts). */
:where(${DEFERRED}) {
  content-visibility: auto;
  contain-intrinsic-block-size: auto 6lh;
  /* The containment that comes with it clips paint to the block: keep focus rings at the edges. */
  overflow-clip-margin: 0.25rem;
}
${CODE_BLOCKS} {
  contain-intrinsic-block-size: auto 20rem;
}
.markdown > :is(ul, ol, table) {
  contain-intrinsic-block-size: auto 16lh;
}
.markdown > .katex-display {
  contain-intrinsic-block-size: auto 2lh;
}
.markdown > [data-playground] {
  contain-intrinsic-block-size: auto 55rem;
}
.markdown > [data-activation-card], ${WIDGET} > * {
  contain-intrinsic-block-size: auto 70rem;
}
${FOOTER.selector} {
  content-visibility: auto;
  contain-intrinsic-block-size: auto ${FOOTER.phonePx}px;
}
@media (min-width: ${DESKTOP_MIN_WIDTH}px) {
  ${FOOTER.selector} {
    contain-intrinsic-block-size: auto ${FOOTER.desktopPx}px;
  }
}
${screens.join("\n")}
@media (height > ${tallest}px) {
  .markdown > *, ${WIDGET} > * ${visible}
}
@media (height <= ${SECOND_LARGE_PART_BELOW}px) {
  .markdown > ${LARGE} ~ ${LARGE}, .markdown > ${LARGE} ~ ${IS_WIDGET} > * {
    content-visibility: auto;
  }
}
html[${EXACT_LAYOUT}] :is(${DEFERRED}),
:is(${BLOCKS})[${LAID_OUT}] ${visible}
${beforeFirstPaintCss()}
`;
}
