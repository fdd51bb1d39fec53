import { themes } from "prism-react-renderer";
import { describe, expect, it } from "vitest";
import { prismVariable, prismVariablesCss, prismVariableTheme, stylesByType } from "./prismVariables";

/** The inline style prism-react-renderer gives a token of `types` under `theme` (its themeToDict and getTokenProps). */
function tokenStyle(theme: typeof themes.github, types: string[]): Record<string, unknown> {
  const dict: Record<string, Record<string, unknown>> = {};
  for (const entry of theme.styles) for (const t of entry.types) dict[t] = { ...dict[t], ...entry.style };
  return Object.assign({}, ...types.map((t) => dict[t]));
}

/** The variables a block of `css` declares. */
function declared(css: string, selector: string): Map<string, string> {
  const block = css.slice(css.indexOf(`${selector} {`));
  const body = block.slice(0, block.indexOf("}"));
  return new Map([...body.matchAll(/(--[\w-]+): ([^;]+);/g)].map((m) => [m[1] as string, m[2] as string]));
}

/**
 * Resolves `var(--x)` in `style` as a browser does in `mode`: :root's declarations, overridden in dark
 * mode by the dark block's (custom properties inherit from :root).
 */
function resolve(css: string, mode: "light" | "dark", style: Record<string, unknown>): Record<string, unknown> {
  const values = declared(css, ":root");
  if (mode === "dark") for (const [k, v] of declared(css, '[data-theme="dark"]')) values.set(k, v);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(style)) {
    const name = String(v).match(/^var\((--[\w-]+)\)$/)?.[1];
    const value = name === undefined ? v : values.get(name);
    // `initial` makes var() invalid: the property is not set (the token inherits it).
    if (value !== undefined && value !== "initial") out[k] = value;
  }
  return out;
}

describe("prismVariableTheme and prismVariablesCss", () => {
  const light = themes.github;
  const dark = themes.dracula;
  const theme = prismVariableTheme(light, dark);
  const css = prismVariablesCss(light, dark);
  const allTypes = [...new Set([...light.styles, ...dark.styles].flatMap((s) => s.types))];

  it("gives every token type, in each mode, the colours and styles of that mode's theme", () => {
    for (const type of allTypes) {
      const shown = tokenStyle(theme, [type]);
      expect(resolve(css, "light", shown), `${type} light`).toEqual(
        Object.fromEntries(Object.entries(tokenStyle(light, [type])).map(([k, v]) => [k, String(v)])),
      );
      expect(resolve(css, "dark", shown), `${type} dark`).toEqual(
        Object.fromEntries(Object.entries(tokenStyle(dark, [type])).map(([k, v]) => [k, String(v)])),
      );
    }
  });

  it("sets the block's colour and background per mode", () => {
    expect(resolve(css, "light", theme.plain)).toEqual({ color: "#393A34", backgroundColor: "#f6f8fa" });
    expect(resolve(css, "dark", theme.plain)).toEqual({ color: "#F8F8F2", backgroundColor: "#282A36" });
  });

  it("holds no literal colour, so the server's markup is right in both modes", () => {
    const values = [theme.plain, ...theme.styles.map((s) => s.style)].flatMap((s) => Object.values(s));
    expect(values.length).toBeGreaterThan(20);
    for (const v of values) expect(v).toMatch(/^var\(--prism-[a-z-]+\)$/);
  });

  it("declares every variable in both modes, so no value leaks from one mode into the other", () => {
    expect([...declared(css, '[data-theme="dark"]').keys()]).toEqual([...declared(css, ":root").keys()]);
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
