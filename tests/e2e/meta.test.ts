import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { setUpBrowser, sitemapPaths } from "./_browser";

const ARTICLES = ["relu-hidden-layers", "sigmoid-multiclass", "regression-output-activation", "f1-micro-average"];
const buildDir = inject("buildDir");
const baseUrl = inject("baseUrl");
const paths = sitemapPaths();
/** The site's public origin + baseUrl, as the sitemap states it (e.g. https://nn-explained.github.io/). */
const publicRoot = (
  readFileSync(join(buildDir, "sitemap.xml"), "utf8").match(/<loc>([^<]+)<\/loc>/)?.[1] ?? ""
).replace(/^(https?:\/\/[^/]+).*$/, `$1${baseUrl}`);

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The build file behind a public URL of the site. */
function buildFileOf(url: string): string {
  expect(url.startsWith(publicRoot), `${url} is not under ${publicRoot}`).toBe(true);
  return join(buildDir, decodeURIComponent(url.slice(publicRoot.length)));
}

const { visit } = setUpBrowser();

/** The head as the built HTML states it: read with JavaScript off, so nothing is added at runtime. */
async function headOf(path: string) {
  const page = await visit(path, { javaScriptEnabled: false });
  return page.evaluate(() => {
    const meta = (key: string) =>
      document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? null;
    return {
      title: document.title,
      description: meta("description"),
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
      ogTitle: meta("og:title"),
      ogDescription: meta("og:description"),
      ogUrl: meta("og:url"),
      ogImage: meta("og:image"),
      twitterCard: meta("twitter:card"),
      twitterImage: meta("twitter:image"),
      images: [...document.head.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')].map(
        (m) => m.getAttribute("content") ?? "",
      ),
    };
  });
}

describe("link previews", () => {
  it.each(paths)("/%s has a title, description, canonical URL, Open Graph and Twitter card meta", async (path) => {
    const head = await headOf(path);
    expect(head.title.trim().length, "title").toBeGreaterThan(5);
    expect(head.description?.length ?? 0, "meta description").toBeGreaterThan(30);
    expect(head.canonical).toBe(`${publicRoot}${path}`);
    expect(head.ogUrl).toBe(head.canonical);
    expect(head.ogTitle).toBeTruthy();
    expect(head.ogDescription).toBe(head.description);
    expect(head.twitterCard).toBe("summary_large_image");
    expect(head.ogImage).toBeTruthy();
    expect(head.twitterImage).toBe(head.ogImage);
    for (const image of head.images) {
      const file = buildFileOf(image);
      expect(existsSync(file), `${image} → ${file}`).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    }
  });

  it.each(ARTICLES)("/%s has its own social card", async (slug) => {
    const head = await headOf(slug);
    expect(head.ogImage).toBe(`${publicRoot}img/social/${slug}.png`);
  });

  it("robots.txt allows crawling and names the sitemap", () => {
    const robots = readFileSync(join(buildDir, "robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${publicRoot}sitemap.xml`);
    expect(existsSync(join(buildDir, "sitemap.xml"))).toBe(true);
  });
});
