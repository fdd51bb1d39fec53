// No page runs KaTeX: the activation widgets' formulas are typeset at build time. A page shows the
// formulas the server rendered (hydration keeps them); choosing another activation, or reaching a page by
// in-site navigation, loads the build's typeset formulas, never the KaTeX runtime.
import { type ActivationName, activations } from "@nn-explained/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type ReceivedScript, recordScripts, setUpBrowser, siteUrl, WAIT } from "./_browser";

const { newPage } = setUpBrowser();

/**
 * KaTeX's runtime, recognised by what it contains rather than by a chunk's name or hash: every build of
 * KaTeX carries the prefix of its ParseError messages.
 */
const KATEX_RUNTIME = /KaTeX parse error/;

/** The URLs of the scripts whose text matches `pattern`. */
async function scriptsMatching(scripts: () => Promise<ReceivedScript[]>, pattern: RegExp): Promise<string[]> {
  return (await scripts()).filter((s) => pattern.test(s.text)).map((s) => s.url);
}

/** The table of every activation's typeset formulas (plugins/activation-formulas), recognised by its content. */
const TABLE = /["']?mish["']?:\{["']?formula["']?:/;

/** The TeX a typeset formula was made from (KaTeX keeps it in the MathML's annotation). */
const texOf = (page: Page, name: string, which: "formula" | "derivative") =>
  page.locator(`[data-formula="${name}.${which}"] annotation[encoding="application/x-tex"]`).textContent();

const tex = (name: ActivationName) => ({
  formula: activations[name].formula,
  derivative: activations[name].derivativeFormula,
});

describe("math without the KaTeX runtime", () => {
  it.each(["relu-hidden-layers", "reference/activations"])(
    "/%s loads no KaTeX, and its formulas survive hydration",
    async (path) => {
      const page = await newPage();
      const scripts = recordScripts(page);
      await page.goto(siteUrl(path), { waitUntil: "networkidle" });
      await page.locator('html[data-has-hydrated="true"]').waitFor(WAIT);
      expect((await scripts()).length).toBeGreaterThan(2);
      await expect(scriptsMatching(scripts, KATEX_RUNTIME)).resolves.toEqual([]);
      // Nor the table of typeset formulas: hydration keeps the server's.
      await expect(scriptsMatching(scripts, TABLE)).resolves.toEqual([]);
      const shown = await page
        .locator("[data-formula]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-formula")));
      expect(shown.length).toBeGreaterThanOrEqual(2);
      for (const id of shown) {
        const [name, which] = (id as string).split(".") as [ActivationName, "formula" | "derivative"];
        await expect(texOf(page, name, which)).resolves.toBe(tex(name)[which]);
      }
    },
  );

  it("the explorer shows another activation's formulas, typeset at build time, when the reader picks it", async () => {
    const page = await newPage();
    const scripts = recordScripts(page);
    await page.goto(siteUrl("relu-hidden-layers"));
    await page.locator('html[data-has-hydrated="true"]').waitFor(WAIT);
    const loaded = (await scripts()).length;
    const explorer = page.locator("[data-activation-explorer]");
    await explorer.scrollIntoViewIfNeeded();
    await page.locator("[data-activation-explorer][data-live]").waitFor(WAIT);
    await explorer.getByLabel("Activation", { exact: true }).selectOption("tanh");
    await expect.poll(() => texOf(page, "tanh", "formula"), WAIT).toBe(tex("tanh").formula);
    await expect(texOf(page, "tanh", "derivative")).resolves.toBe(tex("tanh").derivative);
    expect(await explorer.locator(".katex-display").count()).toBe(2);
    expect(await explorer.locator("[aria-busy]").count()).toBe(0);
    // And back: ReLU's formulas come from the same table.
    await explorer.getByLabel("Activation", { exact: true }).selectOption("relu");
    await expect.poll(() => texOf(page, "relu", "formula"), WAIT).toBe(tex("relu").formula);
    expect((await scripts()).length, "the formulas arrived as a script").toBeGreaterThan(loaded);
    expect((await scriptsMatching(scripts, TABLE)).length).toBe(1);
    await expect(scriptsMatching(scripts, KATEX_RUNTIME)).resolves.toEqual([]);
  });

  it("after in-site navigation, the activation reference shows every formula without KaTeX", async () => {
    const page = await newPage();
    const scripts = recordScripts(page);
    await page.goto(siteUrl(""));
    await page.locator('html[data-has-hydrated="true"]').waitFor(WAIT);
    await page.locator('footer a[href$="/reference/activations"]').click();
    await page.waitForURL(/\/reference\/activations$/);
    const cards = page.locator("[data-activation-card]");
    await cards.first().waitFor(WAIT);
    const names = (await cards.evaluateAll((els) =>
      els.map((e) => e.getAttribute("data-activation-card")),
    )) as ActivationName[];
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      await expect.poll(() => texOf(page, name, "formula"), WAIT).toBe(tex(name).formula);
      await expect(texOf(page, name, "derivative")).resolves.toBe(tex(name).derivative);
    }
    await expect(scriptsMatching(scripts, KATEX_RUNTIME)).resolves.toEqual([]);
  });
});
