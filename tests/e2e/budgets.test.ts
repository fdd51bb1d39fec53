import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { setUpBrowser, sitemapPaths } from "./_browser";

/**
 * Speed budgets: per page, the gzip size of the JavaScript and of everything the page requests until
 * its `load` event (the initial load: playgrounds and search that load later, and prefetches of other
 * pages, do not count), and of every web font the page's text uses. A font is fetched when text that
 * needs it is laid out, before or after `load` as the machine's speed has it: so the page is measured
 * once it has laid out all its blocks (plugins/deferred-layout), and all the fonts it then uses count.
 * Sizes are of the built files gzipped here, so they do not depend on the test server.
 *
 * The committed budgets (tests/budgets.json) start at the measured figures rounded up to the next KiB.
 * When a page legitimately grows, run `npm run build && npm run budgets:update` and say why in the commit.
 */
const BUDGETS_FILE = new URL("../budgets.json", import.meta.url);
const UPDATE = process.env.UPDATE_BUDGETS === "1";
const HOW_TO_UPDATE =
  "Over budget. Make the initial load smaller (lazy-load what is not needed at once), or, if the growth is " +
  "deliberate, run `npm run build && npm run budgets:update` and give the reason in the commit message.";

interface PageBudget {
  /** gzip bytes of the JavaScript requested before `load`. */
  initialJsGzip: number;
  /** gzip bytes of every resource requested before `load`, the HTML included, and of the fonts the page uses. */
  totalGzip: number;
}

const buildDir = inject("buildDir");
const baseUrl = inject("baseUrl");
const paths = sitemapPaths();
const budgets: Record<string, PageBudget> = existsSync(BUDGETS_FILE)
  ? JSON.parse(readFileSync(BUDGETS_FILE, "utf8")).pages
  : {};
const measured: Record<string, PageBudget> = {};

const gzipCache = new Map<string, number>();
/** gzip size of the build file behind a local URL. */
function gzipSizeOf(url: string): number {
  const { pathname } = new URL(url);
  let rel = decodeURIComponent(pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname);
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  // A file, not a folder of the same name: /reference/api is api.html beside the folder of its module pages.
  const file = [join(buildDir, rel), join(buildDir, `${rel}.html`)].find((f) => existsSync(f) && statSync(f).isFile());
  if (!file) throw new Error(`budgets: no build file for ${url}`);
  const cached = gzipCache.get(file);
  if (cached !== undefined) return cached;
  const size = gzipSync(readFileSync(file)).length;
  gzipCache.set(file, size);
  return size;
}

const { open } = setUpBrowser();
afterAll(() => {
  if (UPDATE) {
    const pages = Object.fromEntries(
      Object.entries(measured)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([p, m]) => [p, { initialJsGzip: roundUp(m.initialJsGzip), totalGzip: roundUp(m.totalGzip) }]),
    );
    writeFileSync(BUDGETS_FILE, `${JSON.stringify({ unit: "bytes, gzip", pages }, null, 2)}\n`);
  }
});

const roundUp = (bytes: number) => Math.ceil(bytes / 1024) * 1024;

describe("speed budgets (initial load, gzip)", () => {
  it.each(paths)("/%s stays within its initial JavaScript and total transfer budget", async (path) => {
    const page = await open(path);
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    const urls = await page.evaluate(async () => {
      await document.fonts.ready;
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      // Prefetches fetch other pages' code for later, in idle time (plugins/route-prefetch): not this load.
      const prefetched = new Set(
        [...document.querySelectorAll<HTMLLinkElement>("link[rel=prefetch]")].map((l) => l.href),
      );
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const early = resources
        .filter((e) => e.startTime <= nav.loadEventStart)
        .filter((e) => !(e.initiatorType === "link" && prefetched.has(e.name)))
        .map((e) => e.name);
      const fonts = resources.filter((e) => /\.(woff2?|ttf|otf)$/.test(new URL(e.name).pathname)).map((e) => e.name);
      return [nav.name, ...early, ...fonts];
    });
    const local = [...new Set(urls)].filter((u) => !u.startsWith("data:") && !u.startsWith("blob:"));
    const sizes = local.map((u) => ({ u, size: gzipSizeOf(u) }));
    const result: PageBudget = {
      initialJsGzip: sizes.filter((s) => new URL(s.u).pathname.endsWith(".js")).reduce((a, s) => a + s.size, 0),
      totalGzip: sizes.reduce((a, s) => a + s.size, 0),
    };
    measured[path] = result;
    expect(result.initialJsGzip).toBeGreaterThan(0);
    if (UPDATE) return;
    const budget = budgets[path];
    expect(budget, `/${path} has no budget in tests/budgets.json: run \`npm run budgets:update\``).toBeDefined();
    expect(result.initialJsGzip, `initial JS of /${path}. ${HOW_TO_UPDATE}`).toBeLessThanOrEqual(
      budget?.initialJsGzip ?? 0,
    );
    expect(result.totalGzip, `total transfer of /${path}. ${HOW_TO_UPDATE}`).toBeLessThanOrEqual(
      budget?.totalGzip ?? 0,
    );
  });
});
