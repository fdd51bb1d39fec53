import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { PluginModule } from "@docusaurus/types";
import { type CspOptions, contentSecurityPolicy, injectPolicy, inlineScriptHashes, withScriptHashes } from "./policy";

export type { CspOptions } from "./policy";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Writes a Content-Security-Policy `<meta http-equiv>` into every built HTML page, since static
 * hosts such as GitHub Pages cannot send headers. The policy allows the hashes of the inline scripts
 * of all pages (one policy for the whole site: a client-side navigation keeps the first page's policy).
 * Pages listed in `options.pages` (the playground's sandboxed runner) get their own policy instead.
 */
export default function cspPlugin(options: CspOptions = {}): PluginModule {
  return () => ({
    name: "csp",
    async postBuild({ outDir }) {
      const files = htmlFiles(outDir);
      const all = files.map((file) => ({ file, path: relative(outDir, file), html: readFileSync(file, "utf8") }));
      const special = (path: string) => options.pages?.find((p) => p.path.test(path.split("\\").join("/")));
      const site = all.filter((p) => !special(p.path));
      const sitePolicy = contentSecurityPolicy(new Set(site.flatMap((p) => inlineScriptHashes(p.html))), options);
      for (const { file, path, html } of all) {
        const own = special(path);
        const policy = own ? withScriptHashes(own.policy, inlineScriptHashes(html)) : sitePolicy;
        // Other plugins' postBuild (the search index) read these files at the same time: replace each
        // file atomically, so a reader sees the old page or the new one, never half of one.
        writeFileSync(`${file}.csp-tmp`, injectPolicy(html, policy));
        renameSync(`${file}.csp-tmp`, file);
      }
    },
  });
}
