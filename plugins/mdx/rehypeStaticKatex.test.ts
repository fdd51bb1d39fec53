import { evaluate } from "@mdx-js/mdx";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import { describe, expect, it } from "vitest";
import rehypeStaticKatex from "./rehypeStaticKatex";

const source = [
  "Softmax is $\\sigma(z)_i = e^{z_i} / \\sum_j e^{z_j}$, and in display:",
  "",
  "$$",
  "\\mathrm{F1}_{\\text{micro}} = \\frac{2\\,\\sum_c TP_c}{2\\,\\sum_c TP_c + \\sum_c FP_c + \\sum_c FN_c} < 1 \\;\\&\\; x > 0",
  "$$",
  "",
  "Text after, with `code` and <b>JSX</b>.",
].join("\n");

async function render(rehypePlugins: unknown[]): Promise<{ html: string; elements: number }> {
  let elements = 0;
  // Counts the React elements the page creates: what hydration would walk.
  const counting = {
    ...runtime,
    jsx: (...args: Parameters<typeof runtime.jsx>) => {
      elements++;
      return runtime.jsx(...args);
    },
    jsxs: (...args: Parameters<typeof runtime.jsxs>) => {
      elements++;
      return runtime.jsxs(...args);
    },
  };
  const { default: Content } = await evaluate(source, {
    ...counting,
    remarkPlugins: [remarkMath],
    rehypePlugins: rehypePlugins as never,
  });
  return { html: renderToStaticMarkup(createElement(Content)), elements };
}

/**
 * `html` parsed as a browser parses it and written out again, with a style's trailing semicolon dropped
 * (React writes none, KaTeX does): equal results mean the same document.
 */
const normalized = (html: string) => toHtml(fromHtml(html, { fragment: true })).replaceAll(';"', '"');

describe("rehypeStaticKatex", () => {
  it("renders the document rehype-katex renders, with one element per formula", async () => {
    const plain = await render([rehypeKatex]);
    const stat = await render([rehypeKatex, rehypeStaticKatex]);
    expect(normalized(stat.html)).toBe(normalized(plain.html));
    expect(plain.html).toContain('<span class="katex-mathml">');
    // Two formulas: each keeps its span.katex; everything inside it is one HTML string.
    expect(stat.elements).toBeLessThan(plain.elements / 5);
    expect(stat.elements).toBeGreaterThanOrEqual(2);
  });

  it("escapes what the formula contains, so <, > and & stay text", async () => {
    // The string the page receives, as the plugin wrote it (React inserts it as it is).
    const { html } = await render([rehypeKatex, rehypeStaticKatex]);
    expect(html).toContain("<mo>&lt;</mo><mn>1</mn>");
    expect(html).toContain('<mi mathvariant="normal">&amp;</mi>');
    expect(html).not.toMatch(/<\s*1/);
  });
});
