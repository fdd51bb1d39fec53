import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The browser test files that take longest, slowest first, by their path in the repository. Two workers share
 * the run; a long file that starts last keeps one worker busy alone at the end (a11y-pages, started last, ran
 * alone for 46 s). vitest orders files by the durations of its last run, which a fresh clone (CI) does not
 * have, and otherwise by file size, which says nothing here. (An .mts file: the config loads it as an ES
 * module, which a .ts file in this CommonJS package is not.)
 *
 * Measured on 2026-12-06 in a full run in a checkout, seconds: a11y-pages 147, playgrounds 92, keyboard 80,
 * playground 76, search 62, a11y-articles 59, links 55, islands 47, budgets 44, charts 39; the other ten 5-28
 * each. Since then the articles' light scans (a11y-articles) and keyboard walks (keyboard) run in
 * articles.test.ts on the page it runs the playgrounds on (playgrounds): about 200 s for the three.
 * In the headless shell, with the articles' dark scans moved there too (a fresh clone, 2026-12-06): articles 206,
 * a11y-pages 91, playground 62, search 45, links 42, budgets 39, islands 39, charts 33; the other ten 4-25 each.
 *
 * The unit tests gain nothing from an order: putting their five slowest files first (relu's claims, 15 s, and
 * the articles' examples, 8.5-12.7 s each) left a fresh clone's unit run at 66 s, against 62-64 s in
 * vitest's own order (both with each file isolated, before vitest.config.mts set `isolate: false`).
 */
const SLOWEST_FIRST = [
  "tests/e2e/articles.test.ts",
  "tests/e2e/a11y-pages.test.ts",
  "tests/e2e/playground.test.ts",
  "tests/e2e/search.test.ts",
  "tests/e2e/budgets.test.ts",
  "tests/e2e/islands.test.ts",
  "tests/e2e/links.test.ts",
  "tests/e2e/charts.test.ts",
  "tests/e2e/pages.test.ts",
  "tests/e2e/csp.test.ts",
  "tests/e2e/reference.test.ts",
  "tests/e2e/f1.test.ts",
  "tests/e2e/startup.test.ts",
  "tests/e2e/math.test.ts",
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const at = SLOWEST_FIRST.findIndex((path) => f.moduleId.endsWith(`/${path}`));
      return at < 0 ? SLOWEST_FIRST.length : at;
    };
    // Array.prototype.sort is stable: files not named keep vitest's own order after the named ones.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
