import type { PrismTheme } from "prism-react-renderer";
import { parseRgba } from "./contrast";

// Docusaurus renders code blocks with the light Prism theme on the server, as inline styles, then
// re-creates every block in the browser (a changed React key) so a reader in dark mode gets dark colours.
// On an article that is thousands of token elements thrown away and built again during start-up, the
// largest part of its main-thread work. Instead, one theme serves both modes: each of its colours is a
// CSS variable, and a style sheet sets the variables per mode. Server and browser render the same
// markup, so nothing is re-created; the colours are the real themes' colours.

type Style = PrismTheme["plain"];

/** A style property as CSS writes it: `fontStyle` → `font-style` (a custom property stays as it is). */
export function cssProperty(property: string): string {
  return property.startsWith("--") ? property : property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The name of the CSS variable that carries `property` of token `type` (`plain` for the block). */
export function prismVariable(type: string, property: string): string {
  return `--prism-${type}-${cssProperty(property)}`;
}

/**
 * The style of each token type, as prism-react-renderer's themeToDict merges a theme's entries (later
 * entries win). With `language`, entries for other languages are left out; without, any
 * language-specific entry is an error (one set of variables cannot express it).
 */
export function stylesByType(theme: PrismTheme, language?: string): Map<string, Style> {
  const byType = new Map<string, Style>();
  for (const entry of theme.styles) {
    if (entry.languages && language === undefined) {
      throw new Error("prismVariables: language-specific theme entries are not supported");
    }
    if (entry.languages && !entry.languages.includes(language as never)) continue;
    for (const type of entry.types) byType.set(type, { ...byType.get(type), ...entry.style });
  }
  return byType;
}

function propertiesOf(...styles: (Style | undefined)[]): string[] {
  return [...new Set(styles.flatMap((s) => Object.keys(s ?? {})))].sort();
}

/**
 * The properties a Prism theme sets that a token inherits from its line when it does not set them: for
 * these, `inherit` is what a token shows with no declaration at all (tokenClasses writes none for it).
 */
export const INHERITED_PROPERTIES: ReadonlySet<string> = new Set(["color", "fontStyle", "fontWeight"]);

/** True if a token of `type` shows its line's value of `property` in `theme`: it sets none, or the line's. */
function showsLines(theme: PrismTheme, types: Map<string, Style>, type: string, property: string): boolean {
  const own = (types.get(type) as Record<string, unknown> | undefined)?.[property];
  const line = (theme.plain as Record<string, unknown>)[property];
  if (own === undefined) return true;
  const [a, b] = [parseRgba(String(own)), parseRgba(String(line))];
  return a && b ? a.every((v, i) => v === b[i]) : String(own) === String(line);
}

/**
 * One Prism theme for light and dark mode whose values are `var(--prism-<type>-<property>)`; pair it
 * with {@link prismVariablesCss}. A property a mode leaves unset is an undefined variable there, so the
 * token inherits it, as it would with no inline style. A property a token inherits, whose value is its
 * line's in both modes (both themes colour punctuation as plain text), is `inherit`: it still overrides
 * an earlier type of the same token, as the theme's own value would, and otherwise costs no element
 * (codeLinesHtml writes such a token as bare text: a third to half of an article's code elements).
 */
export function prismVariableTheme(light: PrismTheme, dark: PrismTheme): PrismTheme {
  const lightTypes = stylesByType(light);
  const darkTypes = stylesByType(dark);
  const types = [...new Set([...lightTypes.keys(), ...darkTypes.keys()])].sort();
  const value = (type: string, p: string) =>
    INHERITED_PROPERTIES.has(p) && showsLines(light, lightTypes, type, p) && showsLines(dark, darkTypes, type, p)
      ? "inherit"
      : `var(${prismVariable(type, p)})`;
  const variables = (type: string, properties: string[]) =>
    Object.fromEntries(properties.map((p) => [p, value(type, p)])) as Style;
  return {
    plain: Object.fromEntries(
      propertiesOf(light.plain, dark.plain).map((p) => [p, `var(${prismVariable("plain", p)})`]),
    ) as Style,
    styles: types.map((type) => ({
      types: [type],
      style: variables(type, propertiesOf(lightTypes.get(type), darkTypes.get(type))),
    })),
  };
}

/** Every variable `theme` gives a value, with that value. */
function values(theme: PrismTheme): Map<string, string> {
  const out = new Map<string, string>();
  const add = (type: string, style: Style) => {
    for (const [property, value] of Object.entries(style)) {
      if (value !== undefined) out.set(prismVariable(type, property), String(value));
    }
  };
  add("plain", theme.plain);
  for (const [type, style] of stylesByType(theme)) add(type, style);
  return out;
}

/**
 * Declarations of every variable either theme uses: `theme`'s value, or `initial` where `theme` has none.
 * Custom properties inherit, so without `initial` a dark-mode token would take the light theme's value
 * of a property only the light theme sets; `initial` makes `var()` invalid there, and the token inherits.
 */
function declarations(theme: PrismTheme, names: string[]): string {
  const own = values(theme);
  return names.map((name) => `  ${name}: ${own.get(name) ?? "initial"};`).join("\n");
}

/** The style sheet that gives {@link prismVariableTheme}'s variables the light theme's values, and the dark theme's in dark mode. */
export function prismVariablesCss(light: PrismTheme, dark: PrismTheme): string {
  // Only the variables the theme names: a property that is `inherit` there needs none.
  const named = JSON.stringify(prismVariableTheme(light, dark)).matchAll(/var\((--prism-[\w-]+)\)/g);
  const names = [...new Set([...named].map((m) => m[1] as string))].sort();
  return [
    "/* Generated from the site's Prism themes (plugins/code-theme/prismVariables.ts). */",
    `:root {\n${declarations(light, names)}\n}`,
    `[data-theme="dark"] {\n${declarations(dark, names)}\n}`,
    "",
  ].join("\n");
}
