/**
 * Helpers that turn doc-comment text into MDX that compiles and reads as the author wrote it.
 * Doc comments are Markdown with `code spans` and `{@link name}` references; MDX would read their
 * braces as expressions, `<` as JSX and `$` as math (remark-math), so those are escaped outside code.
 */

/** Splits `text` into code spans (kept verbatim) and prose (transformed by `prose`). */
function mapProse(text: string, prose: (part: string) => string): string {
  return text
    .split(/(`+[^`]*`+)/g)
    .map((part, i) => (i % 2 === 1 ? part : prose(part)))
    .join("");
}

/** Escapes the characters MDX or remark-math would interpret in prose. */
export function escapeProse(text: string): string {
  return text.replace(/[\\{}<>$]/g, (c) => `\\${c}`);
}

/**
 * Doc-comment Markdown to MDX: `{@link name}` becomes a link to the export's anchor when `anchors` knows the
 * name (else code), the rest of the prose is escaped, code spans stay as they are.
 * @param anchors export name to anchor target, e.g. `softmax` to `#softmax`
 */
export function docToMdx(text: string, anchors: ReadonlyMap<string, string>): string {
  const linked = text.replace(
    /\{@link(?:code|plain)?\s+([^\s}|]+)(?:[\s|]+([^}]*))?\}/g,
    (_, target: string, label?: string) => {
      const name = target.replace(/\(\)$/, "");
      const shown = label?.trim() || name;
      const href = anchors.get(name);
      // A placeholder keeps the link out of the escaping below; it cannot occur in doc text.
      return href ? `\u0000[\`${shown}\`](${href})\u0000` : `\`${shown}\``;
    },
  );
  return linked
    .split("\u0000")
    .map((part, i) => (i % 2 === 1 ? part : mapProse(part, escapeProse)))
    .join("");
}

/** Text for one cell of a GFM table: one line, pipes escaped (also inside code spans, as GFM requires). */
export function tableCell(mdx: string): string {
  return mdx.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function codeBlock(code: string, lang = "ts"): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${code}\n${fence}`;
}

/** An inline code span that survives backticks in `code`. */
export function inlineCode(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
  return `${ticks}${pad}${code}${pad}${ticks}`;
}

/** A string as a JavaScript/JSX string literal. */
export function jsString(value: string): string {
  return JSON.stringify(value);
}
