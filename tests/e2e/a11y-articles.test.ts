import { describe, it } from "vitest";
import { ARTICLES, expectNoSeriousViolation, scanTitle } from "./_axe";
import { setUpBrowser } from "./_browser";

const { visit } = setUpBrowser();

// The articles' light-mode scans are the slowest of the run (the largest pages): a file of their own.
describe("accessibility (axe-core), articles", () => {
  it.each(ARTICLES)(scanTitle("light"), (path) => expectNoSeriousViolation(visit, path, "light"));
});
