import { basename } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The browser test files that take longest, slowest first (measured on 2026-12-05 in a full run in a checkout:
 * the other pages' axe scans, which are also every page's load check, 159 s; then 45-105 s each). Two workers
 * share the run; a long file that starts last keeps one worker busy alone at the end. vitest orders files by
 * the durations of its last run, which a fresh clone (CI) does not have, and otherwise by file size, which says
 * nothing here. (An .mts file: the config loads it as an ES module, which a .ts file in this CommonJS package
 * is not.)
 */
const SLOWEST_FIRST = [
  "a11y-pages.test.ts",
  "playgrounds.test.ts",
  "search.test.ts",
  "keyboard.test.ts",
  "budgets.test.ts",
  "playground.test.ts",
  "islands.test.ts",
  "reference.test.ts",
  "a11y-articles.test.ts",
  "links.test.ts",
  "pages.test.ts",
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
