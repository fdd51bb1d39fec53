import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseColor } from "../../plugins/code-theme/contrast";
import { prismVariableTheme, stylesByType } from "../../plugins/code-theme/prismVariables";
import { siteCodeThemes } from "../../plugins/code-theme/siteThemes";
import { asDocusaurusMarkup, everyTokenType, referenceLinesHtml } from "../../src/components/CodeBlock/_reference";
import { codeLinesHtml } from "../../src/components/CodeBlock/lines";
import { setUpBrowser } from "./_browser";

const { visit } = setUpBrowser();

// The code blocks' tokens and lines get their styles from classes (plugins/code-theme/tokenClasses.ts), where
// prism-react-renderer wrote them inline. Here the browser computes both: on a built page, with all of the
// site's style sheets, a code block is shown once with the old inline-styled markup and once with the
// classes, for a token of every type, alone, in pairs (the later type wins) and empty, in both modes.

const theme = prismVariableTheme(siteCodeThemes.light, siteCodeThemes.dark);
const tokens = everyTokenType(siteCodeThemes);
const inline = referenceLinesHtml(theme, "", "tsx", {}, null, tokens).html;
// Our lines end in a newline where Docusaurus's end in a <br> (see linesHtml): put back, the colours compare.
const classed = asDocusaurusMarkup(codeLinesHtml(tokens, theme, "tsx", {}, null), null);

describe("code colours", () => {
  it.each(["light", "dark"] as const)(
    "the classes show every token as its inline style did (%s mode)",
    async (mode) => {
      expect(classed).not.toContain("style=");
      expect(inline.match(/style=/g)?.length).toBeGreaterThan(tokens.length);
      const page = await visit("reference/api/tensor", { colorScheme: mode });
      expect(await page.getAttribute("html", "data-theme")).toBe(mode);
      const shown = await page.evaluate(
        (markups) => {
          const block = document.querySelector(".theme-code-block");
          if (!block) throw new Error("no code block on the page");
          /**
           * How text inside `e` (up to its line, `top`) is painted: the inherited font and colour, and what
           * the elements around it add, which a text node does not inherit but is painted with: their opacity
           * (multiplied), text decorations and backgrounds.
           */
          const painted = (e: Element, top: Element) => {
            const cs = getComputedStyle(e);
            let opacity = 1;
            const around: string[] = [];
            for (let a: Element | null = e; a && a !== top.parentElement; a = a.parentElement) {
              const s = getComputedStyle(a);
              opacity *= Number(s.opacity);
              if (s.textDecorationLine !== "none") around.push(`decoration ${s.textDecorationLine}`);
              if (s.backgroundColor !== "rgba(0, 0, 0, 0)") around.push(`background ${s.backgroundColor}`);
            }
            return [cs.color, cs.fontStyle, cs.fontWeight, opacity, ...around].join("|");
          };
          return markups.map((html) => {
            const copy = block.cloneNode(true) as Element;
            const code = copy.querySelector("pre.prism-code code");
            if (!code) throw new Error("no code in the code block");
            code.innerHTML = html;
            block.after(copy);
            // Each line's look, then its text in runs of one look. An empty element counts where it is not
            // inline (an empty inline box with no style of its own shows nothing).
            const lines = [...code.children].map((line) => {
              const runs: [string, string][] = [];
              const add = (text: string, look: string) => {
                const last = runs.at(-1);
                if (last && last[1] === look) last[0] += text;
                else runs.push([text, look]);
              };
              const walk = (n: Node) => {
                if (n.nodeType === Node.TEXT_NODE) add(n.textContent ?? "", painted(n.parentElement as Element, line));
                else if (n instanceof Element && n.tagName !== "BR") {
                  const display = getComputedStyle(n).display;
                  if (n.childNodes.length === 0 && display !== "inline") add("", `${display}|${painted(n, line)}`);
                  for (const c of n.childNodes) walk(c);
                }
              };
              for (const c of line.childNodes) walk(c);
              return { line: `${getComputedStyle(line).display}|${painted(line, line)}`, runs };
            });
            copy.remove();
            return lines;
          });
        },
        [inline, classed],
      );
      const [before, after] = shown;
      expect(before).toHaveLength(tokens.length);
      expect(after).toEqual(before);
      // The comparison sees the colours: every colour of the mode's theme is painted.
      const own = siteCodeThemes[mode];
      const rgb = (c: string | undefined) => parseColor(c ?? "")?.join(", ");
      const themeColours = new Set([own.plain, ...stylesByType(own).values()].map((s) => rgb(s.color)));
      themeColours.delete(undefined);
      const colours = new Set(
        before?.flatMap((l) => l.runs.filter(([text]) => text).map(([, look]) => rgb(look.split("|")[0]))),
      );
      expect(colours).toEqual(themeColours);
    },
  );
});

describe("code lines", () => {
  // Docusaurus's own style sheet for its line markup, its class names prefixed so they cannot meet the site's.
  const docusaurusLineCss = readFileSync(
    createRequire(import.meta.url).resolve("@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css"),
    "utf8",
  )
    .replace(/:global\(([^)]+)\)/g, "$1")
    .replace(/\.codeLine(Number|Content)?\b/g, ".dz-codeLine$1");

  it("numbered lines lay out as Docusaurus's markup and style sheet lay them out, and copy without tabs", async () => {
    // Without JavaScript, so the playgrounds keep their numbered static blocks.
    const page = await visit("sigmoid-multiclass", { javaScriptEnabled: false });
    const blocks = await page.evaluate((css) => {
      const style = document.createElement("style");
      // Every block laid out (none skipped by content-visibility), and no number cell of ours in the copies.
      style.textContent = `${css}\n* { content-visibility: visible !important; }\n.dz-ref code > div::before { content: none; }`;
      document.head.append(style);
      const numbered = [...document.querySelectorAll("pre.prism-code")].filter((pre) =>
        pre.querySelector("code[class*='codeBlockLinesWithNumbering']"),
      );
      const layout = (pre: Element) => {
        const top = pre.getBoundingClientRect().top;
        return {
          scrollWidth: pre.scrollWidth,
          lines: [...pre.querySelectorAll("code > div")].map((line) => {
            const box = line.getBoundingClientRect();
            const content = line.querySelector("[class*='codeLineContent']")?.getBoundingClientRect();
            return [box.top - top, box.height, box.width, (content?.left ?? Number.NaN) - box.left].map(
              (v) => Math.round(v * 100) / 100,
            );
          }),
        };
      };
      return numbered.map((pre) => {
        // The same lines as Docusaurus writes them: an empty number span before the content cell, a <br> after it.
        const copy = pre.cloneNode(true) as HTMLElement;
        copy.classList.add("dz-ref");
        for (const line of copy.querySelectorAll("code > div")) {
          const content = line.querySelector(":scope > [class*='codeLineContent']");
          const end = content?.lastChild;
          if (!content || end?.nodeType !== Node.TEXT_NODE || !end.textContent?.endsWith("\n"))
            throw new Error(
              `a numbered line without its content cell or final newline: ${line.outerHTML.slice(0, 120)}`,
            );
          end.textContent = end.textContent.slice(0, -1);
          line.classList.add("dz-codeLine");
          content.classList.add("dz-codeLineContent");
          const number = document.createElement("span");
          number.className = "dz-codeLineNumber";
          content.before(number);
          line.append(document.createElement("br"));
        }
        pre.after(copy);
        const result = {
          ours: layout(pre),
          theirs: layout(copy),
          // The rendered text, as a selection's copy has it (cells apart by tabs): textContent has no layout.
          // biome-ignore lint/performance/useDomNodeTextContent: the layout's text is the point
          oursText: (pre as HTMLElement).innerText,
          // biome-ignore lint/performance/useDomNodeTextContent: as above
          theirsText: copy.innerText,
        };
        copy.remove();
        return result;
      });
    }, docusaurusLineCss);
    expect(blocks.length).toBeGreaterThan(5);
    for (const { ours, theirs, oursText, theirsText } of blocks) {
      expect(ours).toEqual(theirs);
      // A number column, as wide in both.
      expect(ours.lines[0]?.[3]).toBeGreaterThan(10);
      // Docusaurus's number cell is text a selection copies, a tab before every line; ours is not.
      expect(theirsText).toMatch(/^\t/m);
      expect(oursText).toBe(theirsText.replace(/^\t/gm, ""));
    }
  });
});
