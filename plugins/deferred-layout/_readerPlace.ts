import { WIDGET } from "./blocks";

/**
 * The reader's place in an article, kept while the parts above it take their real heights (./index.ts: a
 * part not yet laid out has an estimated height).
 *
 * Chromium keeps a place by a scroll anchor, which it chooses in the viewport at the first layout after a
 * scroll. A part that comes near the viewport only then is laid out for the first time in that very layout,
 * and Chromium does not choose it (Chromium 156; a page of `content-visibility: auto` paragraphs does the same):
 * after a jump onto parts not yet laid out (the scroll bar dragged, the End key) the anchor was
 * `.markdown` itself, which does not move when the parts inside it grow. On /regression-output-activation the
 * last playground, reached on a phone before the page had loaded, went 1,334 px down the screen as the five
 * parts above it were laid out. Here the part at the top of the viewport is noted at each scroll; when the
 * article changes size in the frames right after (FRAMES_AFTER_SCROLL) and Chromium has not moved the page,
 * the page moves by as much as that part did. Only then: a part that grows later is the reader's doing or a
 * live part's (a table opened, a playground's output), and where Chromium's anchor leaves the page, it stays.
 */

/**
 * How many animation frames after a scroll its place is kept. The parts that come near the viewport with a
 * scroll are laid out in the frame after the one that found them near (the second after the scroll, in
 * .dbg/anchorjump3.mjs); one frame more for margin.
 */
const FRAMES_AFTER_SCROLL = 3;

/**
 * The part at the top of the viewport, where it was then, the scroll position it was seen at, and how many
 * animation frames it is kept for still.
 */
type Place = { part: Element; top: number; scrollY: number; frames: number };

/** The article's `.markdown`, watched for changes of size, and the reader's place in it. */
let article: { markdown: Element; observer: ResizeObserver } | null = null;
let place: Place | null = null;
/** Where the last search for the part at the top ended: the next one starts there. */
let lastIndex = 0;

/**
 * An article's parts in document order: a widget's element (`display: contents`) gives way to what it holds.
 * Read anew each time: a widget renders what it holds anew once it loads.
 */
function partsOf(markdown: Element): Element[] {
  return Array.from(markdown.children).flatMap((el) => (el.matches(WIDGET) ? Array.from(el.children) : [el]));
}

/**
 * The part the reader's view is kept by: the first of `parts` that starts in the viewport, or the one that
 * covers its top when none does. (A part that starts above the viewport and grows in the frames after a jump
 * is one laid out for the first time, shown at its estimated height until then, mostly above the viewport:
 * what is kept is the next part, which the reader sees whole.) The
 * search starts where the last one ended (a scroll mostly moves by a part or two); parts without a box are
 * passed over.
 */
function partAtTop(parts: Element[]): Element | undefined {
  if (parts.length === 0) return undefined;
  const box = (i: number) => (parts[i] as Element).getBoundingClientRect();
  const reachesIntoView = (i: number) => {
    const { bottom, height } = box(i);
    return height > 0 && bottom > 0;
  };
  // The first part that reaches below the viewport's top edge.
  let i = Math.min(lastIndex, parts.length - 1);
  while (i < parts.length && !reachesIntoView(i)) i++;
  if (i === parts.length) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const { bottom, height } = box(j);
    if (height === 0) continue;
    if (bottom <= 0) break;
    i = j;
  }
  lastIndex = i;
  if (box(i).top >= 0) return parts[i];
  // It starts above the viewport: the next part with a box, if that starts in view.
  for (let j = i + 1; j < parts.length; j++) {
    const { top, height } = box(j);
    if (height === 0) continue;
    return top < window.innerHeight ? parts[j] : parts[i];
  }
  return parts[i];
}

/** Notes the part at the top of the viewport at a scroll, to keep for FRAMES_AFTER_SCROLL frames. */
function notePlace(): void {
  if (!article?.markdown.isConnected || window.scrollY === 0) {
    // At the top the page grows downwards, as Chromium has it too.
    place = null;
    return;
  }
  const part = partAtTop(partsOf(article.markdown));
  place = part
    ? { part, top: part.getBoundingClientRect().top, scrollY: window.scrollY, frames: FRAMES_AFTER_SCROLL }
    : null;
  if (place && !counting) {
    counting = true;
    requestAnimationFrame(countFrame);
  }
}

/** Whether countFrame is waiting for a frame. */
let counting = false;

/** Counts down the frames the place is kept for, then lets it go. */
function countFrame(): void {
  if (place && --place.frames > 0) {
    requestAnimationFrame(countFrame);
    return;
  }
  place = null;
  counting = false;
}

/**
 * The article changed size right after a scroll: if the part at the top moved and Chromium's own anchor did
 * not move the page (the scroll position is the one the part was seen at), the page moves with the part. A
 * landing hold keeps its section instead.
 */
function keepPlace(): void {
  if (!place?.part.isConnected || window.scrollY !== place.scrollY || releaseLanding) return;
  const by = place.part.getBoundingClientRect().top - place.top;
  if (Math.abs(by) < 1) return;
  window.scrollBy(0, by);
  place.scrollY = window.scrollY;
}

/** Whether the scroll listener is on: one for every page of the visit. */
let listening = false;

/** Keeps the reader's place in the article of the page now shown (none on a page without one). */
export function keepReaderPlace(): void {
  article?.observer.disconnect();
  article = null;
  place = null;
  lastIndex = 0;
  const markdown = document.querySelector(".markdown");
  if (!markdown || typeof ResizeObserver === "undefined") return;
  const observer = new ResizeObserver(keepPlace);
  observer.observe(markdown);
  article = { markdown, observer };
  if (!listening) {
    listening = true;
    window.addEventListener("scroll", notePlace, { passive: true });
  }
  // Noted at the next scroll, not now: reading a place would force a layout into hydration's task.
}

/** What a reader does to move through the page themselves: the section they landed on is theirs to leave. */
const READER_MOVES = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
/** How long after landing the section is held in place at most. */
const HOLD_MS = 10_000;
let releaseLanding: (() => void) | null = null;

/** Ends the hold of the section a reader landed on, if one is on. */
export function releaseLandingSection(): void {
  releaseLanding?.();
}

/**
 * Holds the section a reader landed on (an address with an anchor, reached inside the site) where
 * Docusaurus scrolled it, while the new page's parts fill in above it: a page rendered in the browser
 * loads its playgrounds' code and recorded output after it appears (src/components/Island), which would
 * push the section out of view. Each time the page's size changes, the section moves back to where it
 * was; the hold ends at the reader's first move of their own (input, or a scroll while the page keeps
 * its size), at the next navigation, or after HOLD_MS.
 */
export function holdLandingSection(id: string): void {
  releaseLanding?.();
  const target = document.getElementById(id);
  if (!target || typeof ResizeObserver === "undefined") return;
  // What grows as parts fill in is the article around the section (<body> keeps the viewport's height).
  const grows = target.closest("article") ?? target.parentElement ?? target;
  const landedTop = target.getBoundingClientRect().top;
  // Read again each time: a part that fills in may render the section's heading anew.
  const drift = () => (document.getElementById(id) ?? target).getBoundingClientRect().top - landedTop;
  let height = grows.getBoundingClientRect().height;
  const observer = new ResizeObserver(() => {
    height = grows.getBoundingClientRect().height;
    const by = drift();
    if (Math.abs(by) >= 1) window.scrollBy(0, by);
  });
  // A scroll that moves the section while the page keeps its size is the reader's own (the scroll bar,
  // find in page): theirs to keep. (A scroll the page's growth causes comes before the observer has
  // seen the new size.)
  const onScroll = () => {
    if (grows.getBoundingClientRect().height === height && Math.abs(drift()) >= 1) release();
  };
  const timer = window.setTimeout(() => release(), HOLD_MS);
  const release = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of READER_MOVES) window.removeEventListener(type, release, true);
    window.removeEventListener("scroll", onScroll);
    releaseLanding = null;
  };
  for (const type of READER_MOVES) window.addEventListener(type, release, { capture: true, passive: true });
  window.addEventListener("scroll", onScroll, { passive: true });
  observer.observe(grows);
  releaseLanding = release;
}
