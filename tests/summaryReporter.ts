import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one plain closing line, `<project>: N passed, N failed` (`, N skipped` when any), after vitest's
 * own summary, so that CI logs state the count in a form any reader or tool can parse.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const projects = new Set<string>();
    for (const mod of testModules) {
      projects.add(mod.project.name || "tests");
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (mod.state() === "failed" && [...mod.children.allTests()].length === 0) failed++;
    }
    const name = [...projects].join("+") || "tests";
    process.stdout.write(`\n${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  }
}
