import { describe, it } from "vitest";
import { ARTICLES, expectNoSeriousViolation, scanTitle } from "./_axe";
import { setUpBrowser, sitemapPaths } from "./_browser";

const { visit } = setUpBrowser();
const others = sitemapPaths().filter((p) => !ARTICLES.includes(p));

// Every page in both themes but the articles (articles.test.ts scans each on the page it runs the playgrounds
// of: loaded dark, then turned light). Each page loads light and turns dark after its scan, on the same page
// (`turnTo`); the landing page is loaded in dark mode too, for a page that starts dark without a playground.
describe("accessibility (axe-core)", () => {
  it.each(others)(scanTitle("light", { turnTo: "dark" }), (path) =>
    expectNoSeriousViolation(visit, path, "light", { turnTo: "dark" }),
  );
  it.each([""])(scanTitle("dark", { colourOnly: true }), (path) =>
    expectNoSeriousViolation(visit, path, "dark", { colourOnly: true }),
  );
});
