import clsx from "clsx";
import { Highlight, themes } from "prism-react-renderer";
import { createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { prismVariableTheme } from "../../../plugins/code-theme/prismVariables";
import { codeLinesHtml, type LineToken, plainTokens } from "./lines";

const numbered = { codeLine: "codeLine_x", lineNumber: "codeLineNumber_y", lineContent: "codeLineContent_z" };
const code = [
  "// softmax, stable",
  'import { softmax } from "@nn-explained/core";',
  "",
  "const p = softmax([1, 2, 3]); // <b> & 'quotes'",
  "export default p;",
].join("\n");

/**
 * Docusaurus's CodeBlock/Line markup for `code`, rendered by React from prism-react-renderer's own
 * Highlight (its tokens, getLineProps and getTokenProps), with the tokens it produced.
 */
function reference(
  theme: typeof themes.github,
  lineClassNames: Record<number, string[]>,
  withNumbers: boolean,
): { html: string; tokens: LineToken[][] } {
  let tokens: LineToken[][] = [];
  const html = renderToStaticMarkup(
    createElement(Highlight, {
      theme,
      code,
      language: "tsx",
      // biome-ignore lint/correctness/noChildrenProp: Highlight's render function is its required `children` prop
      children: ({ tokens: lines, getLineProps, getTokenProps }): ReactNode => {
        tokens = lines;
        return createElement(
          Fragment,
          null,
          ...lines.map((raw, i) => {
            const line = raw.length === 1 && raw[0]?.content === "\n" ? [{ ...raw[0], content: "" }] : raw;
            const spans = line.map((token, j) => createElement("span", { key: j, ...getTokenProps({ token }) }));
            const props = getLineProps({ line, className: clsx(lineClassNames[i], withNumbers && numbered.codeLine) });
            const body = withNumbers
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

describe("codeLinesHtml", () => {
  const magic = { 1: ["theme-code-block-highlighted-line"] };
  it.each([
    ["github", themes.github],
    ["dracula", themes.dracula],
    ["the site's variable theme", prismVariableTheme(themes.github, themes.dracula)],
  ])("writes what Docusaurus's lines write from prism-react-renderer's props (%s)", (_, theme) => {
    for (const withNumbers of [false, true]) {
      const { html, tokens } = reference(theme, magic, withNumbers);
      expect(tokens.length).toBe(5);
      expect(codeLinesHtml(tokens, theme, "tsx", magic, withNumbers ? numbered : null)).toBe(
        // React escapes ' as &#x27;; linesHtml leaves it, which HTML reads the same.
        html.replaceAll("&#x27;", "'"),
      );
    }
  });

  it("lays out plain lines (shown while Prism loads) as highlighted ones: numbered rows, magic-comment classes", () => {
    const html = codeLinesHtml(plainTokens(code), themes.github, "tsx", magic, numbered);
    const lines = html.match(/<div class="[^"]*"/g) ?? [];
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(l).toMatch(/^<div class="token-line .*codeLine_x"/);
    expect(lines[1]).toContain("theme-code-block-highlighted-line");
    expect(html.match(/codeLineNumber_y/g)).toHaveLength(5);
    expect(html).toContain("&lt;b&gt; &amp; 'quotes'");
  });

  it("plainTokens keeps every line, empty ones included, as normalizeTokens would", () => {
    expect(plainTokens("a\n\nb")).toEqual([
      [{ types: ["plain"], content: "a" }],
      [{ types: ["plain"], content: "\n", empty: true }],
      [{ types: ["plain"], content: "b" }],
    ]);
  });
});
