// Regenerates tests/anchors.json, the committed list of every public page and heading anchor, from
// the production build. Run after `npm run build` when an article gains sections:
//   npm run build && npm run anchors:update
// New pages and anchors are added. A page or anchor that disappeared stays listed, so that
// tests/e2e/links.test.ts keeps failing until it has a redirect: a client redirect in
// docusaurus.config.ts for a page, an entry in src/components/AnchorRedirects/anchorRedirects.json
// for an anchor. Once it has one, it stays listed too: the redirect is then tested forever.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { collectAnchors } from "./_anchors.mjs";

const buildDir = fileURLToPath(new URL("../build", import.meta.url));
const manifestFile = fileURLToPath(new URL("../tests/anchors.json", import.meta.url));
if (!existsSync(`${buildDir}/sitemap.xml`)) {
  console.error("No production build in build/: run `npm run build` first.");
  process.exit(1);
}
const before = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")).pages : {};
const built = collectAnchors(buildDir).pages;
const pages = {};
for (const page of new Set([...Object.keys(before), ...Object.keys(built)])) {
  const old = before[page] ?? [];
  const now = built[page] ?? [];
  if (!built[page]) console.warn(`gone: /${page} (needs a client redirect in docusaurus.config.ts)`);
  else if (!before[page]) console.log(`new page: /${page}`);
  for (const a of old)
    if (built[page] && !now.includes(a)) console.warn(`gone: /${page}#${a} (needs an anchor redirect)`);
  for (const a of now) if (before[page] && !old.includes(a)) console.log(`new anchor: /${page}#${a}`);
  pages[page] = [...now, ...old.filter((a) => !now.includes(a))];
}
const sorted = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(manifestFile, `${JSON.stringify({ pages: sorted }, null, 2)}\n`);
console.log(`wrote ${manifestFile}`);
