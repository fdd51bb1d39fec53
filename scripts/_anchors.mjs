// Lists the public pages of a production build and the anchors (heading IDs) on each, for the
// committed manifest tests/anchors.json and the test that compares the build against it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The baseUrl the build was made for, as the site config computes it from BASE_URL. */
export function baseUrlFromEnv() {
  return `/${(process.env.BASE_URL ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

/** The HTML file a static host serves for a page path (trailingSlash: false, clean URLs). */
export function htmlFileOf(buildDir, page) {
  if (page === "") return join(buildDir, "index.html");
  const flat = join(buildDir, `${page}.html`);
  return existsSync(flat) ? flat : join(buildDir, page, "index.html");
}

/** Every page path the build's sitemap lists, relative to the baseUrl ("" is the landing page). */
export function sitemapPages(buildDir, baseUrl = baseUrlFromEnv()) {
  const xml = readFileSync(join(buildDir, "sitemap.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .map((p) => (p.startsWith(baseUrl) ? p.slice(baseUrl.length) : p.replace(/^\//, "")))
    .sort();
}

/** The IDs of the h2–h6 headings in a page's HTML, in document order (h1 carries none in Docusaurus). */
export function headingIds(html) {
  return [...html.matchAll(/<h[2-6]\b[^>]*?\sid=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** `{ pages: { [page]: anchors[] } }` for every page in the build's sitemap. */
export function collectAnchors(buildDir, baseUrl = baseUrlFromEnv()) {
  const pages = {};
  for (const page of sitemapPages(buildDir, baseUrl)) {
    pages[page] = headingIds(readFileSync(htmlFileOf(buildDir, page), "utf8"));
  }
  return { pages };
}

/**
 * If the build holds a client redirect (plugin-client-redirects) at `page`, the page path it sends
 * the reader to; otherwise undefined.
 */
export function redirectTarget(buildDir, page, baseUrl = baseUrlFromEnv()) {
  const file = htmlFileOf(buildDir, page);
  if (!existsSync(file)) return undefined;
  const refresh = /<meta\s+http-equiv="refresh"\s+content="0;\s*url=([^"]+)"/i.exec(readFileSync(file, "utf8"));
  if (!refresh) return undefined;
  const path = new URL(refresh[1], "http://x").pathname;
  return path.startsWith(baseUrl) ? path.slice(baseUrl.length) : path.replace(/^\//, "");
}
