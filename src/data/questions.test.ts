import { describe, expect, it } from "vitest";
import { questions, wordCount } from "./questions";

describe("questions", () => {
  it("every short answer stays under 80 words so it can be quoted whole", () => {
    for (const q of questions) expect(wordCount(q.shortAnswer), q.slug).toBeLessThan(80);
  });

  it("slugs are unique, lowercase and URL-safe", () => {
    const slugs = questions.map((q) => q.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
