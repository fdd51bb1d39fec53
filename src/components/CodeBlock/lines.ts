import clsx from "clsx";
import type { PrismTheme } from "prism-react-renderer";
import type { CSSProperties } from "react";
import { stylesByType } from "../../../plugins/code-theme/prismVariables";
import { classedStyle, EMPTY_TOKEN_STYLE, tokenClasses } from "../../../plugins/code-theme/tokenClasses";
import { linesHtml, type RenderedProps, styleText } from "./linesHtml";

/** A token as prism-react-renderer's normalizeTokens returns it. */
export interface LineToken {
  types: string[];
  content: string;
  empty?: boolean;
}

type ThemeDict = Record<string, CSSProperties | undefined>;

/**
 * Each token type's style under `theme` for `language`, as prism-react-renderer's themeToDict: `plain`
 * is the theme's plain style without its background (the lines' style), `root` the whole of it.
 */
function themeDict(theme: PrismTheme, language: string): ThemeDict {
  return {
    ...Object.fromEntries(stylesByType(theme, language.toLowerCase())),
    root: theme.plain as CSSProperties,
    plain: { ...(theme.plain as CSSProperties), backgroundColor: undefined },
  };
}

/** A token's style, as prism-react-renderer's getTokenProps computes it. */
function tokenStyle(dict: ThemeDict, { types, empty }: LineToken): CSSProperties | undefined {
  if (types.length === 1 && types[0] === "plain") return empty ? EMPTY_TOKEN_STYLE : undefined;
  if (types.length === 1 && empty) return dict[types[0] as string];
  return Object.assign(empty ? { ...EMPTY_TOKEN_STYLE } : {}, ...types.map((t) => dict[t]));
}

/** `code`'s lines as one plain token each, the shape tokenize gives code without a grammar. */
export function plainTokens(code: string): LineToken[][] {
  return code
    .split("\n")
    .map((text) =>
      text === "" ? [{ types: ["plain"], content: "\n", empty: true }] : [{ types: ["plain"], content: text }],
    );
}

/** `tokens` with each run of neighbours of the same class and style joined into one: they look as one. */
function joinAlike(tokens: (RenderedProps & { children: string })[]): (RenderedProps & { children: string })[] {
  const out: (RenderedProps & { children: string })[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && last.className === t.className && styleText(last.style) === styleText(t.style)) {
      out[out.length - 1] = { ...last, children: last.children + t.children };
    } else out.push(t);
  }
  return out;
}

/**
 * The HTML of a code block's lines, laid out as Docusaurus's CodeBlock/Line lays them out from
 * prism-react-renderer's props: a `div` per line (with magic-comment classes and, when numbered, the
 * numbered-line class), a line of just "\n" written empty. The styles prism-react-renderer would give
 * inline, the line's (the theme's plain colour) and each token's, are written as the classes of
 * plugins/code-theme/tokenClasses (an inline style only for a declaration with no class); a token with no
 * style is bare text, and neighbouring tokens of one style are one element. The `token-line` and
 * `token <types>` classes are left out: no style sheet or script of the site, Infima or Docusaurus's theme
 * selects them, and they made up much of an article's HTML.
 */
export function codeLinesHtml(
  tokens: readonly LineToken[][],
  theme: PrismTheme,
  language: string,
  lineClassNames: Record<number, string[]>,
  numbered: { codeLine: string; lineContent: string } | null,
): string {
  const dict = themeDict(theme, language);
  const classes = tokenClasses(theme);
  const lineStyle = classedStyle(dict.plain, classes);
  return linesHtml(
    tokens.map((raw, i) => {
      const line = raw.length === 1 && raw[0]?.content === "\n" ? [{ ...raw[0], content: "" }] : raw;
      return {
        line: {
          className: clsx(lineClassNames[i], lineStyle.className, numbered?.codeLine) || undefined,
          style: lineStyle.style,
        },
        tokens: joinAlike(line.map((t) => ({ ...classedStyle(tokenStyle(dict, t), classes), children: t.content }))),
      };
    }),
    numbered,
  );
}
