import type { Element, Root } from "hast";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { deferredLayoutCss, heightLayingOut } from "../deferred-layout/blocks";
import { formulaFontFiles, katexFonts, parseKatexFonts } from "./_katexFonts";
import rehypeFirstScreenFonts, { firstPartOfFont, PRELOAD_MIN_WIDTH, preloadMedia } from "./rehypeFirstScreenFonts";

/** The hast of `markdown` with KaTeX's markup, as MDX hands it to the rehype steps after rehype-katex. */
async function katexTree(markdown: string): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex);
  return (await processor.run(processor.parse(markdown))) as Root;
}

/** The font files of the one formula in `markdown`. */
async function filesOf(markdown: string): Promise<string[]> {
  const tree = await katexTree(markdown);
  const formulas: Element[] = [];
  const find = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      const c = child.properties.className;
      if (Array.isArray(c) && c.includes("katex")) formulas.push(child);
      else find(child);
    }
  };
  find(tree);
  expect(formulas).toHaveLength(1);
  return [...formulaFontFiles(formulas[0] as Element)].sort();
}

describe("katexFonts", () => {
  it("reads the base font, the rules and a WOFF2 file for each face from KaTeX's style sheet", () => {
    const fonts = katexFonts();
    expect(fonts.base).toEqual({ family: "KaTeX_Main", style: "normal", weight: "400" });
    expect(fonts.files.get("KaTeX_Main|normal|400")).toBe("fonts/KaTeX_Main-Regular.woff2");
    expect(fonts.files.get("KaTeX_Math|italic|400")).toBe("fonts/KaTeX_Math-Italic.woff2");
    expect(fonts.files.get("KaTeX_Main|normal|700")).toBe("fonts/KaTeX_Main-Bold.woff2");
    expect(fonts.files.size).toBe(20);
  });

  it("says which files a formula draws from, by the rules of KaTeX's classes", async () => {
    // Not KaTeX_Main as well: the MathML beside the glyphs (`<mi>x</mi>`) is drawn in the browser's math font.
    expect(await filesOf("$x$")).toEqual(["fonts/KaTeX_Math-Italic.woff2"]);
    expect(await filesOf("$\\mathrm{tp} + 1$")).toEqual(["fonts/KaTeX_Main-Regular.woff2"]);
    expect(await filesOf("$\\mathbf{y}$")).toEqual(["fonts/KaTeX_Main-Bold.woff2"]);
    expect(await filesOf("$\\mathcal{L}$")).toEqual(["fonts/KaTeX_Caligraphic-Regular.woff2"]);
    expect(await filesOf("$\\mathbb{R}$")).toEqual(["fonts/KaTeX_AMS-Regular.woff2"]);
    // An inline sum is a small operator (Size1), a displayed one a large one (Size2); both beside a Main digit.
    expect(await filesOf("$\\sum 1$")).toEqual(["fonts/KaTeX_Main-Regular.woff2", "fonts/KaTeX_Size1-Regular.woff2"]);
    expect(await filesOf("$$\n\\sum 1\n$$")).toEqual([
      "fonts/KaTeX_Main-Regular.woff2",
      "fonts/KaTeX_Size2-Regular.woff2",
    ]);
    // A `\big(` is a delimiter of size 1.
    expect(await filesOf("$\\big(1\\big)$")).toEqual([
      "fonts/KaTeX_Main-Regular.woff2",
      "fonts/KaTeX_Size1-Regular.woff2",
    ]);
  });

  const span = (className: string[], ...children: Element["children"]): Element => ({
    type: "element",
    tagName: "span",
    properties: { className },
    children,
  });
  const text = { type: "text" as const, value: "a" };
  const faces = [
    "@font-face{font-family:F;font-style:normal;font-weight:400;src:url(fonts/F.woff2)format('woff2')}",
    "@font-face{font-family:G;font-style:normal;font-weight:400;src:url(fonts/G.woff2)format('woff2')}",
    ".katex{font:normal 1.21em F,serif}",
  ].join("");

  it("matches a rule's child combinator, trying each ancestor a descendant may be", () => {
    const fonts = parseKatexFonts(`${faces}.katex .outer>.leaf{font-family:G}.katex .x>.y .z{font-family:G}`);
    const files = (formula: Element) => [...formulaFontFiles(formula, fonts)];
    expect(files(span(["katex"], span(["outer"], span(["leaf"], text))))).toEqual(["fonts/G.woff2"]);
    // `.leaf` inside `.mid` inside `.outer` is no child of `.outer`.
    expect(files(span(["katex"], span(["outer"], span(["mid"], span(["leaf"], text)))))).toEqual(["fonts/F.woff2"]);
    // The nearer `.y` is not a child of an `.x`; the farther one is.
    const z = span(["katex"], span(["x"], span(["y"], span(["q"], span(["y"], span(["z"], text))))));
    expect(files(z)).toEqual(["fonts/G.woff2"]);
  });

  it("falls back to the nearest weight of a face's family and style", () => {
    const fonts = parseKatexFonts(`${faces}.katex .b{font-family:G;font-weight:700}`);
    expect([...formulaFontFiles(span(["katex"], span(["b"], text)), fonts)]).toEqual(["fonts/G.woff2"]);
  });

  it("stops at a style sheet it cannot read", () => {
    expect(() => parseKatexFonts(".katex .a{color:red}")).toThrowErrorMatchingInlineSnapshot(
      `[Error: parseKatexFonts: expected a \`.katex\` rule that names a font family; got none]`,
    );
    expect(() => parseKatexFonts(`${faces}.katex .a:not(.b){font-family:G}`)).toThrowErrorMatchingInlineSnapshot(
      `[Error: parseKatexFonts: expected a selector of classes, tags and combinators in a rule that sets a font; got ".katex .a:not(.b)"]`,
    );
    expect(() => parseKatexFonts(`${faces}.katex>.a{font-family:G}`)).toThrowErrorMatchingInlineSnapshot(
      `[Error: parseKatexFonts: expected a selector of classes, tags and combinators in a rule that sets a font; got ".katex>.a"]`,
    );
  });
});

describe("rehypeFirstScreenFonts", () => {
  const article = [
    "# Title",
    "",
    "Intro with $x$.",
    "",
    ...Array.from({ length: 12 }, (_, i) => `Paragraph ${i}.\n`),
    "Late $\\mathcal{L}$ and $x$.",
  ].join("\n");

  it("finds the first part whose formulas draw from each file", async () => {
    const first = firstPartOfFont(await katexTree(article));
    expect(Object.fromEntries(first)).toEqual({
      "fonts/KaTeX_Math-Italic.woff2": 2,
      "fonts/KaTeX_Caligraphic-Regular.woff2": 15,
    });
  });

  it("preloads each file on a desktop whose first screen lays out the part that first needs it", async () => {
    const tree = await katexTree(article);
    rehypeFirstScreenFonts()(tree);
    const imports = tree.children.filter((n) => (n as { type: string }).type === "mdxjsEsm") as unknown as {
      value: string;
    }[];
    expect(imports.map((i) => i.value)).toEqual([
      'import __katexFont0 from "katex/dist/fonts/KaTeX_Math-Italic.woff2";',
      'import __katexFont1 from "katex/dist/fonts/KaTeX_Caligraphic-Regular.woff2";',
    ]);
    const head = tree.children.at(-1) as unknown as {
      name: string;
      children: { name: string; attributes: { name: string; value: string | { value: string } }[] }[];
    };
    expect(head.name).toBe("Head");
    const links = head.children.map((l) =>
      Object.fromEntries(
        l.attributes.map((a) => [a.name, typeof a.value === "string" ? a.value : `{${a.value.value}}`]),
      ),
    );
    expect(links).toEqual([
      {
        rel: "preload",
        href: "{__katexFont0}",
        as: "font",
        type: "font/woff2",
        crossOrigin: "anonymous",
        media: `(width >= ${PRELOAD_MIN_WIDTH}px)`,
      },
      {
        rel: "preload",
        href: "{__katexFont1}",
        as: "font",
        type: "font/woff2",
        crossOrigin: "anonymous",
        media: `(width >= ${PRELOAD_MIN_WIDTH}px) and (height > ${heightLayingOut(15)}px)`,
      },
    ]);
  });

  it("leaves a page without formulas as it is", async () => {
    const tree = await katexTree("# Title\n\nNo math.");
    const before = JSON.stringify(tree);
    rehypeFirstScreenFonts()(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it("asks for taller screens the later a part comes, as the first screen's style sheet lays parts out", () => {
    // From the style sheet: each step's range of heights and how many first parts it lays out as parsed.
    const steps = [
      ...deferredLayoutCss().matchAll(/@media \(([^)]*)\) \{\n\.markdown > :nth-child\(-n \+ (\d+)\)/g),
    ].map(([, range = "", parts = ""]) => ({
      above: Number(/^(\d+)px < /.exec(range)?.[1] ?? 0),
      parts: Number(parts),
    }));
    expect(steps).toHaveLength(20);
    const tallest = Number(/@media \(height > (\d+)px\) \{\n +\.markdown > \*,/.exec(deferredLayoutCss())?.[1]);
    for (let nth = 1; nth <= 40; nth++) {
      const first = steps.find((step) => step.parts >= nth);
      expect(heightLayingOut(nth), `part ${nth}`).toBe(first ? first.above : tallest);
    }
    expect(heightLayingOut(1)).toBe(0);
    expect(preloadMedia(9)).toBe(`(width >= ${PRELOAD_MIN_WIDTH}px) and (height > 500px)`);
  });
});
