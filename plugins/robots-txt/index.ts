import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "@docusaurus/types";

/**
 * Writes robots.txt at build time, because the sitemap's address depends on `SITE_URL` and
 * `BASE_URL`. Crawlers read robots.txt only at the origin's root, so under a sub-path it is a hint.
 */
export default function robotsTxtPlugin(): Plugin {
  return {
    name: "robots-txt",
    async postBuild({ outDir, siteConfig }) {
      const sitemap = `${siteConfig.url}${siteConfig.baseUrl}sitemap.xml`;
      writeFileSync(join(outDir, "robots.txt"), `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
    },
  };
}
