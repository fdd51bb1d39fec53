import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate } from "@mdx-js/mdx";
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { type ComponentProps, createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { afterEach, describe, expect, it } from "vitest";
import rehypeProseIslands, { type ProseBlock } from "./rehypeProseIslands";

const source = [
  "A paragraph long enough to be worth an island, with `inline code`, *emphasis* and a formula $e^{z_i}$,",
  "a link [inside the site](/sigmoid-multiclass#short-answer), one [to a section](#table) and one",
  "[outside it](https://scikit-learn.org/stable/) & a < b.",
  "",
  "## A heading stays",
  "",
  "| Target | Output activation | Loss with a long enough name |",
  "| :----- | ----------------: | ---------------------------- |",
  "| Any real number | none | mean squared error |",
  "",
  "```ts",
  "const x = 1; // a code block long enough that a careless step would take its code element for prose",
  "```",
  "",
  "Short.",
  "",
  "<div data-widget>A JSX element's children stay the component's, however long this sentence may grow.</div>",
  "",
  "- A list whose items hold [a link](/relu-hidden-layers) and enough words to pass the threshold.",
  "- A second item.",
  "",
  "A closing paragraph long enough to be an island, which links only [to a section](#table) of its own page.",
  "",
  "And one long enough to be an island too, whose only link goes [outside the site](https://pytorch.org/).",
].join("\n");

/** What `<Link>` makes of an `<a>` (the base URL before an in-site path, a new tab outside the site). */
function LinkLike({ href = "", ...props }: ComponentProps<"a">) {
  const outside = /^(?:[A-Za-z][A-Za-z\d+.-]*:|\/\/)/.test(href);
  const to = href.startsWith("/") ? `/base${href}` : href;
  return createElement("a", { href: to, ...(outside && { target: "_blank", rel: "noopener noreferrer" }), ...props });
}

/** `<Prose>` as the server renders it: the island's element with its HTML. */
function ProseLike({
  as,
  i,
  of,
  className,
}: {
  as: string;
  i: string;
  of: { blocks: ProseBlock[] };
  className?: string;
}) {
  return createElement(as, { className, dangerouslySetInnerHTML: { __html: of.blocks[Number(i)]?.html } });
}

const dirs: string[] = [];
afterEach(() => {
  delete (globalThis as Record<string, unknown>).__prose;
});

/** Renders `source` as the site does (with the step, or without it), and what the step wrote and left. */
async function render(withIslands: boolean) {
  const cacheDir = mkdtempSync(join(tmpdir(), "prose-"));
  dirs.push(cacheDir);
  let tree: Root | undefined;
  const steps: unknown[] = [rehypeKatex];
  if (withIslands) {
    steps.push([rehypeProseIslands, { cacheDir, baseUrl: "/base/", trailingSlash: false, component: "@site/Prose" }]);
    // The generated imports, resolved as the bundler would: the data file whole, and (below) the component.
    steps.push(() => (t: Root) => {
      tree = structuredClone(t);
      t.children = t.children.filter((n) => n.type !== ("mdxjsEsm" as string));
      const file = readdirSync(cacheDir)[0] ?? "";
      Object.assign(globalThis, { __prose: { blocks: JSON.parse(readFileSync(join(cacheDir, file), "utf8")) } });
    });
  }
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm, remarkMath],
    rehypePlugins: steps as never,
  });
  const html = renderToStaticMarkup(
    createElement(Content, { components: { a: LinkLike, __Prose: ProseLike } as never }),
  );
  const files = readdirSync(cacheDir);
  const blocks: ProseBlock[] = files[0] ? JSON.parse(readFileSync(join(cacheDir, files[0]), "utf8")) : [];
  return { html, blocks, files, tree };
}

/** `html` parsed as a browser parses it and written out again: equal results mean the same document. */
const normalized = (html: string) => toHtml(fromHtml(html, { fragment: true })).replaceAll(';"', '"');

describe("rehypeProseIslands", () => {
  it("renders the document MDX renders, links as <Link> makes them", async () => {
    const plain = await render(false);
    const islands = await render(true);
    expect(normalized(islands.html)).toBe(normalized(plain.html));
    expect(plain.html).toContain('href="/base/sigmoid-multiclass#short-answer"');
    expect(plain.html).toContain('target="_blank" rel="noopener noreferrer"');
  });

  it("moves the paragraphs, the table and the list to the data file, and leaves the rest to MDX", async () => {
    const { blocks, files, tree } = await render(true);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{20}\.prose$/);
    const islands = (tree?.children ?? []).filter((n) => (n as { name?: string }).name === "__Prose");
    const kinds = islands.map(
      (n) => (n as unknown as { attributes: { name: string; value: unknown }[] }).attributes[0]?.value,
    );
    expect(kinds).toEqual(["p", "table", "ul", "p", "p"]);
    expect(blocks).toHaveLength(5);
    // The heading, the code block, the short paragraph and the JSX element are still MDX's.
    const rest = (tree?.children ?? []).map((n) => ("tagName" in n ? n.tagName : (n as { name?: string }).name));
    expect(rest).toEqual(expect.arrayContaining(["h2", "pre", "p", "div"]));
    expect(blocks.map((b) => b.html).join("")).not.toContain("const x");
    expect(blocks.map((b) => b.html).join("")).not.toContain("JSX element");
    // The links <Link> would report to the broken-links check: in-site addresses and anchors, not the outside one.
    expect(blocks[0]?.links).toEqual(["/base/sigmoid-multiclass#short-answer", "#table"]);
    expect(blocks[2]?.links).toEqual(["/base/relu-hidden-layers"]);
    // Text stays text, and a table has no line breaks between its cells (React renders none there).
    expect(blocks[0]?.html).toContain("&amp; a &lt; b.");
    expect(blocks[1]?.html).not.toMatch(/>\n</);
  });

  it("marks the parts that link to another page of the site (Prose watches only those)", async () => {
    const { tree } = await render(true);
    const islands = (tree?.children ?? []).filter((n) => (n as { name?: string }).name === "__Prose");
    const linking = islands.map((n) =>
      (n as unknown as { attributes: { name: string; value: unknown }[] }).attributes.some(
        (a) => a.name === "links" && a.value === null,
      ),
    );
    // The paragraph and the list link into the site; the table has no link, the closing paragraphs link only
    // to a section of the page and outside the site.
    expect(linking).toEqual([true, false, true, false, false]);
  });

  it("writes the same data file for the same content, and imports it with the component", async () => {
    const a = await render(true);
    const b = await render(true);
    expect(a.files).toEqual(b.files);
    const imports = (a.tree?.children ?? []).filter((n) => n.type === ("mdxjsEsm" as string));
    expect(imports.map((n) => (n as unknown as { value: string }).value)).toEqual([
      'import __Prose from "@site/Prose";',
      expect.stringMatching(/^import __prose from ".*[0-9a-f]{20}\.prose";$/),
    ]);
  });
});
