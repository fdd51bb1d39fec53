import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Claim, checkClaim, committedOutput, sectionText } from "./_claims";

const mdx = [
  "# Title {#title}",
  "## Dying units {#dying}",
  "At a high learning rate ReLU leaves **dead units in 12 of 20 seeds**,",
  "and `median 0.30`.",
  "### A detail {#detail}",
  "Still in dying.",
  "## Next {#next}",
  "Dead units in 3 of 20 seeds.",
].join("\n");

const claim: Claim = {
  section: "dying",
  claim: "ReLU leaves dead units in most seeds",
  example: "dying",
  line: /dead units in (\d+) of (\d+) seeds/,
  holds: ([k = 0, n = 1]) => k / n > 0.5,
};

describe("checkClaim", () => {
  it("sectionText(mdx, id) runs from the heading to the next heading of its level, subsections included", () => {
    expect(sectionText(mdx, "dying")).toContain("Still in dying.");
    expect(sectionText(mdx, "dying")).not.toContain("3 of 20");
    expect(sectionText(mdx, "missing")).toBeUndefined();
  });

  it("passes when the output supports the claim and the prose quotes it across emphasis and line breaks", () => {
    expect(checkClaim("relu", claim, "epoch 1\ndead units in 12 of 20 seeds\n", mdx)).toEqual([]);
    expect(checkClaim("relu", { ...claim, line: /median (\d\.\d+)/, holds: undefined }, "median 0.30\n", mdx)).toEqual(
      [],
    );
  });

  it("fails naming the claim and section when the numbers no longer support the words", () => {
    const problems = checkClaim("relu", claim, "dead units in 9 of 20 seeds\n", mdx);
    expect(problems[0]).toBe(
      'Claim "ReLU leaves dead units in most seeds" (relu#dying) no longer holds: examples/dying.ts printed "dead units in 9 of 20 seeds".',
    );
    // The prose still says 12: that is a second problem.
    expect(problems[1]).toMatch(/the prose must quote "dead units in 9 of 20 seeds"/);
  });

  it("fails when the prose quotes a number the demo no longer prints, or the line or section is gone", () => {
    expect(checkClaim("relu", { ...claim, holds: undefined }, "dead units in 11 of 20 seeds\n", mdx)).toHaveLength(1);
    expect(checkClaim("relu", claim, "nothing\n", mdx)[0]).toMatch(/no longer prints a line matching/);
    expect(checkClaim("relu", { ...claim, section: "gone" }, "", mdx)[0]).toMatch(/has no heading \{#gone\}/);
    // A quote from another section does not count.
    expect(
      checkClaim("relu", { ...claim, holds: undefined, section: "next" }, "dead units in 12 of 20 seeds\n", mdx),
    ).toHaveLength(1);
  });
});

describe("committedOutput", () => {
  const dir = `${mkdtempSync(join(tmpdir(), "claims-"))}/`;
  writeFileSync(`${dir}ran.output.txt`, "dead units in 12 of 20 seeds\n[error] not uncaught\n");
  writeFileSync(
    `${dir}threw.output.txt`,
    "before\n[error] Uncaught RangeError: need three logits\n    at threw.ts:5\n",
  );

  it("committedOutput(dir, example) is the example's committed output", () => {
    expect(committedOutput(dir, "ran")).toBe("dead units in 12 of 20 seeds\n[error] not uncaught\n");
  });

  it("committedOutput(dir, example) throws when the example ended with an uncaught error", () => {
    expect(() => committedOutput(dir, "threw")).toThrowErrorMatchingInlineSnapshot(`
      [Error: examples/threw.ts ended with an error:
      before
      [error] Uncaught RangeError: need three logits
          at threw.ts:5
      ]
    `);
  });
});
