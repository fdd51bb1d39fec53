import type { CSSProperties } from "react";
import { cssDeclarations } from "../../../plugins/code-theme/tokenClasses";

/** A line's or token's props: maybe a class, maybe a style, and for a token its text. */
export interface RenderedProps {
  className?: string;
  style?: CSSProperties;
  children?: unknown;
}

/** One line of a code block: its props and its tokens' props. */
export interface RenderedLine {
  line: RenderedProps;
  tokens: RenderedProps[];
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => escapes[c] as string);

/** `style` as CSS text, as React writes it: camelCase to kebab-case, custom properties as they are. */
export const styleText = (style: CSSProperties | undefined): string => cssDeclarations(style).join(";");

function open(tag: string, props: RenderedProps): string {
  const style = styleText(props.style);
  return `<${tag}${props.className ? ` class="${escapeHtml(props.className)}"` : ""}${
    style ? ` style="${escapeHtml(style)}"` : ""
  }>`;
}

/**
 * The HTML of a code block's lines, the markup Docusaurus's CodeBlock/Line writes as React elements:
 * a `div` per line holding a `span` per token and a `<br>`; with line numbers, the tokens sit in a
 * content cell after an empty number cell (`numbered` names both, from Docusaurus's style sheet). A token
 * with neither class nor style is its bare text: a `span` without attributes changes nothing shown.
 */
export function linesHtml(
  lines: readonly RenderedLine[],
  numbered: { lineNumber: string; lineContent: string } | null,
): string {
  return lines
    .map(({ line, tokens }) => {
      const spans = tokens
        .map((t) => {
          const text = escapeHtml(String(t.children ?? ""));
          return t.className || styleText(t.style) ? `${open("span", t)}${text}</span>` : text;
        })
        .join("");
      const body = numbered
        ? `<span class="${numbered.lineNumber}"></span><span class="${numbered.lineContent}">${spans}</span>`
        : spans;
      return `${open("div", line)}${body}<br/></div>`;
    })
    .join("");
}
