// Claims are tests. Each article's `claims.test.ts` lists what its prose concludes from a demo: the
// output line that shows it, the condition the numbers must meet for the words the prose uses ("in most
// seeds", "never"), and the words the prose quotes from that line. The test reads each example's
// committed output (`examples/<name>.output.txt`), which the article's examples.test.ts proves equal to a fresh run
// of the example, so each example runs once per test run, and the pair fails, naming the claim and its
// section, when a demo, a seed range or core changes so that a claim no longer holds, or the prose
// quotes a number the demo no longer prints.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** One conclusion the prose draws from a demo's output. */
export interface Claim {
  /** The explicit heading id of the section whose prose makes the claim (`dying-relu`). */
  section: string;
  /** The claim in the prose's own words, shortened: what a failure names. */
  claim: string;
  /** The example that backs it: `examples/<example>.ts`. */
  example: string;
  /** The output line that states the result; its capture groups are the numbers `holds` receives. */
  line: RegExp;
  /**
   * Whether the numbers support the claim as worded: `([hits, total]) => hits / total > 0.5` for "most
   * seeds". Leave it out for a number the prose only quotes.
   */
  holds?: (numbers: number[]) => boolean;
  /**
   * What the prose quotes from the line, word for word (after Markdown emphasis and line breaks are
   * ignored): by default the whole match. Several strings: each must appear.
   */
  quote?: (match: RegExpExecArray) => string | readonly string[];
}

/** The text of section `id` of an MDX article: from its heading to the next heading of its level or above. */
export function sectionText(mdx: string, id: string): string | undefined {
  const lines = mdx.split("\n");
  const start = lines.findIndex((l) => /^#{1,6} /.test(l) && l.includes(`{#${id}}`));
  if (start < 0) return undefined;
  const level = (lines[start]?.match(/^#+/)?.[0] ?? "").length;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const m = lines[i]?.match(/^(#{1,6}) /);
    if (m && (m[1] as string).length <= level) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join("\n");
}

/** Text as a reader sees it, near enough to find a quote: no emphasis marks, backticks or line breaks. */
function plain(text: string): string {
  return text.replace(/[*_`]/g, "").replace(/\s+/g, " ");
}

/**
 * Checks one claim against an example's output and the article's MDX.
 * @returns the problems found, each a sentence naming the claim and its section; empty when it holds
 */
export function checkClaim(slug: string, claim: Claim, output: string, mdx: string): string[] {
  const where = `${slug}#${claim.section}`;
  const what = `Claim "${claim.claim}" (${where})`;
  const section = sectionText(mdx, claim.section);
  if (section === undefined) return [`${what}: the article has no heading {#${claim.section}}.`];
  const match = new RegExp(claim.line.source, claim.line.flags.replace("g", "")).exec(output);
  if (!match) {
    return [
      `${what}: examples/${claim.example}.ts no longer prints a line matching ${claim.line}. It printed:\n${output}`,
    ];
  }
  const problems: string[] = [];
  const numbers = match.slice(1).map(Number);
  if (claim.holds && !claim.holds(numbers)) {
    problems.push(`${what} no longer holds: examples/${claim.example}.ts printed "${match[0]}".`);
  }
  const quoted = claim.quote ? claim.quote(match) : match[0];
  for (const q of typeof quoted === "string" ? [quoted] : quoted) {
    if (!plain(section).includes(plain(q))) {
      problems.push(
        `${what}: the prose must quote "${q}" as examples/${claim.example}.ts prints it ("${match[0]}"); update the section's words.`,
      );
    }
  }
  return problems;
}

/** How the output text shows an error the example did not catch (`createCapture`'s `uncaught`). */
const UNCAUGHT = /^\[error\] Uncaught /m;

/**
 * An example's committed output, as text. Its article's examples.test.ts fails when it differs from a fresh run.
 * @throws {Error} when the example ended with an uncaught error: a claim needs a demo that ran to the end
 */
export function committedOutput(examplesDir: string, example: string): string {
  const output = readFileSync(`${examplesDir}${example}.output.txt`, "utf8");
  if (UNCAUGHT.test(output)) throw new Error(`examples/${example}.ts ended with an error:\n${output}`);
  return output;
}

/**
 * Declares the claims test of the article `docs/<slug>/index.mdx`: each claim is one test, checked
 * against the committed output of its example.
 */
export function describeClaims(slug: string, claims: readonly Claim[]): void {
  const dir = fileURLToPath(new URL(`./${slug}/`, import.meta.url));
  describe(`${slug}: every claim the prose draws from a demo holds`, () => {
    it("names claims that exist", () => {
      expect(claims.length).toBeGreaterThan(0);
    });
    it.each(claims.map((c) => [`#${c.section}: ${c.claim}`, c] as const))("%s", (_, claim) => {
      const mdx = readFileSync(`${dir}index.mdx`, "utf8");
      expect(checkClaim(slug, claim, committedOutput(`${dir}examples/`, claim.example), mdx)).toEqual([]);
    });
  });
}
