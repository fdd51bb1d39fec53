import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { applyTrailingSlash } from "@docusaurus/utils-common";
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { identifierAttribute, importDefault } from "./_mdxNodes";

// An article is mostly prose that never changes once the server has rendered it, but MDX compiles every
// paragraph, list and table into React elements: the browser downloads the whole text a second time as
// JavaScript, then hydrates it. This step, run after rehype-katex and before rehypeStaticKatex, finds the
// largest parts of the page that are plain HTML (no JSX, no expression, nothing MDX's components render
// differently) and turns each into `<Prose as="p" i="3" of={__prose} />`, whose content is the i-th HTML
// string of a data file written beside the build's cache. The server bundle gets those strings whole, so the
// HTML is the same; the browser's gets a handle that loads them only for a page rendered in the browser
// (in-site navigation): a hydrating page keeps the server's content (src/components/Prose).

/** What the server needs of each island: its HTML, and what Docusaurus's broken-links check must hear of. */
export interface ProseBlock {
  /** The element's content (its children), as HTML. */
  html: string;
  /** Links `<Link>` would have reported (in-site addresses and anchors on the page). */
  links: string[];
}

export interface ProseIslandsOptions {
  /**
   * Where the data files go (one per page, named by a hash of its content): absolute, or relative to the
   * directory the build runs in (the MDX file's `cwd`). The site passes a relative one: these options are
   * part of the site's config, which Docusaurus writes into every page's JavaScript, and an absolute path
   * would put the build machine's folders there (and make the bundle differ from one checkout to another).
   */
  cacheDir: string;
  /** The site's `baseUrl` and `trailingSlash`, which `<Link>` applies to in-site addresses. */
  baseUrl: string;
  trailingSlash: boolean | undefined;
  /** The module of the `<Prose>` component. */
  component: string;
  /** Islands smaller than this many characters of HTML stay JSX: each costs a few dozen bytes of JavaScript. */
  minHtmlLength?: number;
}

/** Elements MDX renders by a component of its own that an HTML string cannot stand for. */
const COMPONENT_TAGS = new Set(["pre", "img", "details", "summary", "input", "h1", "h2", "h3", "h4", "h5", "h6"]);
/** Attributes an island's own element may carry (React renders them from its props). */
const ROOT_PROPERTIES = new Set(["className"]);

/** Docusaurus's `hasProtocol` (`@docusaurus/core`, isInternalUrl.js): an address with a scheme, or `//`. */
const hasProtocol = (url: string) => /^(?:[A-Za-z][A-Za-z\d+.-]*:|\/\/)/.test(url);

/** Whether `node` can be written as HTML with the same result as MDX's components give it. */
function isStatic(node: ElementContent): boolean {
  if (node.type === "text") return true;
  if (node.type !== "element" || COMPONENT_TAGS.has(node.tagName)) return false;
  // `<li>` and `<a>` with an id get a class from the theme (useAnchorTargetClassName); `<code>` holding a
  // line break is a code block (MDXComponents/Code).
  if ((node.tagName === "a" || node.tagName === "li") && node.properties.id !== undefined) return false;
  if (node.tagName === "code" && toText(node).includes("\n")) return false;
  return node.children.every(isStatic);
}

function toText(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(toText).join("") : "";
}

/**
 * What `<Link>` does to an `<a>` (`@docusaurus/core`, Link.js): the base URL before an in-site path
 * (`addBaseUrl`, useBaseUrl.js), the site's trailing-slash rule, a new tab for an address outside the site;
 * and the links it reports to the broken-links check (in-site addresses and `#anchors`).
 */
function linkLike(a: Element, { baseUrl, trailingSlash }: ProseIslandsOptions, links: string[]): void {
  const href = a.properties.href;
  if (typeof href !== "string") return;
  if (hasProtocol(href)) {
    a.properties = { href, target: "_blank", rel: ["noopener", "noreferrer"], ...a.properties };
    return;
  }
  let target = href;
  if (href.startsWith("/")) {
    if (href === baseUrl.replace(/\/$/, "")) target = baseUrl;
    else if (!href.startsWith(baseUrl)) target = baseUrl + href.slice(1);
  }
  target = applyTrailingSlash(target, { trailingSlash, baseUrl });
  a.properties = { ...a.properties, href: target };
  if (a.properties.target === undefined || a.properties.target === "_self") links.push(target);
}

/** Line breaks between a table's rows and cells: MDX drops them (React cannot render text there). */
const TABLE_PARTS = new Set(["table", "thead", "tbody", "tfoot", "tr"]);
const isTableWhitespace = (parent: Element, child: ElementContent) =>
  TABLE_PARTS.has(parent.tagName) && child.type === "text" && child.value.trim() === "";

/** A table cell's `align` (a GFM column alignment), which MDX writes as its style's `text-align`. */
function alignAsStyle(e: Element): void {
  const { align, style, ...rest } = e.properties;
  if (align === undefined) return;
  e.properties = { ...rest, style: `${typeof style === "string" ? `${style};` : ""}text-align:${String(align)}` };
}

function walkElements(node: ElementContent, visit: (e: Element) => void): void {
  if (node.type !== "element") return;
  visit(node);
  for (const child of node.children) walkElements(child, visit);
}

/** The local names the generated imports take in each MDX module. */
const PROSE_COMPONENT = "__Prose";
const PROSE_DATA = "__prose";

/** Writes `text` to `file` whole or not at all: the server and client compilations may both write it. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export default function rehypeProseIslands(options: ProseIslandsOptions) {
  const minHtmlLength = options.minHtmlLength ?? 80;
  return (tree: Root, vfile: { cwd: string }) => {
    const blocks: ProseBlock[] = [];

    /** Turns `node` into an island if it is static and large enough; returns whether it did. */
    function islandOf(node: Element): RootContent | undefined {
      if (!isStatic(node)) return undefined;
      const rest = Object.keys(node.properties).filter((p) => !ROOT_PROPERTIES.has(p));
      if (rest.length > 0) return undefined;
      const links: string[] = [];
      // A copy: a part that stays JSX keeps its links for `<Link>`.
      const children = structuredClone(node.children).filter((c) => !isTableWhitespace(node, c));
      // What MDX and its components make of the elements: no line breaks between table cells, alignment as
      // style, links as `<Link>`'s.
      for (const child of children) {
        walkElements(child, (e) => {
          e.children = e.children.filter((c) => !isTableWhitespace(e, c));
          alignAsStyle(e);
          if (e.tagName === "a") linkLike(e, options, links);
        });
      }
      const html = toHtml(children, { characterReferences: { useNamedReferences: true } });
      if (html.length < minHtmlLength) return undefined;
      const className = node.properties.className;
      const attributes: unknown[] = [
        { type: "mdxJsxAttribute", name: "as", value: node.tagName },
        { type: "mdxJsxAttribute", name: "i", value: String(blocks.length) },
        identifierAttribute("of", PROSE_DATA),
      ];
      if (Array.isArray(className)) {
        attributes.push({ type: "mdxJsxAttribute", name: "className", value: className.join(" ") });
      }
      // `links` (true): the part links to another page, which Prose loads ahead once the link is in sight.
      if (links.some((link) => !link.startsWith("#")))
        attributes.push({ type: "mdxJsxAttribute", name: "links", value: null });
      blocks.push({ html, links });
      return { type: "mdxJsxFlowElement", name: PROSE_COMPONENT, attributes, children: [] } as unknown as RootContent;
    }

    /**
     * The largest static parts under `parent`: in the root and plain elements, not in the elements MDX's
     * components render (a code block's `<code>` is read by CodeBlock) nor in JSX components.
     */
    function visit(parent: Root | Element): void {
      parent.children = parent.children.map((child) => {
        if (child.type !== "element") return child;
        const island = islandOf(child);
        if (island) return island;
        if (!COMPONENT_TAGS.has(child.tagName)) visit(child);
        return child;
      }) as typeof parent.children;
    }

    visit(tree);
    if (blocks.length === 0) return;
    const text = JSON.stringify(blocks);
    const cacheDir = resolve(vfile.cwd, options.cacheDir);
    mkdirSync(cacheDir, { recursive: true });
    const file = join(cacheDir, `${createHash("sha256").update(text).digest("hex").slice(0, 20)}.prose`);
    writeAtomically(file, text);
    tree.children.unshift(importDefault(PROSE_COMPONENT, options.component), importDefault(PROSE_DATA, file));
  };
}
