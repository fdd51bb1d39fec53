import { describe, expect, it } from "vitest";
import { questions } from "../../data/questions";
import { quoteMarkdown } from "./quoteMarkdown";

describe("quoteMarkdown", () => {
  it("quotes the answer and links the title to the short-answer anchor", () => {
    const q = questions.find((x) => x.slug === "f1-micro-average");
    if (!q) throw new Error("no f1-micro-average question");
    const md = quoteMarkdown(q, "https://example.org/f1-micro-average");
    const lines = md.split("\n");
    expect(lines[0]).toBe(`> ${q.shortAnswer}`);
    expect(lines[1]).toBe(">");
    expect(lines[2]).toBe(`> — [${q.title}](https://example.org/f1-micro-average#short-answer)`);
    expect(md).toContain("`y_true`");
  });

  it("escapes brackets in the title so the link stays a link", () => {
    const md = quoteMarkdown(
      { slug: "x", title: "Why [x]?", navLabel: "x", shortAnswer: "Because." },
      "https://example.org/x",
    );
    expect(md).toMatchInlineSnapshot(`
      "> Because.
      >
      > — [Why \\[x\\]?](https://example.org/x#short-answer)"
    `);
  });
});
