import { basename } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The browser test files that take longest, slowest first (measured on 2026-12-05 in a full run in a fresh
 * checkout, seconds: a11y-pages 133, playgrounds 125, playground 112, keyboard 85, links 80, islands 78,
 * search 72, budgets 69, a11y-articles 67, pages 44, charts 39; the other nine 9-31 each). Two workers share
 * the run; a long file that starts last keeps one worker busy alone at the end (a11y-pages, started last,
 * ran alone for 46 s). vitest orders files by the durations of its last run, which a fresh clone (CI) does
 * not have, and otherwise by file size, which says nothing here. (An .mts file: the config loads it as an ES
 * module, which a .ts file in this CommonJS package is not.)
 */
const SLOWEST_FIRST = [
  "a11y-pages.test.ts",
  "playgrounds.test.ts",
  "playground.test.ts",
  "keyboard.test.ts",
  "links.test.ts",
  "islands.test.ts",
  "search.test.ts",
  "budgets.test.ts",
  "a11y-articles.test.ts",
  "pages.test.ts",
  "charts.test.ts",
  "reference.test.ts",
  "math.test.ts",
  "startup.test.ts",
  "csp.test.ts",
  "f1.test.ts",
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const at = SLOWEST_FIRST.indexOf(basename(f.moduleId));
      return at < 0 ? SLOWEST_FIRST.length : at;
    };
    // Array.prototype.sort is stable: files not named keep vitest's own order after the named ones.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
