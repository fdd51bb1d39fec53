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

/**
 * Large parts of a page that, like code blocks, wait until they come near the viewport and are not laid out
 * in idle time: the activation reference's cards, 300 elements of formulas and charts each (5,453 of the
 * page's 5,992 elements were in its 18 cards, laid out as the page was parsed). Only the ones that are among
 * the first FIRST_SCREEN_PARTS parts of the article are laid out as parsed.
 */
export const PARTS = ".markdown > [data-activation-card]";

/**
 * How many of an article's first parts a large part (PARTS) may be among and still be laid out as parsed.
 * On /reference/activations the first card is the sixth part, below a phone's first screen and at the
 * bottom of a desktop's 1,400 pixels; the second is the eighth (2026-12-06).
 */
export const FIRST_SCREEN_PARTS = 7;

/** On `<html>` while the address names a section: every block is laid out at once. */
export const EXACT_LAYOUT = "data-exact-layout";

/** On a block once it has been laid out for good; on `<html>` once every one of IDLE_BLOCKS has. */
export const LAID_OUT = "data-laid-out";

/**
 * How many of an article's first parts (children of `.markdown`) are laid out as the page is parsed, whatever
 * their kind: the first screen. The browser paints a deferred block in view at its estimated height first, then
 * at its real one, which moves everything below it: on /reference/api/tensor a paragraph estimated at six lines
 * held five, a layout shift of 0.12 on a phone (Lighthouse's CLS), where nothing moves with this. The most
 * parts a first screen held: 9 on a phone (412×823), 16 on a desktop 1,400 pixels high (2026-12-06).
 */
export const FIRST_SCREEN = 16;

/**
 * The style sheet: blocks, code blocks and large parts are laid out and painted only near the viewport, at an
 * estimated height until then (about the median of each kind on the four articles; once shown, the
 * height it had), unless they are on the first screen or `EXACT_LAYOUT` or `LAID_OUT` says otherwise.
 */
export function deferredLayoutCss(): string {
  return `/* Written by plugins/deferred-layout (blocks.ts). */
:where(${BLOCKS}, ${CODE_BLOCKS}, ${PARTS}) {
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
${PARTS} {
  contain-intrinsic-block-size: auto 70rem;
}
html[${EXACT_LAYOUT}] :is(${BLOCKS}, ${CODE_BLOCKS}, ${PARTS}),
.markdown > :nth-child(-n + ${FIRST_SCREEN}):not(${PARTS}),
${PARTS}:nth-child(-n + ${FIRST_SCREEN_PARTS}),
:is(${BLOCKS})[${LAID_OUT}] {
  content-visibility: visible;
}
`;
}
