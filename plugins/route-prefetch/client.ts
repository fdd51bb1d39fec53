import type { ClientModule } from "@docusaurus/types";

/** The global object Docusaurus mounts for prefetching and preloading routes, which every `<Link>` calls. */
interface DocusaurusGlobal {
  prefetch(routePath: string): unknown;
  preload(routePath: string): unknown;
}
const global = () => window as unknown as { docusaurus?: DocusaurusGlobal };

const queue: string[] = [];
let scheduled = false;
let prefetchNow: ((routePath: string) => unknown) | null = null;

// Safari has no requestIdleCallback; a timeout still moves the work out of the task that asked for it.
const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(callback) : setTimeout(callback, 50);

function prefetchNext(): void {
  scheduled = false;
  const routePath = queue.shift();
  if (routePath !== undefined) prefetchNow?.(routePath);
  schedule();
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  whenIdle(prefetchNext);
}

/** Queues `routePath`'s chunks for prefetching in idle time; true when it was queued. */
function prefetchWhenIdle(routePath: string): boolean {
  if (queue.includes(routePath)) return false;
  queue.push(routePath);
  schedule();
  return true;
}

/** See ./index.ts. */
const routePrefetch: ClientModule = {
  // The first call comes as the app first renders: after Docusaurus has mounted `window.docusaurus`, before
  // any `<Link>` has asked for a prefetch (they ask once they are on screen, after the render's commit).
  onRouteUpdate() {
    const original = global().docusaurus;
    if (prefetchNow || !original) return;
    prefetchNow = original.prefetch;
    // The original is frozen, so it is replaced, not patched. The original's checks (slow connection,
    // already fetched or loaded) still apply when a route's turn comes.
    global().docusaurus = Object.freeze({ ...original, prefetch: prefetchWhenIdle });
  },
};
export default routePrefetch;
