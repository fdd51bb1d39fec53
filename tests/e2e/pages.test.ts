import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openWatchedPage, sitemapPaths, siteUrl } from "./_browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const paths = sitemapPaths();

describe("every page in the sitemap", () => {
  it("the sitemap lists the landing page and the four questions", () => {
    for (const p of [
      "",
      "relu-hidden-layers",
      "sigmoid-multiclass",
      "regression-output-activation",
      "f1-micro-average",
    ]) {
      expect(paths).toContain(p);
    }
  });

  for (const theme of ["light", "dark"] as const) {
    it.each(paths)(`/%s loads in ${theme} mode with no console error, failed or outside request`, async (path) => {
      const context = await browser.newContext({ colorScheme: theme });
      try {
        const { page, problems } = await openWatchedPage(context);
        const response = await page.goto(siteUrl(path), { waitUntil: "networkidle" });
        expect(response?.status()).toBe(200);
        await expect(page.locator("h1").first().textContent()).resolves.toBeTruthy();
        expect(await page.getAttribute("html", "data-theme")).toBe(theme);
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [], pageErrors: [] });
      } finally {
        await context.close();
      }
    });
  }
});

describe("the article pages", () => {
  it("show their short answer and typeset math with self-hosted KaTeX fonts", async () => {
    const context = await browser.newContext();
    try {
      const { page, problems } = await openWatchedPage(context);
      await page.goto(siteUrl("sigmoid-multiclass"), { waitUntil: "networkidle" });
      await expect(page.locator("[data-short-answer]").textContent()).resolves.toContain("softmax");
      expect(await page.locator(".katex").count()).toBeGreaterThan(0);
      const fontsLoaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.includes("KaTeX") && f.status === "loaded").length;
      });
      expect(fontsLoaded).toBeGreaterThan(0);
      expect(problems.externalRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("an unknown path gets the site's 404 page", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(siteUrl("no-such-page"));
      expect(response?.status()).toBe(404);
      await expect(page.locator("h1").first().textContent()).resolves.toMatch(/not found/i);
    } finally {
      await context.close();
    }
  });
});
