// Each article's examples run in its own `examples.test.ts` (see ./_examples.ts). This file makes sure none
// is left out: every article with examples has that file, and it runs them.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleFiles } from "../plugins/playground";
import { docsDir } from "./_examples";

const articles = [...new Set(exampleFiles(docsDir).map((f) => dirname(dirname(relative(docsDir, f)))))].sort();

describe("docs/*/examples", () => {
  it("there are examples to run", () => {
    expect(articles).toContain("sigmoid-multiclass");
  });

  it.each(articles)("%s has an examples.test.ts that runs its examples", (slug) => {
    const test = join(docsDir, slug, "examples.test.ts");
    expect(existsSync(test), `docs/${slug}/examples.test.ts`).toBe(true);
    expect(readFileSync(test, "utf8")).toContain(`describeExamples("${slug}")`);
  });
});
