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
 * The HTML of a code block's lines: a `div` per line holding a `span` per token and ending in a newline;
 * with line numbers, the tokens sit in a content cell (`numbered.lineContent`) and the line's own
 * `::before` is the number cell (the line's class in ./styles.module.css). Docusaurus's CodeBlock/Line
 * writes an empty number `span` and a `<br>` in every line as well: laid out the same (every line's box and
 * every block's scroll width, measured on each article), those two elements a line were a fifth of an
 * article's elements. A token with neither class nor style is its bare text: a `span` without attributes
 * changes nothing shown.
 */
export function linesHtml(lines: readonly RenderedLine[], numbered: { lineContent: string } | null): string {
  return lines
    .map(({ line, tokens }) => {
      const spans = tokens
        .map((t) => {
          const text = escapeHtml(String(t.children ?? ""));
          return t.className || styleText(t.style) ? `${open("span", t)}${text}</span>` : text;
        })
        .join("");
      // The newline keeps an empty line's height, and a selection's copy its line breaks, as the <br> did.
      const body = numbered ? `<span class="${numbered.lineContent}">${spans}\n</span>` : `${spans}\n`;
      return `${open("div", line)}${body}</div>`;
    })
    .join("");
}
