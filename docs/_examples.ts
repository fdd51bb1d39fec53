// Every playground example runs in Node and prints exactly its committed `examples/<name>.output.txt`,
// formatted by the same code as the playground's console panel. Each article's `examples.test.ts` runs its
// own examples, so the run's test workers share the articles (one file held a worker for half a minute).
// To accept a deliberate change of output:
//   UPDATE_EXAMPLES=1 npx vitest run --project unit docs
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { outputToText } from "@nn-explained/playground/output";
import { describe, expect, it } from "vitest";
import { exampleFiles } from "../plugins/playground";
import { runExample } from "../plugins/playground/runExample";

export const docsDir = fileURLToPath(new URL(".", import.meta.url));
const core = fileURLToPath(new URL("../packages/core/src/index.ts", import.meta.url));

/** The examples of the article `slug`: `docs/<slug>/examples/<name>.ts`, helpers (`_name.ts`) left out. */
export const examplesOf = (slug: string): string[] =>
  exampleFiles(docsDir).filter((f) => relative(docsDir, f).startsWith(join(slug, "examples")));

/** The tests that run each example of the article `slug` and compare its output with the committed one. */
export function describeExamples(slug: string): void {
  const files = examplesOf(slug);
  describe(`docs/${slug}/examples`, () => {
    it("there are examples to run", () => {
      expect(files.length).toBeGreaterThan(0);
    });

    it.each(files.map((f) => [relative(docsDir, f), f]))(
      "%s prints its committed output",
      async (_, file) => {
        // A fresh run, always; kept for the build to reuse rather than run the same code again.
        const run = await runExample(file, { core, runs: "record" });
        const text = outputToText(run.entries, run.dropped);
        const expectedFile = file.replace(/\.ts$/, ".output.txt");
        if (process.env.UPDATE_EXAMPLES) writeFileSync(expectedFile, text);
        if (!existsSync(expectedFile)) {
          expect.fail(
            `${relative(docsDir, expectedFile)} is missing: review the output below, then commit it with UPDATE_EXAMPLES=1 npx vitest run --project unit docs\n${text}`,
          );
        }
        expect(text).toBe(readFileSync(expectedFile, "utf8"));
      },
      // Seed sweeps train many networks: a generous wait for a busy machine, not a speed limit.
      180_000,
    );
  });
}
