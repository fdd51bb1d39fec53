import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

/**
 * Spreads Docusaurus's route prefetching over idle time. Every `<Link>` asks `window.docusaurus.prefetch`
 * for its route as soon as it scrolls into view, and as a page starts that is every visible link at once:
 * on an article, one task of about 50 ms (200 ms on Lighthouse's slowed mobile CPU) adding some 170
 * `<link rel=prefetch>` elements, right after hydration. The client module (./client.ts) replaces the
 * global `window.docusaurus` with a copy whose prefetches wait in a queue and run one route per idle
 * period. Preloading on hover or touch, which a reader is waiting for, is unchanged.
 * privateDocusaurus.test.ts fails, naming the version, if Docusaurus stops mounting that global or its
 * `<Link>` stops calling it.
 */
export default function routePrefetchPlugin(context: LoadContext): Plugin {
  return {
    name: "route-prefetch",
    getClientModules: () => [join(context.siteDir, "plugins/route-prefetch/client.ts")],
  };
}
