import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchBrowser, openWatchedPage, type PageProblems, siteUrl } from "./_browser";

/** Generous waits for a loaded 2-core machine; never an assertion on speed. */
export const WAIT = { timeout: 60_000 };

type ContextOptions = Pick<BrowserContextOptions, "javaScriptEnabled" | "viewport" | "colorScheme">;

/**
 * Registers the hooks an article's browser test needs: one browser for the file, a fresh context per
 * page, and after each test a check that nothing was logged as an error, failed, or left localhost.
 * Returns `open(path)`, which loads a page of the site in a new watched context and, with JavaScript on,
 * waits until it has hydrated, and `newPage()`, the watched page alone, for a test that navigates itself.
 */
export function setUpArticleBrowser(): {
  open: (path: string, options?: ContextOptions) => Promise<Page>;
  newPage: (options?: ContextOptions) => Promise<Page>;
} {
  let browser: Browser;
  const opened: { context: BrowserContext; problems: PageProblems }[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const { context, problems } of opened.splice(0)) {
      await context.close();
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [], pageErrors: [] });
    }
  });
  async function newPage(options: ContextOptions = {}): Promise<Page> {
    const context = await browser.newContext(options);
    const { page, problems } = await openWatchedPage(context);
    opened.push({ context, problems });
    return page;
  }
  return {
    newPage,
    async open(path, options = {}) {
      const page = await newPage(options);
      await page.goto(siteUrl(path));
      // Wait for hydration: keys pressed before React is attached are lost or undone when it attaches.
      // Docusaurus marks the page once it has hydrated.
      if (options.javaScriptEnabled !== false) await page.locator('html[data-has-hydrated="true"]').waitFor(WAIT);
      return page;
    },
  };
}
