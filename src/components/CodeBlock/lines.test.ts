import { type PrismTheme, themes } from "prism-react-renderer";
import { describe, expect, it } from "vitest";
import {
  computed,
  type Mode,
  readSheet,
  type Sheet,
  sameColours,
  shownLines,
} from "../../../plugins/code-theme/_cascade";
import { codeThemeCss } from "../../../plugins/code-theme/index";
import { prismVariableTheme, stylesByType } from "../../../plugins/code-theme/prismVariables";
import { siteCodeThemes } from "../../../plugins/code-theme/siteThemes";
import { tokenClasses, tokenClassesCss } from "../../../plugins/code-theme/tokenClasses";
import { asDocusaurusMarkup, everyTokenType, referenceLinesHtml } from "./_reference";
import { codeLinesHtml, type LineToken, plainTokens } from "./lines";
import { styleText } from "./linesHtml";

const numbered = { codeLine: "codeLine_x", lineNumber: "codeLineNumber_y", lineContent: "codeLineContent_z" };
const code = [
  "// softmax, stable",
  'import { softmax } from "@nn-explained/core";',
  "",
  "const p = softmax([1, 2, 3]); // <b> & 'quotes'",
  "export default p;",
].join("\n");

/** Docusaurus's markup with the inline styles the site wrote before its classes (see ./_reference). */
const reference = (
  theme: PrismTheme,
  lineClassNames: Record<number, string[]>,
  withNumbers: boolean,
  given?: LineToken[][],
) => referenceLinesHtml(theme, code, "tsx", lineClassNames, withNumbers ? numbered : null, given);

/** The site's two themes, its variable theme, and the style sheet the code-theme plugin writes for them. */
const site = siteCodeThemes;
const siteTheme = prismVariableTheme(site.light, site.dark);
const siteSheet = readSheet(codeThemeCss(site));

describe("codeLinesHtml", () => {
  const magic = { 1: ["theme-code-block-highlighted-line"] };
  it.each([
    ["github", themes.github as PrismTheme, readSheet(tokenClassesCss(themes.github)), ["light"]],
    ["dracula", themes.dracula, readSheet(tokenClassesCss(themes.dracula)), ["light"]],
    ["the site's variable theme", siteTheme, siteSheet, ["light", "dark"]],
  ] as [string, PrismTheme, Sheet, Mode[]][])(
    "shows what Docusaurus's lines show from prism-react-renderer's inline styles, with classes (%s)",
    (_, theme, sheet, modes) => {
      for (const withNumbers of [false, true]) {
        const { html, tokens } = reference(theme, magic, withNumbers);
        expect(tokens.length).toBe(5);
        const ours = asDocusaurusMarkup(
          codeLinesHtml(tokens, theme, "tsx", magic, withNumbers ? numbered : null),
          withNumbers ? numbered : null,
        );
        for (const mode of modes) {
          const expected = shownLines(html, sheet, mode);
          expect(shownLines(ours, sheet, mode)).toEqual(expected);
          // The comparison sees colours: the reference's lines and most of its tokens are coloured.
          expect(expected.every((l) => l.declarations.color)).toBe(true);
          expect(expected.flatMap((l) => l.segments).filter((s) => s.declarations.color).length).toBeGreaterThan(10);
        }
        // Every style is a class, every line's text is kept, and a token with no style is bare text.
        expect(ours).not.toContain("style=");
        expect(ours).not.toMatch(/<span>/);
        expect(ours.replace(/<[^>]*>/g, "")).toBe(html.replace(/<[^>]*>/g, "").replaceAll("&#x27;", "'"));
        expect(ours.match(/<span/g)?.length).toBeLessThan(html.match(/<span/g)?.length ?? 0);
      }
    },
  );

  const tokenLines = everyTokenType(site);
  const styled = [...new Set([...site.light.styles, ...site.dark.styles].flatMap((s) => s.types))];

  it.each(["light", "dark"] as const)(
    "gives every token type, alone, in pairs and empty, the declarations its inline style gave (%s mode)",
    (mode) => {
      const { html } = reference(siteTheme, {}, false, tokenLines);
      const ours = asDocusaurusMarkup(codeLinesHtml(tokenLines, siteTheme, "tsx", {}, null), null);
      expect(ours).not.toContain("style=");
      const shown = shownLines(ours, siteSheet, mode);
      const expected = shownLines(html, siteSheet, mode);
      expect(shown).toHaveLength(tokenLines.length);
      for (const [i, line] of shown.entries()) expect(line, JSON.stringify(tokenLines[i])).toEqual(expected[i]);
      // A type alone shows what the mode's own theme gives it, literal colours and all, over its line's colour.
      const own = stylesByType(mode === "light" ? site.light : site.dark);
      const lineColour = { color: (mode === "light" ? site.light : site.dark).plain.color as string };
      for (const type of styled) {
        const i = tokenLines.findIndex((l) => l[0]?.types.length === 1 && l[0].types[0] === type);
        const literal = computed(readSheet(""), mode, undefined, styleText(own.get(type)));
        const segments = (shown[i]?.segments ?? []).map((g) => ({ ...g, declarations: sameColours(g.declarations) }));
        expect(segments, type).toEqual([{ text: "x", declarations: sameColours({ ...lineColour, ...literal }) }]);
      }
    },
  );

  it("joins neighbouring tokens of one style into one element, and writes unstyled ones as bare text", () => {
    const line: LineToken[] = [
      { types: ["punctuation"], content: "(" },
      { types: ["template-string", "interpolation", "punctuation"], content: "[" },
      { types: ["plain"], content: "a" },
      { types: ["template-string", "interpolation"], content: "b" },
      { types: ["punctuation"], content: "]" },
      { types: ["comment"], content: "//" },
    ];
    const c = (d: string) => tokenClasses(siteTheme).get(d);
    // Punctuation shows the line's colour in both modes (`inherit` in the site's theme): bare text too.
    expect(codeLinesHtml([line], siteTheme, "tsx", {}, null)).toBe(
      `<div class="${c("color:var(--prism-plain-color)")}">([ab]` +
        `<span class="${c("color:var(--prism-comment-color)")} ${c("font-style:var(--prism-comment-font-style)")}">//</span>\n</div>`,
    );
  });

  it("lays out plain lines (shown while Prism loads) as highlighted ones: numbered rows, magic-comment classes", () => {
    const html = codeLinesHtml(plainTokens(code), themes.github, "tsx", magic, numbered);
    const lines = html.match(/<div class="[^"]*"/g) ?? [];
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(l).toMatch(/^<div class="(theme-code-block-highlighted-line )?t\w+ codeLine_x"/);
    expect(lines[1]).toContain("theme-code-block-highlighted-line");
    expect(html.match(/codeLineContent_z/g)).toHaveLength(5);
    expect(html).toContain("&lt;b&gt; &amp; 'quotes'");
  });
  it("plainTokens keeps every line, empty ones included, as normalizeTokens would", () => {
    expect(plainTokens("a\n\nb")).toEqual([
      [{ types: ["plain"], content: "a" }],
      [{ types: ["plain"], content: "\n", empty: true }],
      [{ types: ["plain"], content: "b" }],
    ]);
  });
});
