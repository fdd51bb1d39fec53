import { describe, it } from "vitest";
import { ARTICLES, expectNoSeriousViolation, scanTitle } from "./_axe";
import { setUpBrowser, sitemapPaths } from "./_browser";

const { visit } = setUpBrowser();
const others = sitemapPaths().filter((p) => !ARTICLES.includes(p));
/**
 * Loaded in dark mode too: the landing page, and the articles, whose editors pick their theme as they load.
 * Every other page turns dark after its light scan, on the same page (`thenDark`).
 */
const DARK_AT_LOAD = ["", ...ARTICLES];

// Every page in both themes, but the articles' light-mode scans (articles.test.ts, on the page it runs the
// playgrounds of).
describe("accessibility (axe-core)", () => {
  it.each(others)(scanTitle("light", { thenDark: true }), (path) =>
    expectNoSeriousViolation(visit, path, "light", { thenDark: true }),
  );
  it.each(DARK_AT_LOAD)(scanTitle("dark"), (path) => expectNoSeriousViolation(visit, path, "dark"));
});
