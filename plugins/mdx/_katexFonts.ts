import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Element, ElementContent } from "hast";

// Which of KaTeX's font files a formula's glyphs are drawn from, read from KaTeX's own style sheet: its
// `.katex …` rules set the family, style and weight of each kind of glyph, and its @font-face rules name the
// file of each. rehypeFirstScreenFonts (./rehypeFirstScreenFonts.ts) preloads the files of a page's first
// screen. The selectors, the cascade and the font matching are those KaTeX's sheet needs (classes, tags, `>`
// and descendant combinators; a face of the same family and style, else the nearest weight), not all of CSS: a
// `.katex` rule that sets a font and that this cannot read stops the build. Text that CSS adds
// (`.eqn-num:before`, numbered equations) is not seen.

/** A font as CSS selects it. */
interface Face {
  family: string;
  style: string;
  weight: string;
}

/** One compound selector (`span`, `.delimsizing.size1`) and how it attaches to the one before it. */
interface Compound {
  tag?: string;
  classes: string[];
  child: boolean;
}

/** A `.katex …` rule that sets some of a glyph's font. */
interface FontRule {
  /** The compounds after `.katex`, outermost first. */
  path: Compound[];
  face: Partial<Face>;
}

export interface KatexFonts {
  /** The font of `.katex` itself. */
  base: Face;
  rules: FontRule[];
  /** Each @font-face's WOFF2 file, relative to KaTeX's `dist` folder (`fonts/KaTeX_Main-Regular.woff2`). */
  files: Map<string, string>;
}

const key = ({ family, style, weight }: Face) => `${family}|${style}|${weight}`;
const WEIGHTS: Record<string, string> = { normal: "400", bold: "700" };
const weightOf = (value: string) => WEIGHTS[value] ?? value;

function declarations(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of block.split(";")) {
    const colon = part.indexOf(":");
    if (colon > 0) out.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return out;
}

/** The family, style and weight a rule's declarations set (`font` shorthand or longhands). */
function faceOf(decls: Map<string, string>): Partial<Face> {
  const face: Partial<Face> = {};
  const font = decls.get("font");
  if (font !== undefined) {
    // `normal 1.21em KaTeX_Main,Times New Roman,serif`: keywords, the size, then the families.
    const words = font.split(/\s+/);
    const size = words.findIndex((w) => /^[\d.]/.test(w));
    const keywords = words.slice(0, size);
    face.style = keywords.find((w) => w === "italic" || w === "oblique") ?? "normal";
    face.weight = weightOf(keywords.find((w) => w === "bold" || /^\d+$/.test(w)) ?? "normal");
    face.family = words
      .slice(size + 1)
      .join(" ")
      .split(",")[0]
      ?.trim();
  }
  const family = decls.get("font-family");
  if (family !== undefined)
    face.family = family
      .split(",")[0]
      ?.trim()
      .replace(/^["']|["']$/g, "");
  const style = decls.get("font-style");
  if (style !== undefined) face.style = style;
  const weight = decls.get("font-weight");
  if (weight !== undefined) face.weight = weightOf(weight);
  return face;
}

/** The compounds of a `.katex …` selector after `.katex`; undefined for a selector of something else. */
function compoundsOf(selector: string): Compound[] | undefined {
  const tokens = selector
    .replace(/\s*>\s*/g, " > ")
    .trim()
    .split(/\s+/);
  if (tokens[0] !== ".katex") return undefined;
  const unread = () =>
    new Error(
      `parseKatexFonts: expected a selector of classes, tags and combinators in a rule that sets a font; got "${selector.trim()}"`,
    );
  if (tokens[1] === ">") throw unread();
  const path: Compound[] = [];
  let child = false;
  for (const token of tokens.slice(1)) {
    if (token === ">") {
      child = true;
      continue;
    }
    const match = /^([a-z]*)((?:\.[\w-]+)*)$/.exec(token);
    if (!match) throw unread();
    path.push({ tag: match[1] || undefined, classes: match[2]?.split(".").filter(Boolean) ?? [], child });
    child = false;
  }
  return path;
}

/**
 * Reads KaTeX's style sheet (its minified text).
 * @throws Error when the sheet has no `.katex` rule naming a family, or a `.katex` rule that sets a font has a
 * selector this module cannot read.
 */
export function parseKatexFonts(css: string): KatexFonts {
  const files = new Map<string, string>();
  for (const [, block = ""] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const decls = declarations(block);
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(decls.get("src") ?? "")?.[1];
    const face = faceOf(decls);
    if (woff2 && face.family) files.set(key({ style: "normal", weight: "400", ...face } as Face), woff2);
  }
  let base: Face | undefined;
  const rules: FontRule[] = [];
  for (const [, selectors = "", block = ""] of css
    .replace(/@font-face\s*\{[^}]*\}/g, "")
    .matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const face = faceOf(declarations(block));
    if (Object.keys(face).length === 0) continue;
    for (const selector of selectors.split(",")) {
      if (selector.trim() === ".katex") {
        base = { family: "", style: "normal", weight: "400", ...face };
        continue;
      }
      const path = compoundsOf(selector);
      if (path && path.length > 0) rules.push({ path, face });
    }
  }
  if (!base?.family) {
    const got = base ? `one that names no family` : "none";
    throw new Error(`parseKatexFonts: expected a \`.katex\` rule that names a font family; got ${got}`);
  }
  return { base, rules, files };
}

let shipped: KatexFonts | undefined;

/** The fonts of the KaTeX this site ships (its `dist/katex.min.css`). */
export function katexFonts(): KatexFonts {
  shipped ??= parseKatexFonts(readFileSync(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"), "utf8"));
  return shipped;
}

const classesOf = (element: Element): string[] => {
  const c = element.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};

/** Whether `node` is a formula as rehype-katex writes it: its outer `span.katex`. */
export const isFormula = (node: Element): boolean => classesOf(node).includes("katex");

function matchesCompound(element: Element, compound: Compound): boolean {
  const classes = classesOf(element);
  return (
    (compound.tag === undefined || element.tagName === compound.tag) &&
    compound.classes.every((c) => classes.includes(c))
  );
}

/** Whether `path[0..i]` matches with `path[i]` at `ancestors[at]`, trying every ancestor a descendant may be. */
function matchesAt(path: Compound[], i: number, ancestors: Element[], at: number): boolean {
  if (!matchesCompound(ancestors[at] as Element, path[i] as Compound)) return false;
  if (i === 0) return true;
  if ((path[i] as Compound).child) return at > 0 && matchesAt(path, i - 1, ancestors, at - 1);
  for (let up = at - 1; up >= 0; up--) if (matchesAt(path, i - 1, ancestors, up)) return true;
  return false;
}

/** Whether `rule` applies to the last of `ancestors` (elements inside `.katex`, outermost first). */
function applies(rule: FontRule, ancestors: Element[]): boolean {
  return ancestors.length > 0 && matchesAt(rule.path, rule.path.length - 1, ancestors, ancestors.length - 1);
}

/** The rules' specificity as it decides between two of them: KaTeX's are all `.katex` plus classes and tags. */
const specificity = (rule: FontRule) =>
  rule.path.reduce((sum, c) => sum + 1000 * c.classes.length + (c.tag ? 1 : 0), 0);

/** The file a face is drawn from: the @font-face of its family and style, else of its family, nearest in weight. */
function fileOf(fonts: KatexFonts, face: Face): string | undefined {
  const exact = fonts.files.get(key(face));
  if (exact) return exact;
  const same = [...fonts.files.entries()].filter(([k]) => k.startsWith(`${face.family}|`));
  const byStyle = same.filter(([k]) => k.split("|")[1] === face.style);
  const pool = byStyle.length > 0 ? byStyle : same;
  const distance = (k: string) => Math.abs(Number(k.split("|")[2]) - Number(face.weight));
  return pool.sort(([a], [b]) => distance(a) - distance(b))[0]?.[1];
}

/**
 * The font files `formula` (a `span.katex` as rehype-katex writes it) draws glyphs from: those of its visible
 * part, not of the MathML for screen readers (which the browser draws in its `math` font).
 */
export function formulaFontFiles(formula: Element, fonts: KatexFonts = katexFonts()): Set<string> {
  const found = new Set<string>();
  const walk = (node: ElementContent, ancestors: Element[], face: Face) => {
    if (node.type === "text") {
      if (node.value.length > 0) {
        const file = fileOf(fonts, face);
        if (file) found.add(file);
      }
      return;
    }
    if (node.type !== "element" || classesOf(node).includes("katex-mathml")) return;
    const path = [...ancestors, node];
    const matching = fonts.rules
      .map((rule, order) => ({ rule, order }))
      .filter(({ rule }) => applies(rule, path))
      .sort((a, b) => specificity(a.rule) - specificity(b.rule) || a.order - b.order);
    const own = Object.assign({}, face, ...matching.map(({ rule }) => rule.face)) as Face;
    for (const child of node.children) walk(child, path, own);
  };
  for (const child of formula.children) walk(child, [], fonts.base);
  return found;
}
