import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { asDocusaurusMarkup } from "./_reference";
import { linesHtml, type RenderedLine, styleText } from "./linesHtml";

/** The same lines as React elements, the way Docusaurus's CodeBlock/Line renders them; a token with neither class nor style as its text. */
function reactMarkup(lines: RenderedLine[], numbered: { lineNumber: string; lineContent: string } | null): string {
  return renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      ...lines.map(({ line, tokens }, i) => {
        const spans = tokens.map((t, j) =>
          t.className || t.style
            ? createElement("span", { key: j, className: t.className, style: t.style }, t.children as string)
            : (t.children as string),
        );
        const body = numbered
          ? [
              createElement("span", { key: "n", className: numbered.lineNumber }),
              createElement("span", { key: "c", className: numbered.lineContent }, ...spans),
            ]
          : spans;
        return createElement(
          "div",
          { key: i, className: line.className, style: line.style },
          ...body,
          createElement("br"),
        );
      }),
    ),
  );
}

const lines: RenderedLine[] = [
  {
    line: { className: "token-line", style: { color: "var(--prism-plain-color)" } },
    tokens: [
      {
        className: "token keyword",
        style: { color: "var(--prism-keyword-color)", fontStyle: "italic" },
        children: "if",
      },
      { children: ' (a < b && c > "d") ' },
      { className: "t1", children: "x" },
      { className: "token comment", style: { opacity: 0.7 }, children: "// <script>&amp;" },
    ],
  },
  { line: { className: "token-line highlighted" }, tokens: [{ className: "t0", children: "" }] },
  { line: {}, tokens: [{ children: "<b>" }, { children: "&" }] },
];

describe("linesHtml", () => {
  it("writes what React writes for the same lines and tokens, but a newline for each <br>", () => {
    const ours = linesHtml(lines, null);
    expect(asDocusaurusMarkup(ours, null)).toBe(reactMarkup(lines, null));
    expect(ours).not.toContain("<br");
    expect(ours.match(/\n<\/div>/g)).toHaveLength(lines.length);
  });

  it("writes Docusaurus's content cells for numbered blocks; each line's ::before is its number cell", () => {
    const numbered = { lineNumber: "codeLineNumber_x", lineContent: "codeLineContent_y" };
    const ours = linesHtml(lines, numbered);
    expect(asDocusaurusMarkup(ours, numbered)).toBe(reactMarkup(lines, numbered));
    // Two elements fewer a line than Docusaurus's: no number span, no <br>.
    const elements = (html: string) => html.match(/<[a-z]/g)?.length ?? 0;
    expect(elements(reactMarkup(lines, numbered)) - elements(ours)).toBe(2 * lines.length);
    expect(ours).not.toContain("codeLineNumber_x");
  });

  it("writes a token with neither class nor style as bare text", () => {
    expect(linesHtml([{ line: {}, tokens: [{ children: "a<" }, { style: {}, children: "b" }] }], null)).toBe(
      "<div>a&lt;b\n</div>",
    );
  });

  it("escapes code, so a token can never become markup", () => {
    const html = linesHtml([{ line: {}, tokens: [{ children: "</code><img src=x onerror=alert(1)>" }] }], null);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;/code&gt;&lt;img");
  });

  it("styleText writes CSS as React does: kebab-case, custom properties kept, empty values dropped", () => {
    expect(styleText({ fontStyle: "italic", backgroundColor: "#fff", color: undefined })).toBe(
      "font-style:italic;background-color:#fff",
    );
    expect(styleText({ "--prism-x": "1" } as never)).toBe("--prism-x:1");
    expect(styleText(undefined)).toBe("");
  });
});
