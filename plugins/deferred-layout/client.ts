import type { ClientModule } from "@docusaurus/types";
import { EXACT_LAYOUT, IDLE_BLOCKS, LAID_OUT } from "./blocks";

/** How long one task may spend laying out blocks (4x that on Lighthouse's slowed CPU, under 50 ms). */
const SLICE_MS = 5;

/** Whether a round of slices is waiting for idle time or under way. */
let scheduled = false;

// Safari has no requestIdleCallback; a timeout still yields between slices (one slice a round there).
const whenIdle = (callback: (deadline?: IdleDeadline) => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(callback) : setTimeout(callback, 50);

let channel: MessageChannel | undefined;
/** Runs `callback` in a task of its own, after what is already queued (input, a frame that is due). */
function nextTask(callback: () => void): void {
  channel ??= new MessageChannel();
  channel.port1.onmessage = callback;
  channel.port2.postMessage(null);
}

/**
 * How many blocks one forced layout takes, adapted as slices go: each forced layout costs about 1 ms on a
 * large page whatever it lays out (on a reference page, 180 blocks one by one took 160 ms, 16 at a time 40,
 * all at once 23), so blocks that turn out cheap are laid out in growing batches.
 */
let batch = 1;

/**
 * Lays out the page's pending blocks for at most SLICE_MS, a batch at a time: each batch's layout is forced
 * here, so a slice's cost is measured as it goes, not left to the next frame. The batch doubles while one
 * takes under a quarter of a slice and halves when one takes over half. Then, while the idle period that
 * started the round (`until`) has room for another slice, goes on in a task of its own, so that input and a
 * frame that is due come between; once it has not, waits for the next idle period. Until every block is
 * laid out.
 *
 * One slice per idle period drew a frame after every slice (57 on a reference page): several slices a period
 * share one.
 */
function layOutSlice(until: number): void {
  const start = performance.now();
  const pending = document.querySelectorAll(`${IDLE_BLOCKS}:not([${LAID_OUT}])`);
  let done = 0;
  while (done < pending.length) {
    const before = performance.now();
    if (before - start >= SLICE_MS) break;
    const end = Math.min(pending.length, done + batch);
    let last: Element | undefined;
    while (done < end) {
      last = pending[done++];
      last?.setAttribute(LAID_OUT, "");
    }
    last?.getBoundingClientRect();
    const took = performance.now() - before;
    if (took < SLICE_MS / 4) batch *= 2;
    else if (took > SLICE_MS / 2) batch = Math.max(1, Math.floor(batch / 2));
  }
  if (done === pending.length) {
    scheduled = false;
    batch = 1;
    document.documentElement.setAttribute(LAID_OUT, "");
  } else if (performance.now() + SLICE_MS <= until) nextTask(() => layOutSlice(until));
  else whenIdle(startRound);
}

function startRound(deadline?: IdleDeadline): void {
  layOutSlice(performance.now() + (deadline?.timeRemaining() ?? 0));
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(startRound);
}

/** What a reader does to move through the page themselves: the section they landed on is theirs to leave. */
const READER_MOVES = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
/** How long after landing the section is held in place at most. */
const HOLD_MS = 10_000;
let releaseLanding: (() => void) | null = null;

/**
 * Holds the section a reader landed on (an address with an anchor, reached inside the site) where
 * Docusaurus scrolled it, while the new page's parts fill in above it: a page rendered in the browser
 * loads its playgrounds' code and recorded output after it appears (src/components/Island), which would
 * push the section out of view. Each time the page's size changes, the section moves back to where it
 * was; the hold ends at the reader's first move of their own (input, or a scroll while the page keeps
 * its size), at the next navigation, or after HOLD_MS.
 */
function holdLandingSection(id: string): void {
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

/** See ./index.ts. */
const deferredLayout: ClientModule = {
  // Runs before the page of the new address renders and Docusaurus scrolls to its anchor, and for the
  // first address as the page hydrates.
  onRouteUpdate({ location }) {
    // The new page's blocks have costs of their own: its batches start from one block again.
    batch = 1;
    document.documentElement.toggleAttribute(EXACT_LAYOUT, location.hash !== "");
    document.documentElement.removeAttribute(LAID_OUT);
  },
  // The new page is in the document: finish its layout once the page has loaded, in idle time.
  onRouteDidUpdate({ location, previousLocation }) {
    // Docusaurus has just scrolled to the anchor of an address reached inside the site (a first load
    // is the browser's own: its parts are in the server's HTML and do not grow).
    releaseLanding?.();
    if (previousLocation && location.hash) holdLandingSection(decodeURIComponent(location.hash.slice(1)));
    if (document.readyState === "complete") schedule();
    else window.addEventListener("load", schedule, { once: true });
  },
};

export default deferredLayout;
