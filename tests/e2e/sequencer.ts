import { basename } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The browser test files that take longest, slowest first (measured on a fresh clone: the articles' axe
 * scans, then the other pages' scans, which are also every page's load check). Two workers share the run; a long file that
 * starts last keeps one worker busy alone at the end. vitest orders files by the durations of its last
 * run, which a fresh clone (CI) does not have, and otherwise by file size, which says nothing here.
 */
const SLOWEST_FIRST = [
  "a11y-articles.test.ts",
  "a11y-pages.test.ts",
  "playground.test.ts",
  "reference.test.ts",
  "csp.test.ts",
  "playgrounds.test.ts",
  "keyboard.test.ts",
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
