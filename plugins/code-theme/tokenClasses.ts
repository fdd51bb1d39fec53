import type { PrismTheme } from "prism-react-renderer";
import type { CSSProperties } from "react";
import { cssProperty, INHERITED_PROPERTIES } from "./prismVariables";

// prism-react-renderer gives every token and line an inline style: on an article that is tens of thousands
// of long `style` attributes, most of its HTML. Here each CSS declaration a theme can give (one property and
// its value) gets a short class, and the code-theme plugin writes one rule per class. A token's style is
// still computed as prism-react-renderer computes it (its types' styles merged in order, later types win),
// then written as the classes of its declarations. A class sets one property, so no two classes of one token
// set the same property, and the order of the rules cannot change what a token shows.

type Entry = [property: string, value: unknown];

/**
 * A declaration that shows something: set, and not `inherit` of a property a token inherits anyway (what
 * prismVariableTheme writes where a token shows its line's value in both modes).
 */
const isSet = ([k, v]: Entry) =>
  v !== undefined && v !== null && v !== "" && !(v === "inherit" && INHERITED_PROPERTIES.has(k));
const declaration = ([k, v]: Entry) => `${cssProperty(k)}:${String(v)}`;

/** `style`'s declarations as `property:value`, in its order, as React writes them: kebab-case, custom properties kept, empty values dropped. */
export function cssDeclarations(style: CSSProperties | undefined): string[] {
  return Object.entries(style ?? {})
    .filter(isSet)
    .map(declaration);
}

/** The style prism-react-renderer gives an empty token (one that stands for an empty line). */
export const EMPTY_TOKEN_STYLE: CSSProperties = { display: "inline-block" };

/** The class of each declaration, by `property:value`. */
export type TokenClasses = ReadonlyMap<string, string>;

const cache = new WeakMap<PrismTheme, TokenClasses>();

/**
 * A short class (`t0`, `t1`, … in base 36) for every declaration `theme` can give a line or a token: those
 * of its plain style and of every entry for all languages, and the empty token's `display:inline-block`.
 * Entries for some languages only get no class (their tokens keep an inline style). The classes are
 * numbered in the declarations' sorted order, so the same theme always gets the same classes, on the
 * server, in the browser and in the plugin's style sheet.
 */
export function tokenClasses(theme: PrismTheme): TokenClasses {
  const known = cache.get(theme);
  if (known) return known;
  const declarations = new Set([
    ...cssDeclarations(theme.plain as CSSProperties),
    ...theme.styles.filter((s) => !s.languages).flatMap((s) => cssDeclarations(s.style as CSSProperties)),
    ...cssDeclarations(EMPTY_TOKEN_STYLE),
  ]);
  const classes = new Map([...declarations].sort().map((d, i) => [d, `t${i.toString(36)}`]));
  cache.set(theme, classes);
  return classes;
}

/** The rules of {@link tokenClasses}, for the lines and tokens inside a code block's `pre.prism-code`. */
export function tokenClassesCss(theme: PrismTheme): string {
  return [
    "/* The classes of the lines' and tokens' declarations (plugins/code-theme/tokenClasses.ts). */",
    ...[...tokenClasses(theme)].map(([declaration, name]) => `.prism-code .${name} {${declaration}}`),
  ].join("\n");
}

/** A style written as classes, and what is left of it as an inline style. */
export interface ClassedStyle {
  className: string | undefined;
  style: CSSProperties | undefined;
}

/** The first word of the property a declaration sets: `font` for `font-style`, `background` for `background`. */
const family = (d: string) => d.slice(0, d.indexOf(":")).split("-")[0];

/**
 * `style` as the classes of its declarations; a declaration with no class stays inline. A style that sets
 * two properties of one family (`background` and `background-color`, say) stays inline whole: there a
 * shorthand and its longhand could meet, and which one wins depends on the order of the declarations,
 * which classes cannot keep.
 */
export function classedStyle(style: CSSProperties | undefined, classes: TokenClasses): ClassedStyle {
  const entries = Object.entries(style ?? {}).filter(isSet);
  if (entries.length === 0) return { className: undefined, style: undefined };
  if (new Set(entries.map((e) => family(declaration(e)))).size < entries.length) return { className: undefined, style };
  const names: string[] = [];
  const inline: Entry[] = [];
  for (const e of entries) {
    const name = classes.get(declaration(e));
    if (name) names.push(name);
    else inline.push(e);
  }
  return {
    className: names.length > 0 ? names.join(" ") : undefined,
    style: inline.length > 0 ? (Object.fromEntries(inline) as CSSProperties) : undefined,
  };
}
