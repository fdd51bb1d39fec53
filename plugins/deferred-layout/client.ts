import type { ClientModule } from "@docusaurus/types";
import { holdLandingSection, keepReaderPlace, releaseLandingSection } from "./_readerPlace";
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
    releaseLandingSection();
    if (previousLocation && location.hash) holdLandingSection(decodeURIComponent(location.hash.slice(1)));
    keepReaderPlace();
    if (document.readyState === "complete") schedule();
    else window.addEventListener("load", schedule, { once: true });
  },
};

export default deferredLayout;
