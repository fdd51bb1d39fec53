import { describe, it } from "vitest";
import { ARTICLES, expectNoSeriousViolation, expectTabWalkReachesAll, scanTitle } from "./_axe";
import { setUpBrowser } from "./_browser";

const { visit } = setUpBrowser();

// The articles' light-mode scans are the slowest of the run (the largest pages): a file of their own. The
// keyboard walk follows each scan on the same page, which the scan has already laid out and brought live
// (a file of its own loaded each article again and brought its playgrounds live again: about 4 s each).
describe("accessibility (axe-core), articles", () => {
  it.each(ARTICLES)(
    `${scanTitle("light")}, and a Tab walk from the top reaches every link, button and control`,
    async (path) => expectTabWalkReachesAll(await expectNoSeriousViolation(visit, path, "light")),
  );
});
