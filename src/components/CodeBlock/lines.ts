import clsx from "clsx";
import type { PrismTheme } from "prism-react-renderer";
import type { CSSProperties } from "react";
import { stylesByType } from "../../../plugins/code-theme/prismVariables";
import { linesHtml } from "./linesHtml";

/** A token as prism-react-renderer's normalizeTokens returns it. */
export interface LineToken {
  types: string[];
  content: string;
  empty?: boolean;
}

type ThemeDict = Record<string, CSSProperties | undefined>;

/** Each token type's style under `theme` for `language`, as prism-react-renderer's themeToDict. */
function themeDict(theme: PrismTheme, language: string): ThemeDict {
  return Object.fromEntries(stylesByType(theme, language.toLowerCase())) as ThemeDict;
}

/** A token's inline style, as prism-react-renderer's getTokenProps computes it. */
function tokenStyle(dict: ThemeDict, { types, empty }: LineToken): CSSProperties | undefined {
  if (types.length === 1 && types[0] === "plain") return empty ? { display: "inline-block" } : undefined;
  if (types.length === 1 && empty) return dict[types[0] as string];
  return Object.assign(empty ? { display: "inline-block" } : {}, ...types.map((t) => dict[t]));
}

/** `code`'s lines as one plain token each, the shape tokenize gives code without a grammar. */
export function plainTokens(code: string): LineToken[][] {
  return code
    .split("\n")
    .map((text) =>
      text === "" ? [{ types: ["plain"], content: "\n", empty: true }] : [{ types: ["plain"], content: text }],
    );
}

/**
 * The HTML of a code block's lines, as Docusaurus's CodeBlock/Line renders them from prism-react-renderer's
 * props: the line's class (with magic-comment classes and, when numbered, the numbered-line class) and the
 * theme's plain colour, a span per token with its types as classes and its style, a line of just "\n"
 * written empty.
 */
export function codeLinesHtml(
  tokens: readonly LineToken[][],
  theme: PrismTheme,
  language: string,
  lineClassNames: Record<number, string[]>,
  numbered: { codeLine: string; lineNumber: string; lineContent: string } | null,
): string {
  const dict = themeDict(theme, language);
  const plain: CSSProperties = { ...(theme.plain as CSSProperties), backgroundColor: undefined };
  return linesHtml(
    tokens.map((raw, i) => {
      const line = raw.length === 1 && raw[0]?.content === "\n" ? [{ ...raw[0], content: "" }] : raw;
      return {
        line: { className: clsx("token-line", lineClassNames[i], numbered?.codeLine), style: plain },
        tokens: line.map((t) => ({
          className: clsx("token", ...t.types),
          style: tokenStyle(dict, t),
          children: t.content,
        })),
      };
    }),
    numbered,
  );
}
