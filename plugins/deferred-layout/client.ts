import type { ClientModule } from "@docusaurus/types";
import { BLOCKS, EXACT_LAYOUT, LAID_OUT } from "./blocks";

/** How long one idle task may spend laying out blocks (4x that on Lighthouse's slowed CPU, under 50 ms). */
const SLICE_MS = 5;

let scheduled = false;

// Safari has no requestIdleCallback; a timeout still yields between slices.
const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(callback) : setTimeout(callback, 50);

/**
 * Lays out the page's pending blocks, one at a time, for at most SLICE_MS: each block's layout is forced
 * here, so a slice's cost is measured as it goes, not left to the next frame. Then yields to the next
 * idle period, until every block is laid out.
 */
function layOutSlice(): void {
  scheduled = false;
  const start = performance.now();
  const pending = document.querySelectorAll(`:is(${BLOCKS}):not([${LAID_OUT}])`);
  let done = 0;
  while (done < pending.length && performance.now() - start < SLICE_MS) {
    const block = pending[done++];
    block?.setAttribute(LAID_OUT, "");
    block?.getBoundingClientRect();
  }
  if (done < pending.length) schedule();
  else document.documentElement.setAttribute(LAID_OUT, "");
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(layOutSlice);
}

/** See ./index.ts. */
const deferredLayout: ClientModule = {
  // Runs before the page of the new address renders and Docusaurus scrolls to its anchor, and for the
  // first address as the page hydrates.
  onRouteUpdate({ location }) {
    document.documentElement.toggleAttribute(EXACT_LAYOUT, location.hash !== "");
    document.documentElement.removeAttribute(LAID_OUT);
  },
  // The new page is in the document: finish its layout once the page has loaded, in idle time.
  onRouteDidUpdate() {
    if (document.readyState === "complete") schedule();
    else window.addEventListener("load", schedule, { once: true });
  },
};

export default deferredLayout;
