import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

/**
 * Spreads Docusaurus's route prefetching over idle time. Every `<Link>` asks `window.docusaurus.prefetch`
 * for its route as soon as it scrolls into view, and as a page starts that is every visible link at once:
 * on an article, one task of about 50 ms (200 ms on Lighthouse's slowed mobile CPU) adding some 170
 * `<link rel=prefetch>` elements, right after hydration. The replacement (idlePrefetch.js) wraps the
 * original object that the client entry mounts on `window.docusaurus`: prefetches wait in a queue and run
 * one route per idle period. Preloading on hover or touch, which a reader is waiting for, is unchanged.
 */
export default function routePrefetchPlugin(context: LoadContext): Plugin {
  const replacement = join(context.siteDir, "plugins/route-prefetch/idlePrefetch.js");
  return {
    name: "route-prefetch",
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: [
          // Only the client entry's own `import docusaurus from './docusaurus'`: the replacement imports the
          // original by its package path, which this does not match.
          new NormalModuleReplacementPlugin(/^\.\/docusaurus$/, (resource) => {
            if (/@docusaurus[\\/]core[\\/]lib[\\/]client$/.test(resource.context)) resource.request = replacement;
          }),
        ],
      };
    },
  };
}
