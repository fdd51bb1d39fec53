// Docusaurus's `window.docusaurus` (see plugins/route-prefetch/index.ts), with `prefetch` deferred to idle
// time: routes queue up and are prefetched one per idle callback, so no task adds more than one route's
// `<link rel=prefetch>` elements. The original's checks (slow connection, already fetched or loaded) still
// apply when a route's turn comes.
import docusaurus from "@docusaurus/core/lib/client/docusaurus.js";

const queue = [];
let scheduled = false;

// Safari has no requestIdleCallback; a timeout still moves the work out of the task that asked for it.
const whenIdle = (callback) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(callback) : setTimeout(callback, 50);

function prefetchNext() {
  scheduled = false;
  const routePath = queue.shift();
  if (routePath !== undefined) docusaurus.prefetch(routePath);
  schedule();
}

function schedule() {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  whenIdle(prefetchNext);
}

export default Object.freeze({
  ...docusaurus,
  /** Queues `routePath`'s chunks for prefetching in idle time; true when it was queued. */
  prefetch(routePath) {
    if (queue.includes(routePath)) return false;
    queue.push(routePath);
    schedule();
    return true;
  },
});
