import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { questions, wordCount } from "./questions";

const docs = new URL("../../docs/", import.meta.url);

describe("questions", () => {
  it("every short answer stays under 80 words so it can be quoted whole", () => {
    for (const q of questions) expect(wordCount(q.shortAnswer), q.slug).toBeLessThan(80);
  });

  it("slugs are unique, lowercase and URL-safe", () => {
    const slugs = questions.map((q) => q.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("each question is an article, docs/<slug>/index.mdx, whose title is the question, and each article a question", () => {
    // The articles' social cards are found by this layout, and titled by the doc (src/theme/DocItem/Metadata).
    const articles = readdirSync(docs).filter((name) => existsSync(new URL(`${name}/index.mdx`, docs)));
    expect(articles.sort()).toEqual(questions.map((q) => q.slug).sort());
    for (const q of questions) {
      const mdx = readFileSync(new URL(`${q.slug}/index.mdx`, docs), "utf8");
      expect(/^title: (.*)$/m.exec(mdx)?.[1], q.slug).toBe(q.title);
    }
  });
});
