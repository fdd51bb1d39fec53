import { join } from "node:path";
import * as core from "@nn-explained/core";
import { activationNames, activations } from "@nn-explained/core";
import { beforeAll, describe, expect, it } from "vitest";
import { type ApiCollection, collectApi } from "./collect";
import { docToMdx } from "./mdx";
import { renderActivationReference } from "./renderActivations";
import { moduleAnchor, PLAYGROUND_MODULES, renderApiReference } from "./renderApi";

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

describe("the API reference page's MDX", () => {
  it("gives every export a heading with its name as explicit anchor, its signature and its examples", () => {
    const mdx = renderApiReference(api.entries);
    for (const e of api.entries) {
      expect(mdx).toContain(`### \`${e.name}\` {#${e.name}}`);
      for (const example of e.examples) expect(mdx).toContain(example);
    }
    const anchors = [...mdx.matchAll(/\{#([^}]+)\}/g)].map((m) => m[1]);
    expect(new Set(anchors).size, "anchors are unique").toBe(anchors.length);
    expect(mdx).toContain(`## Metrics {#${moduleAnchor("metrics")}}`);
  });

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
    const mdx = renderActivationReference(activations, activationNames);
    for (const name of activationNames) {
      expect(mdx).toMatch(new RegExp(`^## .+ \\{#${name}\\}$`, "m"));
      expect(mdx).toContain(`(/reference/api#${name})`);
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
