// For the tests: what a browser computes from the code theme's style sheet (plugins/code-theme/index.ts's
// codeThemeCss) for the lines and tokens of a code block, in light or dark mode. The sheet holds only
// custom-property blocks (`:root`, `[data-theme="dark"]`) and one-class rules (`.prism-code .t0`), so a
// small reader suffices; a rule of any other form is an error, so the reader cannot silently skip one.
import type { Element, ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { parseRgba } from "./contrast";
import { cssProperty, INHERITED_PROPERTIES } from "./prismVariables";

export type Mode = "light" | "dark";
export type Declarations = Record<string, string>;

/** The style sheet's variables in each mode, and each class's declarations. */
export interface Sheet {
  variables: Record<Mode, Map<string, string>>;
  classes: Map<string, Declarations>;
}

/** `declarations` with every colour written one way (dracula writes some as `rgb()`, some as hex). */
export const sameColours = (declarations: Declarations): Declarations =>
  Object.fromEntries(Object.entries(declarations).map(([p, v]) => [p, parseRgba(v)?.join() ?? v]));

/** `property:value;…` as a record, in order (a later declaration of a property wins). */
export function parseDeclarations(text: string): Declarations {
  const out: Declarations = {};
  for (const d of text.split(";")) {
    const i = d.indexOf(":");
    if (i > 0) out[d.slice(0, i).trim()] = d.slice(i + 1).trim();
  }
  return out;
}

/** Reads `css`, which must hold only the blocks and rules codeThemeCss writes. */
export function readSheet(css: string): Sheet {
  const sheet: Sheet = { variables: { light: new Map(), dark: new Map() }, classes: new Map() };
  const body = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const [, selector = "", text = ""] of body.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const declarations = parseDeclarations(text);
    const s = selector.trim();
    const className = s.match(/^\.prism-code \.([\w-]+)$/)?.[1];
    if (s === ":root") for (const [k, v] of Object.entries(declarations)) sheet.variables.light.set(k, v);
    else if (s === '[data-theme="dark"]')
      for (const [k, v] of Object.entries(declarations)) sheet.variables.dark.set(k, v);
    else if (className) sheet.classes.set(className, { ...sheet.classes.get(className), ...declarations });
    else throw new Error(`readSheet: css must hold :root, [data-theme="dark"] and .prism-code .class rules; got ${s}`);
  }
  if (body.replace(/([^{}]+)\{([^}]*)\}/g, "").trim() !== "") throw new Error("readSheet: css has text outside rules");
  return sheet;
}

/**
 * The declarations an element with `className` and inline `style` gets, with `var()` resolved in `mode`
 * (in dark mode the dark block's variables override :root's, as custom properties inherit from the root).
 * Classes that are not the sheet's are ignored; the inline style wins over classes. A property whose
 * `var()` is `initial` or undefined, or whose value is `inherit`, is not set: the element inherits it, as a
 * browser does (the tokens' `inherit` is only ever of a property that inherits anyway).
 */
export function computed(
  sheet: Sheet,
  mode: Mode,
  className: string | undefined,
  style: string | undefined,
): Declarations {
  const cascaded: Declarations = {};
  for (const c of (className ?? "").split(/\s+/)) Object.assign(cascaded, sheet.classes.get(c));
  Object.assign(cascaded, parseDeclarations(style ?? ""));
  const values = new Map([...sheet.variables.light, ...(mode === "dark" ? sheet.variables.dark : [])]);
  const out: Declarations = {};
  for (const [property, value] of Object.entries(cascaded)) {
    const name = value.match(/^var\((--[\w-]+)\)$/)?.[1];
    const resolved = name === undefined ? value : values.get(name);
    if (resolved !== undefined && resolved !== "initial" && resolved !== "inherit") out[property] = resolved;
  }
  return out;
}

/** The properties a line's text inherits from it, of those a code theme sets, in kebab case. */
const INHERITED = [...INHERITED_PROPERTIES].map(cssProperty);

/** One run of a line's text with the declarations of the token it is in (none for bare text). */
export interface Segment {
  text: string;
  declarations: Declarations;
}

/** A code block's line as shown: its classes, its declarations, and its text in runs of equal declarations. */
export interface ShownLine {
  classes: string[];
  declarations: Declarations;
  segments: Segment[];
}

const attribute = (e: Element, name: "className" | "style"): string | undefined => {
  const v = e.properties[name];
  return Array.isArray(v) ? v.join(" ") : v === undefined ? undefined : String(v);
};

/**
 * What the lines of `html` (codeLinesHtml's markup, or Docusaurus's with inline styles) show in `mode`:
 * each line's classes other than `sheetClasses`' and `token-line`, its declarations, and its text runs
 * with the declarations they are shown with (the line's colour and font, and their tokens'). Runs of
 * equal declarations are merged, so a token split in two, or bare text beside an unstyled span,
 * compare equal to one token with the same look.
 */
export function shownLines(html: string, sheet: Sheet, mode: Mode): ShownLine[] {
  const root = fromHtml(html, { fragment: true });
  const lines = root.children.filter((n): n is Element => n.type === "element" && n.tagName === "div");
  return lines.map((line) => {
    const segments: Segment[] = [];
    const add = (text: string, declarations: Declarations) => {
      const last = segments.at(-1);
      if (last && JSON.stringify(last.declarations) === JSON.stringify(declarations)) last.text += text;
      else segments.push({ text, declarations });
    };
    const walk = (nodes: ElementContent[], declarations: Declarations) => {
      for (const n of nodes) {
        if (n.type === "text") add(n.value, declarations);
        else if (n.type === "element" && n.tagName === "span") {
          const own = computed(sheet, mode, attribute(n, "className"), attribute(n, "style"));
          // An empty token still counts: its display can change the line's box.
          if (n.children.length === 0 && Object.keys(own).length > 0) add("", { ...declarations, ...own });
          walk(n.children, { ...declarations, ...own });
        }
      }
    };
    const className = attribute(line, "className");
    const declarations = computed(sheet, mode, className, attribute(line, "style"));
    // The text inherits the line's colour and font: a token of the line's colour shows as bare text does.
    walk(line.children, Object.fromEntries(Object.entries(declarations).filter(([p]) => INHERITED.includes(p))));
    return {
      classes: (className ?? "").split(/\s+/).filter((c) => c !== "" && c !== "token-line" && !sheet.classes.has(c)),
      declarations,
      segments,
    };
  });
}
