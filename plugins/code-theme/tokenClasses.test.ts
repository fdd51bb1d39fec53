import { themes } from "prism-react-renderer";
import { describe, expect, it } from "vitest";
import { codeLinesHtml } from "../../src/components/CodeBlock/lines";
import { readSheet } from "./_cascade";
import { checkSiteTheme, codeThemeCss } from "./index";
import { prismVariablesCss, prismVariableTheme } from "./prismVariables";
import { siteCodeThemes } from "./siteThemes";
import { classedStyle, tokenClasses, tokenClassesCss } from "./tokenClasses";

const site = siteCodeThemes;
const siteTheme = prismVariableTheme(site.light, site.dark);

describe("tokenClasses", () => {
  it("names every declaration of the site's theme with a short class, one rule each", () => {
    const classes = tokenClasses(siteTheme);
    // 27 types' colours, 6 font styles, an opacity, the plain colour and background, and display:inline-block.
    // Three types (punctuation, operator, namespace) show their line's colour in both modes: no class.
    expect(classes.size).toBe(37);
    expect(classes.get("color:var(--prism-comment-color)")).toMatch(/^t[0-9a-z]{1,2}$/);
    expect([...classes.keys()].filter((d) => d.includes("inherit"))).toEqual([]);
    expect(classes.get("display:inline-block")).toBeDefined();
    expect(new Set(classes.values()).size).toBe(classes.size);
    const sheet = readSheet(tokenClassesCss(siteTheme));
    expect([...sheet.classes].map(([name, d]) => [Object.entries(d).map(([k, v]) => `${k}:${v}`)[0], name])).toEqual([
      ...classes,
    ]);
  });

  it("gives the same theme the same classes, whichever copy of it (the browser's is parsed from JSON)", () => {
    expect([...tokenClasses(JSON.parse(JSON.stringify(siteTheme)))]).toEqual([...tokenClasses(siteTheme)]);
  });

  it("classedStyle writes each declaration as its class, and a style with none as nothing", () => {
    const classes = tokenClasses(siteTheme);
    expect(
      classedStyle(
        { color: "var(--prism-comment-color)", fontStyle: "var(--prism-keyword-font-style)" } as never,
        classes,
      ),
    ).toEqual({
      className: `${classes.get("color:var(--prism-comment-color)")} ${classes.get("font-style:var(--prism-keyword-font-style)")}`,
      style: undefined,
    });
    expect(classedStyle(undefined, classes)).toEqual({ className: undefined, style: undefined });
    expect(classedStyle({ color: undefined }, classes)).toEqual({ className: undefined, style: undefined });
  });

  it("leaves inline a declaration no class has: a colour of another theme, an entry for some languages only", () => {
    const classes = tokenClasses(siteTheme);
    expect(classedStyle({ color: "#123456", display: "inline-block" }, classes)).toEqual({
      className: classes.get("display:inline-block"),
      style: { color: "#123456" },
    });
    const scoped = {
      ...themes.github,
      styles: [
        ...themes.github.styles,
        { types: ["keyword"], languages: ["python" as never], style: { color: "#0a0b0c" } },
      ],
    };
    expect([...tokenClasses(scoped).keys()]).not.toContain("color:#0a0b0c");
    const python = codeLinesHtml([[{ types: ["keyword"], content: "def" }]], scoped, "python", {}, null);
    expect(python).toMatch(/<span style="color:#0a0b0c">def<\/span>/);
    // The same token in another language has the theme's classed colour, and no inline style.
    expect(codeLinesHtml([[{ types: ["keyword"], content: "if" }]], scoped, "tsx", {}, null)).not.toContain("style=");
  });

  it("leaves a style inline whole where a shorthand and its longhand meet, whose order classes cannot keep", () => {
    const theme = {
      plain: {},
      styles: [
        { types: ["a"], style: { background: "red" } },
        { types: ["b"], style: { backgroundColor: "blue" } },
      ],
    };
    const classes = tokenClasses(theme);
    expect(classes.size).toBe(3);
    const style = { background: "red", backgroundColor: "blue" };
    expect(classedStyle(style, classes)).toEqual({ className: undefined, style });
    expect(codeLinesHtml([[{ types: ["a", "b"], content: "x" }]], theme, "tsx", {}, null)).toBe(
      '<div><span style="background:red;background-color:blue">x</span>\n</div>',
    );
  });
});

describe("the code-theme plugin's style sheet and theme check", () => {
  it("codeThemeCss holds the variables of both modes and the classes' rules, and nothing else", () => {
    const css = codeThemeCss(site);
    expect(css).toContain(prismVariablesCss(site.light, site.dark));
    expect(css).toContain(tokenClassesCss(siteTheme));
    // readSheet refuses any rule but the variable blocks and the classes' rules.
    const sheet = readSheet(css);
    expect(sheet.variables.dark.size).toBe(sheet.variables.light.size);
    expect(sheet.classes.size).toBe(tokenClasses(siteTheme).size);
  });

  it("checkSiteTheme accepts the variable theme of the plugin's themes, and names what differs otherwise", () => {
    expect(() => checkSiteTheme(site, { theme: siteTheme, darkTheme: siteTheme })).not.toThrow();
    expect(() => checkSiteTheme(site, { theme: JSON.parse(JSON.stringify(siteTheme)) })).not.toThrow();
    expect(() =>
      checkSiteTheme(site, { theme: siteTheme, darkTheme: themes.dracula }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: codeThemePlugin: themeConfig.prism.darkTheme must be prismVariableTheme(light, dark) of the themes given to the plugin; got a theme whose plain style is {"color":"#F8F8F2","backgroundColor":"#282A36"}]`,
    );
    expect(() => checkSiteTheme(site, undefined)).toThrowErrorMatchingInlineSnapshot(
      `[Error: codeThemePlugin: themeConfig.prism.theme must be prismVariableTheme(light, dark) of the themes given to the plugin; got undefined]`,
    );
  });
});
