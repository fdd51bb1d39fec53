import { readdirSync } from "node:fs";
import { join } from "node:path";
import * as core from "@nn-explained/core";
import { activationNames, activations } from "@nn-explained/core";
import { beforeAll, describe, expect, it } from "vitest";
import committedRedirects from "../../src/components/AnchorRedirects/anchorRedirects.json";
import { resolveAnchor } from "../../src/components/AnchorRedirects/resolveAnchor";
import { apiAnchorRedirects, apiHref } from "../../src/components/ApiReference/apiPages";
import { type ApiCollection, collectApi } from "./collect";
import { docToMdx } from "./mdx";
import { renderActivationReference } from "./renderActivations";
import { moduleAnchor, PLAYGROUND_MODULES, renderApiPages, renderApiReference } from "./renderApi";

const root = join(__dirname, "../..");

let api: ApiCollection;
beforeAll(() => {
  api = collectApi(join(root, "packages/core/src/index.ts"), root);
}, 60_000);

const byName = () => new Map(api.entries.map((e) => [e.name, e]));
const isValue = (kind: string) => kind === "function" || kind === "const" || kind === "class";

describe("the API reference generator (plugins/api-reference) on @nn-explained/core", () => {
  it("documents every export it finds, skipping none", () => {
    expect(api.skipped).toEqual([]);
    expect(api.entries.length).toBeGreaterThan(50);
  });

  it("lists every runtime export of the package, with a signature", () => {
    const entries = byName();
    const missing = Object.keys(core).filter((name) => !entries.has(name));
    expect(missing, "exports of @nn-explained/core missing from the API reference").toEqual([]);
    for (const name of Object.keys(core)) {
      const entry = entries.get(name);
      expect(isValue(entry?.kind ?? ""), `${name} is a value`).toBe(true);
      expect(entry?.signatures.length, `${name} has a signature`).toBeGreaterThan(0);
      expect(
        entry?.signatures.every((s) => s.includes(name)),
        `${name}'s signature names it`,
      ).toBe(true);
    }
  });

  it("house style: every export has a doc comment", () => {
    const undocumented = api.entries.filter((e) => e.summary.trim() === "").map((e) => `${e.name} (${e.source})`);
    expect(undocumented, "exports without a JSDoc description").toEqual([]);
  });

  it("house style: every function, constant and class has an @example", () => {
    const withoutExample = api.entries
      .filter((e) => isValue(e.kind) && e.examples.every((x) => x.trim() === ""))
      .map((e) => `${e.name} (${e.source})`);
    expect(withoutExample, "exports without an @example").toEqual([]);
  });

  it("reads signatures, tags and examples as written (softmax, f1Score, CoreError)", () => {
    const entries = byName();
    const softmax = entries.get("softmax");
    expect(softmax?.kind).toBe("function");
    expect(softmax?.module).toBe("softmax");
    expect(softmax?.source).toBe("packages/core/src/softmax/softmax.ts");
    expect(softmax?.signatures.join("\n")).toMatch(/^function softmax\(/);
    expect(softmax?.signatures.join("\n")).not.toMatch(/\{\s*$|return /);
    expect(softmax?.examples.join("\n")).toContain("//=>");
    const f1 = entries.get("f1Score");
    expect(f1?.params.map((p) => p.name)).toEqual(["yTrue", "yPred", "options"]);
    expect(f1?.throws.some((t) => t.startsWith("{InvalidArgumentError}"))).toBe(true);
    // Overloads: the declarations a caller sees, not the implementation.
    expect(f1?.signatures.length).toBeGreaterThan(1);
    const coreError = entries.get("CoreError");
    expect(coreError?.kind).toBe("class");
    expect(coreError?.signatures[0]).toMatch(/^class CoreError extends Error \{[\s\S]*constructor\(/);
  });
});

describe("the API reference split into one page per module", () => {
  const anchorsOf = (mdx: string) => [...mdx.matchAll(/\{#([^}]+)\}/g)].map((m) => m[1] as string);

  it("gives each folder or file of core's src a page, and every export a heading on exactly its module's page", () => {
    const { pages, pageIndex } = renderApiPages(api.entries);
    const srcDir = join(root, "packages/core/src");
    const modules = readdirSync(srcDir)
      .filter((f) => !f.startsWith("_") && f !== "index.ts" && !f.endsWith(".test.ts"))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(Object.keys(pages).sort()).toEqual(modules);
    expect(Object.keys(pageIndex).sort()).toEqual(modules.map((m) => `reference/api/${m}`));
    for (const e of api.entries) {
      const page = pages[e.module] ?? "";
      expect(page, e.name).toContain(`## \`${e.name}\` {#${e.name}}`);
      for (const example of e.examples) expect(page).toContain(example);
      expect(pageIndex[`reference/api/${e.module}`]).toContain(e.name);
      for (const [other, mdx] of Object.entries(pages)) {
        if (other !== e.module) expect(anchorsOf(mdx), `${e.name} only on ${e.module}`).not.toContain(e.name);
      }
    }
    expect(Object.values(pageIndex).flat().sort()).toEqual(api.entries.map((e) => e.name).sort());
  });

  it("makes each page a document of its own: front matter, a titled h1, unique anchors, links that resolve", () => {
    const { pages, pageIndex } = renderApiPages(api.entries);
    const anchorsOn = new Map(Object.entries(pages).map(([id, mdx]) => [`reference/api/${id}`, anchorsOf(mdx)]));
    for (const [id, mdx] of Object.entries(pages)) {
      expect(mdx).toMatch(
        /^---\ntitle: ".+: API of @nn-explained\/core"\nsidebar_label: ".+"\nsidebar_position: \d+\n/,
      );
      expect(mdx).toMatch(/\ndescription: ".{60,}"\n/);
      expect(mdx).toContain(`\n# `);
      expect(mdx).toContain(`{#module-${id}}\n`);
      const anchors = anchorsOf(mdx);
      expect(new Set(anchors).size, `anchors on ${id} are unique`).toBe(anchors.length);
      // Every link to an anchor goes to one that exists, on this page or on another module's page.
      for (const [, path = "", anchor = ""] of mdx.matchAll(/\]\((\/reference\/api\/\w+)?#(\w+)\)/g)) {
        const page = path ? path.slice(1) : `reference/api/${id}`;
        expect(anchorsOn.get(page), `${id} links to ${path}#${anchor}`).toContain(anchor);
      }
    }
    // f1Score throws an error documented on the errors page; its own module's names stay on the page.
    expect(pages.metrics).toContain("[`InvalidArgumentError`](/reference/api/errors#InvalidArgumentError)");
    expect(pages.metrics).toContain("[`f1Score`](#f1Score)");
    // Reading order follows the module list: activations first, the sidebar sorts by position.
    expect(pages.activations).toContain("\nsidebar_position: 1\n");
    expect(Object.keys(pageIndex)[0]).toBe("reference/api/activations");
  });

  it("keeps each module's old anchor on the index page, with a link to its page and each export's section", () => {
    const { index, pageIndex } = renderApiPages(api.entries);
    for (const [page, names] of Object.entries(pageIndex)) {
      const id = page.split("/").at(-1) ?? "";
      expect(index).toMatch(new RegExp(`^## .+ \\{#${moduleAnchor(id)}\\}$`, "m"));
      expect(index).toContain(`](/${page}): `);
      for (const name of names) expect(index).toContain(`[\`${name}\`](/${page}#${name})`);
    }
    // Only the modules' anchors: every export's old anchor is free for its redirect.
    expect(anchorsOf(index).every((a) => a.startsWith("module-"))).toBe(true);
  });

  it("redirects every export's old anchor on /reference/api to its section on its module's page", () => {
    const { pages, pageIndex } = renderApiPages(api.entries);
    const redirects = apiAnchorRedirects(pageIndex);
    expect(Object.keys(redirects).sort()).toEqual(api.entries.map((e) => `reference/api#${e.name}`).sort());
    for (const e of api.entries) {
      const target = resolveAnchor("reference/api", e.name, redirects);
      expect(target).toEqual({ page: `reference/api/${e.module}`, id: e.name });
      expect(anchorsOf(pages[e.module] ?? "")).toContain(e.name);
      expect(apiHref(pageIndex, e.name)).toBe(`/reference/api/${e.module}#${e.name}`);
    }
    // The modules' anchors stay on the index page, so they are not redirected.
    expect(resolveAnchor("reference/api", "module-metrics", redirects)).toBeUndefined();
    // The committed redirects and the generated ones do not overlap (the component merges them).
    expect(Object.keys(committedRedirects).filter((k) => k in redirects)).toEqual([]);
  });

  it("apiHref of a name no page documents throws, naming it", () => {
    expect(() => apiHref({ "reference/api/softmax": ["softmax"] }, "sofmax")).toThrowErrorMatchingInlineSnapshot(
      `[Error: apiHref: name must be an export of @nn-explained/core documented in the API reference; got "sofmax".]`,
    );
  });
});

describe("doc comments in MDX", () => {
  it("escapes what MDX and remark-math would interpret in prose, but not in code spans, and links {@link}", () => {
    const anchors = new Map([["silu", "#silu"]]);
    expect(docToMdx("Alias of {@link silu}: x·σ(x), costs $1 {a} <b>", anchors)).toBe(
      "Alias of [`silu`](#silu): x·σ(x), costs \\$1 \\{a\\} \\<b\\>",
    );
    expect(docToMdx("`{ alpha: 1 }` and {@link nothing}", anchors)).toBe("`{ alpha: 1 }` and `nothing`");
  });
});

describe("the activation reference page's MDX", () => {
  it("has one section per registry activation, anchored by its name, and links each to the API reference", () => {
    const mdx = renderActivationReference(activations, activationNames, renderApiPages(api.entries).pageIndex);
    for (const name of activationNames) {
      expect(mdx).toMatch(new RegExp(`^## .+ \\{#${name}\\}$`, "m"));
      expect(mdx).toContain(`(/reference/api/activations#${name})`);
    }
    // swish is silu under another name: a pointer, not a second card.
    expect(mdx).toContain('<ActivationCard name="silu" />');
    expect(mdx).not.toContain('<ActivationCard name="swish" />');
  });
});

describe("the API reference generator on @nn-explained/playground", () => {
  it("documents every runtime export, the seed sweep first, with parameters, errors and an example", async () => {
    const playground = await import("@nn-explained/playground");
    const { entries, skipped } = collectApi(join(root, "packages/playground/src/index.ts"), root);
    expect(skipped).toEqual([]);
    const names = new Set(entries.map((e) => e.name));
    expect(Object.keys(playground).filter((n) => !names.has(n))).toEqual([]);
    const sweep = entries.find((e) => e.name === "sweepSeeds");
    expect(sweep?.module).toBe("sweepSeeds");
    expect(sweep?.params.map((p) => p.name)).toEqual(["seeds", "run", "options"]);
    expect(sweep?.throws.length).toBeGreaterThan(0);
    expect(sweep?.examples[0]).toMatch(/\/\/=> "12 of 20 seeds"/);
    const mdx = renderApiReference(entries, { modules: PLAYGROUND_MODULES, sourceDir: "packages/playground/src" });
    expect(mdx.indexOf("## Seed sweeps {#module-sweepSeeds}")).toBeLessThan(mdx.indexOf("## Charts {#module-charts}"));
  }, 60_000);
});
