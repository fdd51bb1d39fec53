import { themes } from "prism-react-renderer";
import { describe, expect, it } from "vitest";
import { computed, type Mode, parseDeclarations, readSheet, sameColours } from "./_cascade";
import { prismVariable, prismVariablesCss, prismVariableTheme, stylesByType } from "./prismVariables";
import { cssDeclarations } from "./tokenClasses";

/** The inline style prism-react-renderer gives a token of `types` under `theme` (its themeToDict and getTokenProps). */
function tokenStyle(theme: typeof themes.github, types: string[]): Record<string, unknown> {
  const dict: Record<string, Record<string, unknown>> = {};
  for (const entry of theme.styles) for (const t of entry.types) dict[t] = { ...dict[t], ...entry.style };
  return Object.assign({}, ...types.map((t) => dict[t]));
}

/** The declarations `style` gets in `mode` from `css` (var() resolved; see ./_cascade). */
const resolve = (css: string, mode: Mode, style: Record<string, unknown>) =>
  computed(readSheet(css), mode, undefined, cssDeclarations(style).join(";"));

/** `style` as declarations, its values as text. */
const declarations = (style: Record<string, unknown>) => parseDeclarations(cssDeclarations(style).join(";"));

describe("prismVariableTheme and prismVariablesCss", () => {
  const light = themes.github;
  const dark = themes.dracula;
  const theme = prismVariableTheme(light, dark);
  const css = prismVariablesCss(light, dark);
  const allTypes = [...new Set([...light.styles, ...dark.styles].flatMap((s) => s.types))];

  it("gives every token type, alone and after each other (the later wins), in each mode, the look of that mode's theme", () => {
    // In its line, whose colour the token inherits where it sets none (or `inherit`).
    const line = (style: Record<string, unknown>) => ({ ...style, backgroundColor: undefined });
    // The limit of one set of variables: where the later type sets a property in one mode only, in the other
    // its variable is `initial` and the token shows its line's value, not the earlier type's. Of the 76,000
    // tokens of the articles' TypeScript and Python examples, one meets it: a keyword in a doc comment,
    // upright where github's comment would make it italic (light mode).
    const sets = (theme: typeof light, type: string, p: string) =>
      (stylesByType(theme).get(type) as Record<string, unknown> | undefined)?.[p] !== undefined;
    const oneModeOnly = (a: string, b: string) =>
      ["color", "fontStyle", "fontWeight", "opacity", "backgroundColor", "textDecorationLine"].some(
        (p) => sets(light, b, p) !== sets(dark, b, p) && (sets(light, a, p) || sets(dark, a, p)),
      );
    const pairs = allTypes.flatMap((a) => allTypes.filter((b) => !oneModeOnly(a, b)).map((b) => [a, b]));
    expect(pairs.length).toBeGreaterThan(allTypes.length ** 2 / 3);
    const lists = [...allTypes.map((t) => [t]), ...pairs];
    for (const types of lists) {
      for (const [mode, own] of [
        ["light", light],
        ["dark", dark],
      ] as const) {
        const shown = { ...resolve(css, mode, line(theme.plain)), ...resolve(css, mode, tokenStyle(theme, types)) };
        const expected = { ...declarations(line(own.plain)), ...declarations(tokenStyle(own, types)) };
        expect(sameColours(shown), `${types} ${mode}`).toEqual(sameColours(expected));
      }
    }
  });

  it("writes `inherit` only where a token shows its line's colour or font in both modes", () => {
    const inherited = theme.styles.filter((s) => Object.values(s.style).includes("inherit"));
    // Both themes colour punctuation as plain text; github colours operators so, dracula not at all.
    expect(inherited.map((s) => s.types[0])).toEqual(expect.arrayContaining(["operator", "punctuation"]));
    expect(theme.styles.find((s) => s.types[0] === "comment")?.style.color).toBe("var(--prism-comment-color)");
    expect(css).not.toContain("--prism-punctuation-color");
  });

  it("sets the block's colour and background per mode", () => {
    expect(resolve(css, "light", theme.plain)).toEqual({ color: "#393A34", "background-color": "#f6f8fa" });
    expect(resolve(css, "dark", theme.plain)).toEqual({ color: "#F8F8F2", "background-color": "#282A36" });
  });

  it("holds no literal colour, so the server's markup is right in both modes", () => {
    const values = [theme.plain, ...theme.styles.map((s) => s.style)].flatMap((s) => Object.values(s));
    expect(values.length).toBeGreaterThan(20);
    for (const v of values) expect(v).toMatch(/^var\(--prism-[a-z-]+\)$|^inherit$/);
  });

  it("declares every variable in both modes, so no value leaks from one mode into the other", () => {
    const { variables } = readSheet(css);
    expect([...variables.dark.keys()]).toEqual([...variables.light.keys()]);
    // github colours numbers, dracula does not: in dark mode a number inherits the line's colour.
    expect(css).toMatch(/\[data-theme="dark"\] \{[^}]*--prism-number-color: initial;/);
  });

  it("names variables in kebab case", () => {
    expect(prismVariable("attr-name", "fontStyle")).toBe("--prism-attr-name-font-style");
  });

  it("stylesByType for one language keeps that language's entries and leaves out the others'", () => {
    const scoped = {
      ...light,
      styles: [
        { types: ["keyword"], style: { color: "#111" } },
        { types: ["keyword"], languages: ["css"], style: { color: "#222" } },
      ],
    } as typeof light;
    expect(stylesByType(scoped, "css").get("keyword")).toEqual({ color: "#222" });
    expect(stylesByType(scoped, "tsx").get("keyword")).toEqual({ color: "#111" });
  });

  it("refuses language-specific entries, which one set of variables cannot express", () => {
    const scoped = { ...light, styles: [{ types: ["keyword"], languages: ["css"], style: { color: "#000" } }] };
    expect(() => prismVariableTheme(scoped, dark)).toThrow(/language-specific/);
  });
});
