import type { CSSProperties } from "react";

/** What prism-react-renderer's getLineProps and getTokenProps return: a class, maybe a style, and for a token its text. */
export interface RenderedProps {
  className?: string;
  style?: CSSProperties;
  children?: unknown;
}

/** One line of a code block: its props and its tokens' props, as prism-react-renderer computes them. */
export interface RenderedLine {
  line: RenderedProps;
  tokens: RenderedProps[];
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => escapes[c] as string);

/** `style` as CSS text, as React writes it: camelCase to kebab-case, custom properties as they are. */
export function styleText(style: CSSProperties | undefined): string {
  return Object.entries(style ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== "")
    .map(([k, v]) => `${k.startsWith("--") ? k : k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(v)}`)
    .join(";");
}

function open(tag: string, props: RenderedProps): string {
  const style = styleText(props.style);
  return `<${tag}${props.className ? ` class="${escapeHtml(props.className)}"` : ""}${
    style ? ` style="${escapeHtml(style)}"` : ""
  }>`;
}

/**
 * The HTML of a code block's lines, the markup Docusaurus's CodeBlock/Line writes as React elements:
 * a `div` per line holding a `span` per token and a `<br>`; with line numbers, the tokens sit in a
 * content cell after an empty number cell (`classes` names both, from Docusaurus's style sheet).
 */
export function linesHtml(
  lines: readonly RenderedLine[],
  numbered: { lineNumber: string; lineContent: string } | null,
): string {
  return lines
    .map(({ line, tokens }) => {
      const spans = tokens.map((t) => `${open("span", t)}${escapeHtml(String(t.children ?? ""))}</span>`).join("");
      const body = numbered
        ? `<span class="${numbered.lineNumber}"></span><span class="${numbered.lineContent}">${spans}</span>`
        : spans;
      return `${open("div", line)}${body}<br/></div>`;
    })
    .join("");
}
