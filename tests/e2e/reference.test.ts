import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { setUpBrowser } from "./_browser";

// What the build generated from core's source (plugins/api-reference): the anchors and examples the pages must show.
const generatedDir = fileURLToPath(new URL("../../docs/reference/_generated/", import.meta.url));
const apiMdx = readFileSync(`${generatedDir}api.mdx`, "utf8");
const activationsMdx = readFileSync(`${generatedDir}activations.mdx`, "utf8");
const exportAnchors = [...apiMdx.matchAll(/^### `[^`]+` \{#([^}]+)\}$/gm)].map((m) => m[1] as string);
const playgroundMdx = readFileSync(`${generatedDir}playground.mdx`, "utf8");
const helperAnchors = [...playgroundMdx.matchAll(/^### `[^`]+` \{#([^}]+)\}$/gm)].map((m) => m[1] as string);
const docsDir = new URL("../../docs/", import.meta.url);

/** The text of a playground's example and of the `./_helper` files it imports, as the build read them. */
function exampleSources(example: string): string {
  const dir = example.replace(/[^/]+$/, "");
  const entry = readFileSync(new URL(example, docsDir), "utf8");
  const helpers = [...entry.matchAll(/from\s+["']\.\/(_[\w.-]+?)(?:\.ts)?["']/g)].map((m) =>
    readFileSync(new URL(`${dir}${m[1]}.ts`, docsDir), "utf8"),
  );
  return [entry, ...helpers].join("\n");
}
const examples = [...apiMdx.matchAll(/\*\*Examples?\*\*\n\n```ts\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
const activationAnchors = [...activationsMdx.matchAll(/^## .+ \{#([^}]+)\}$/gm)]
  .map((m) => m[1] as string)
  .filter((id) => id !== "overview");

const { open } = setUpBrowser();

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
/** Code as compared: without any whitespace (Prism renders each line of a block as its own element). */
const bare = (code: string) => code.replace(/\s+/g, "");

describe("the API reference", () => {
  it("was generated with a section for each export", () => {
    expect(exportAnchors.length).toBeGreaterThan(50);
    expect(exportAnchors).toEqual(expect.arrayContaining(["softmax", "f1Score", "relu", "activations", "CoreError"]));
    expect(examples.length).toBeGreaterThan(40);
  });

  it("renders every export's heading at its anchor, with its signature and every example", async () => {
    const page = await open("reference/api");
    const ids = await page.$$eval("h3[id]", (hs) => hs.map((h) => h.id));
    expect(ids).toEqual(exportAnchors);
    const code = bare((await page.locator("article pre").allTextContents()).join(""));
    for (const example of examples) expect(code).toContain(bare(example));
    // A known example, from the registry's doc comment.
    expect(code).toContain(bare("activations.relu.derivative([-1, 0, 2]) //=> [0, 0, 1]"));
    const softmax = page.locator("h3#softmax");
    await expect(softmax.textContent()).resolves.toContain("softmax");
    // The signature follows the heading (after the kind badge).
    const section = await page.evaluate(() => {
      const out: string[] = [];
      let el = document.getElementById("softmax")?.nextElementSibling;
      while (el && el.tagName !== "H3") {
        out.push(el.textContent ?? "");
        el = el.nextElementSibling;
      }
      return out.join("\n");
    });
    expect(section).toContain("function softmax(");
    expect(section).toContain("Example");
  });

  it("a link to an export's anchor scrolls to it, and its throws link to the error classes", async () => {
    const page = await open("reference/api#f1Score");
    await expect(page.locator("h3#f1Score").isVisible()).resolves.toBe(true);
    // Once the page has scrolled there.
    await page.waitForFunction(() => {
      const r = document.getElementById("f1Score")?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.top < window.innerHeight;
    });
    await page.locator('a[href$="#InvalidArgumentError"]').first().click();
    await page.waitForFunction(() => window.location.hash === "#InvalidArgumentError");
  });

  it("is reachable from the sidebar's Reference category and the navbar", async () => {
    const page = await open("");
    await page.locator('.navbar a[href$="/reference/api"]').first().click();
    await page.waitForURL(/\/reference\/api$/);
    const links = page.locator('nav[aria-label="Docs sidebar"] .menu__link');
    await links.first().waitFor();
    const sidebar = (await links.allTextContents()).map((t) => t.trim());
    expect(sidebar).toEqual(expect.arrayContaining(["Reference", "API", "Activations", "Metrics"]));
  });
});

describe("the activation reference", () => {
  it("plots every registry activation and its derivative, with KaTeX formulas and framework names", async () => {
    const page = await open("reference/activations");
    expect(activationAnchors).toEqual(expect.arrayContaining(["relu", "gelu", "sigmoid", "swish"]));
    for (const id of activationAnchors) expect(await page.locator(`h2#${id}`).count(), id).toBe(1);
    const cards = page.locator("[data-activation-card]");
    const count = await cards.count();
    // Every activation but the alias swish has its own card.
    expect(count).toBe(activationAnchors.length - 1);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      const paths = await card.locator("svg path").evaluateAll((ps) => ps.map((p) => p.getAttribute("d") ?? ""));
      expect(paths.filter((d) => d.length > 100).length, "f and f′ are drawn").toBeGreaterThanOrEqual(2);
      expect(await card.locator(".katex").count(), "function and derivative typeset").toBeGreaterThanOrEqual(2);
    }
    const relu = page.locator('[data-activation-card="relu"]');
    await expect(relu.locator("[data-activation-range]").textContent()).resolves.toBe("[0, ∞)");
    await expect(relu.textContent()).resolves.toContain("torch.nn.ReLU");
    const gelu = page.locator('[data-activation-card="gelu"]');
    await expect(gelu.textContent()).resolves.toContain("jax.nn.gelu defaults to the tanh approximation");
  });
});

describe("the metrics reference", () => {
  it("shows every average on the worked examples, computed by core, with the numbers scikit-learn prints", async () => {
    const page = await open("reference/metrics");
    const row = async (example: string, average: string) =>
      squash(
        (
          await page.locator(`[data-metrics-table="${example}"] tr[data-average="${average}"] td`).allTextContents()
        ).join(" "),
      );
    // The values the page's Python snippets print (scikit-learn 1.9.1).
    expect(await row("multiclass", "micro")).toContain("0.7000 0.7000 0.7000");
    expect(await row("multiclass", "macro")).toContain("0.7778 0.6556 0.6869");
    expect(await row("multiclass", "weighted")).toContain("0.7333 0.7000 0.6970");
    expect(await row("binary", "binary")).toContain("0.6000 0.7500 0.6667");
    expect(await row("multilabel", "samples")).toContain("0.8750 0.6250 0.6667");
    expect(await page.locator('[data-metrics-table="multiclass"] tr[data-average="none"]').count()).toBe(3);
    for (const id of [
      "average-none",
      "average-micro",
      "average-macro",
      "average-weighted",
      "average-binary",
      "average-samples",
    ]) {
      expect(await page.locator(`h3#${id}`).count(), id).toBe(1);
    }
    expect(await page.locator(".katex").count()).toBeGreaterThan(5);
    const python = await page.locator("pre.language-python, div.language-python pre").allTextContents();
    expect(python.join("\n")).toContain("# macro 0.7778 0.6556 0.6869");
  });
});

describe("the playgrounds", () => {
  it("each links to the API reference and to the section of every name its code imports from core", async () => {
    const page = await open("sigmoid-multiclass");
    const playgrounds = page.locator("[data-playground]");
    const count = await playgrounds.count();
    expect(count).toBeGreaterThan(1);
    // The seed sweeps link their helper to its own reference page.
    await expect(
      page.locator('[data-api-reference-link] a[href$="/reference/playground#sweepSeeds"]').count(),
    ).resolves.toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const pg = playgrounds.nth(i);
      // Every file of the playground, helpers included (the page shows only the entry until it loads).
      const code = exampleSources((await pg.getAttribute("data-playground-example")) ?? "");
      const links = pg.locator("[data-api-reference-link] a");
      const hrefs = await links.evaluateAll((as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
      );
      expect(hrefs[0]).toMatch(/\/reference\/api$/);
      for (const href of hrefs.slice(1)) {
        const name = href.split("#")[1] as string;
        const documented = href.includes("/reference/playground#") ? helperAnchors : exportAnchors;
        expect(documented, `${href} is documented`).toContain(name);
        expect(code, `${name} is used by the code`).toContain(name);
      }
    }
    const first = page.locator("[data-api-reference-link] a[href*='#']").first();
    const target = ((await first.getAttribute("href")) ?? "").split("#")[1] as string;
    await first.click();
    await page.waitForURL(/\/reference\/api#/);
    await page.locator(`h3[id="${target}"]`).waitFor({ state: "visible" });
  });
});
