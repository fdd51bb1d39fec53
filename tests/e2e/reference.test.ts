import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { htmlFileOf } from "../../scripts/_anchors.mjs";
import { type ApiPageIndex, apiAnchorRedirects } from "../../src/components/ApiReference/apiPages";
import { setUpBrowser, sitemapPaths, siteUrl } from "./_browser";

// What the build generated from core's source (plugins/api-reference): the pages, anchors and examples the site
// must show, and which page documents which export.
const generatedDir = fileURLToPath(new URL("../../docs/reference/_generated/", import.meta.url));
const apiPages: ApiPageIndex = JSON.parse(readFileSync(`${generatedDir}api-pages.json`, "utf8"));
const modulePages = Object.keys(apiPages);
const moduleMdx = (page: string) =>
  readFileSync(new URL(`../../docs/${page}.mdx`, import.meta.url), "utf8").replace(/\r\n/g, "\n");
const headingAnchors = (mdx: string, level: string) =>
  [...mdx.matchAll(new RegExp(`^${level} \`[^\`]+\` \\{#([^}]+)\\}$`, "gm"))].map((m) => m[1] as string);
const exportAnchors = modulePages.flatMap((page) => headingAnchors(moduleMdx(page), "##"));
const examplesOf = (mdx: string) =>
  [...mdx.matchAll(/\*\*Examples?\*\*\n\n```ts\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
const activationsMdx = readFileSync(`${generatedDir}activations.mdx`, "utf8");
const playgroundMdx = readFileSync(`${generatedDir}playground.mdx`, "utf8");
const helperAnchors = headingAnchors(playgroundMdx, "###");
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
const activationAnchors = [...activationsMdx.matchAll(/^## .+ \{#([^}]+)\}$/gm)]
  .map((m) => m[1] as string)
  .filter((id) => id !== "overview");

const { open, visit } = setUpBrowser();

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
/** Code as compared: without any whitespace (Prism renders each line of a block as its own element). */
const bare = (code: string) => code.replace(/\s+/g, "");

/** The HTML of every page of the API reference stays under this many bytes (the single page was 955 KB). */
const MAX_API_PAGE_BYTES = 300_000;

describe("the API reference", () => {
  it("was generated with a page per module and a section for each export", () => {
    expect(modulePages.length).toBeGreaterThanOrEqual(6);
    expect(exportAnchors.length).toBeGreaterThan(50);
    expect(exportAnchors).toEqual(expect.arrayContaining(["softmax", "f1Score", "relu", "activations", "CoreError"]));
    expect(exportAnchors).toEqual(Object.values(apiPages).flat());
    expect(modulePages.flatMap((page) => examplesOf(moduleMdx(page))).length).toBeGreaterThan(40);
  });

  it(`keeps every page's HTML under ${MAX_API_PAGE_BYTES / 1000} KB, the index and each module's page`, () => {
    const pages = sitemapPaths().filter((p) => p === "reference/api" || p.startsWith("reference/api/"));
    expect(pages.sort()).toEqual(["reference/api", ...modulePages].sort());
    const sizes = Object.fromEntries(pages.map((p) => [p, statSync(htmlFileOf(inject("buildDir"), p)).size]));
    expect(Object.entries(sizes).filter(([, bytes]) => bytes > MAX_API_PAGE_BYTES)).toEqual([]);
  });

  it.each(modulePages)("/%s renders each of its exports' headings at its anchor, with its examples", async (path) => {
    const mdx = moduleMdx(path);
    const page = await visit(path);
    const ids = await page.$$eval("article h2[id]", (hs) => hs.map((h) => h.id));
    expect(ids).toEqual(apiPages[path]);
    const code = bare((await page.locator("article pre").allTextContents()).join(""));
    for (const example of examplesOf(mdx)) expect(code).toContain(bare(example));
  });

  it("shows an export's signature and example after its heading (softmax)", async () => {
    const page = await visit("reference/api/softmax");
    await expect(page.locator("h2#softmax").textContent()).resolves.toContain("softmax");
    // The signature follows the heading (after the kind badge).
    const section = await page.evaluate(() => {
      const out: string[] = [];
      let el = document.getElementById("softmax")?.nextElementSibling;
      while (el && el.tagName !== "H2") {
        out.push(el.textContent ?? "");
        el = el.nextElementSibling;
      }
      return out.join("\n");
    });
    expect(section).toContain("function softmax(");
    expect(section).toContain("Example");
  });

  it("the index page keeps each module's anchor and links its page and every export's section", async () => {
    const page = await visit("reference/api");
    const ids = await page.$$eval("article h2[id]", (hs) => hs.map((h) => h.id));
    expect(ids).toEqual(modulePages.map((p) => `module-${p.split("/").at(-1)}`));
    const hrefs = await page
      .locator("article a")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => u.pathname + u.hash));
    for (const [path, names] of Object.entries(apiPages)) {
      const url = new URL(siteUrl(path)).pathname;
      expect(hrefs).toContain(url);
      for (const name of names) expect(hrefs).toContain(`${url}#${name}`);
    }
  });

  it("an old link to an export on /reference/api opens its module's page scrolled to its section", async () => {
    // An old link from outside the site: a first visit, in a context of its own.
    const page = await open("reference/api#f1Score");
    await page.waitForURL((url) => url.pathname.endsWith("/reference/api/metrics") && url.hash === "#f1Score");
    await page.waitForFunction(() => {
      const r = document.getElementById("f1Score")?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.top < window.innerHeight;
    });
    // Its throws link to the error classes, on the errors page.
    await page.locator('a[href$="/reference/api/errors#InvalidArgumentError"]').first().click();
    await page.waitForURL((url) => url.pathname.endsWith("/reference/api/errors"));
    await page.locator("h2#InvalidArgumentError").waitFor({ state: "visible" });
  });

  it("every old anchor /reference/api#<export> lands on that export's heading on its module's page", async () => {
    // Each export's heading, found in the generated page that has it; every one was on /reference/api before.
    const moved = modulePages.flatMap((path) => headingAnchors(moduleMdx(path), "##").map((id) => ({ id, path })));
    expect(Object.keys(apiAnchorRedirects(apiPages)).sort()).toEqual(moved.map((m) => `reference/api#${m.id}`).sort());
    // Every target is an h2 with that id in its page as built: the address the redirect makes lands on it.
    for (const path of modulePages) {
      const html = readFileSync(htmlFileOf(inject("buildDir"), path), "utf8");
      const h2Ids = new Set([...html.matchAll(/<h2\b[^>]*?\sid=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]));
      expect(
        moved.filter((m) => m.path === path && !h2Ids.has(m.id)).map((m) => m.id),
        path,
      ).toEqual([]);
    }
    // The redirect itself, in the browser, for the first export of each module page: one rule serves them all
    // (apiAnchorRedirects), so one anchor a page shows that each page renders and scrolls to it. Every anchor,
    // one navigation each, took 30 s.
    const page = await visit("reference/api");
    const indexPath = new URL(siteUrl("reference/api")).pathname;
    const firstOfEach = modulePages.map((path) => moved.find((m) => m.path === path) as { id: string; path: string });
    for (const { id, path } of firstOfEach) {
      const toPath = new URL(siteUrl(path)).pathname;
      // Back to the old address in this tab, as the browser's history would: the router renders the index
      // page at it, without a reload, and the redirect runs as on a fresh load.
      await page.evaluate((address) => {
        window.history.pushState(null, "", address);
        window.dispatchEvent(new PopStateEvent("popstate"));
      }, `${indexPath}#${id}`);
      await page.waitForURL((url) => url.pathname === toPath && url.hash === `#${id}`);
      await page.locator(`article h2[id="${id}"]`).waitFor({ state: "attached" });
    }
  });

  it("is reachable from the sidebar's Reference category and the navbar, with a sidebar entry per module", async () => {
    const page = await visit("");
    await page.locator('.navbar a[href$="/reference/api"]').first().click();
    await page.waitForURL(/\/reference\/api$/);
    const links = page.locator('nav[aria-label="Docs sidebar"] .menu__link');
    await links.first().waitFor();
    const sidebar = (await links.allTextContents()).map((t) => t.trim());
    expect(sidebar).toEqual(expect.arrayContaining(["Reference", "API", "Activations", "Metrics"]));
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of modulePages) expect(hrefs).toContain(new URL(siteUrl(path)).pathname);
  });
});

describe("the activation reference", () => {
  it("plots every registry activation and its derivative, with KaTeX formulas and framework names", async () => {
    const page = await visit("reference/activations");
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
    const page = await visit("reference/metrics");
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
    const page = await visit("sigmoid-multiclass");
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
        const [path = "", name = ""] = href.split("#");
        // A core name links straight to its module's page; a helper to the playground page.
        const documented = path.endsWith("/reference/playground")
          ? helperAnchors
          : (Object.entries(apiPages).find(([page]) => path === new URL(siteUrl(page)).pathname)?.[1] ?? []);
        expect(documented, `${href} is documented there`).toContain(name);
        expect(code, `${name} is used by the code`).toContain(name);
      }
    }
    const first = page.locator("[data-api-reference-link] a[href*='/reference/api/']").first();
    const target = ((await first.getAttribute("href")) ?? "").split("#")[1] as string;
    await first.click();
    await page.waitForURL(/\/reference\/api\/\w+#/);
    await page.locator(`h2[id="${target}"]`).waitFor({ state: "visible" });
  });
});
