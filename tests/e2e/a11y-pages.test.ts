import { describe, it } from "vitest";
import { ARTICLES, expectNoSeriousViolation, scanTitle } from "./_axe";
import { setUpBrowser, sitemapPaths } from "./_browser";

const { open } = setUpBrowser();
const others = sitemapPaths().filter((p) => !ARTICLES.includes(p));

// Every page in both themes, but the articles' light-mode scans (a11y-articles.test.ts).
describe("accessibility (axe-core)", () => {
  it.each(others)(scanTitle("light"), (path) => expectNoSeriousViolation(open, path, "light"));
  it.each(sitemapPaths())(scanTitle("dark"), (path) => expectNoSeriousViolation(open, path, "dark"));
});
