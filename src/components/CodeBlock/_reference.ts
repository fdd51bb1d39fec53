// For the tests: the markup the site's code blocks had before their styles became classes, Docusaurus's
// CodeBlock/Line rendered by React from prism-react-renderer's own Highlight, its getLineProps and
// getTokenProps (every style inline, every token a span with its types as classes).
import clsx from "clsx";
import { Highlight, type PrismTheme } from "prism-react-renderer";
import { createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { LineToken } from "./lines";

/**
 * Docusaurus's CodeBlock/Line markup for `code` in `language`, with the tokens Highlight produced; or for
 * the lines of tokens `given` instead of Highlight's.
 */
export function referenceLinesHtml(
  theme: PrismTheme,
  code: string,
  language: string,
  lineClassNames: Record<number, string[]>,
  numbered: { codeLine: string; lineNumber: string; lineContent: string } | null,
  given?: LineToken[][],
): { html: string; tokens: LineToken[][] } {
  let tokens: LineToken[][] = [];
  const html = renderToStaticMarkup(
    createElement(Highlight, {
      theme,
      code,
      language,
      // biome-ignore lint/correctness/noChildrenProp: Highlight's render function is its required `children` prop
      children: ({ tokens: highlighted, getLineProps, getTokenProps }): ReactNode => {
        const lines = given ?? highlighted;
        tokens = lines;
        return createElement(
          Fragment,
          null,
          ...lines.map((raw, i) => {
            const line = raw.length === 1 && raw[0]?.content === "\n" ? [{ ...raw[0], content: "" }] : raw;
            const spans = line.map((token, j) => createElement("span", { key: j, ...getTokenProps({ token }) }));
            const props = getLineProps({ line, className: clsx(lineClassNames[i], numbered?.codeLine) });
            const body = numbered
              ? [
                  createElement("span", { key: "n", className: numbered.lineNumber }),
                  createElement("span", { key: "c", className: numbered.lineContent }, ...spans),
                ]
              : spans;
            return createElement("div", { key: i, ...props }, ...body, createElement("br"));
          }),
        );
      },
    }),
  );
  return { html, tokens };
}

/**
 * A line per token for every type either theme styles and for types no theme styles (plain, and two
 * Prism wraps around others): alone, after each other type (where the later type wins a property both
 * set, so the order matters), and each of these as an empty token (an empty line).
 */
export function everyTokenType(themes: { light: PrismTheme; dark: PrismTheme }): LineToken[][] {
  const styled = [...new Set([...themes.light.styles, ...themes.dark.styles].flatMap((s) => s.types))];
  const types = [...styled, "plain", "interpolation", "template-string"];
  const lists = [...types.map((t) => [t]), ...types.flatMap((a) => types.filter((b) => b !== a).map((b) => [a, b]))];
  return lists.flatMap((list) => [[{ types: list, content: "x" }], [{ types: list, content: "\n", empty: true }]]);
}

/**
 * Our lines' markup (./linesHtml) as Docusaurus writes the same lines: the empty number span back before each
 * content cell, and the `<br>` back where our newline ends a line. What our markup leaves out, and nothing
 * else: the comparisons with Docusaurus's go through this.
 */
export function asDocusaurusMarkup(ours: string, numbered: { lineNumber: string; lineContent: string } | null): string {
  if (!numbered) return ours.replaceAll("\n</div>", "<br/></div>");
  return ours
    .replaceAll(
      `<span class="${numbered.lineContent}">`,
      `<span class="${numbered.lineNumber}"></span><span class="${numbered.lineContent}">`,
    )
    .replaceAll("\n</span></div>", "</span><br/></div>");
}
