// The ReLU and regression-output articles in the production build: every playground runs in the browser and
// prints exactly its committed example output (its charts drawn in the chart panel), and the activation
// explorer is server-rendered and responds to the keyboard. Every test also requires that nothing left
// localhost and nothing was logged as an error.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openWatchedPage, type PageProblems, siteUrl } from "./_browser";

/** Playground id on the page → example file name, per article. */
const PLAYGROUNDS = {
  "relu-hidden-layers": {
    "relu-vanishing-gradients": "vanishing-gradients",
    "relu-dying": "dying-relu",
    "relu-variants": "variants",
    "relu-output-stuck": "relu-output-stuck",
  },
  "regression-output-activation": {
    "regression-standardize-targets": "standardize-targets",
    "regression-negative-targets": "negative-targets",
    "regression-negative-heads-seeds": "negative-heads-seeds",
    "regression-log-transform": "log-transform",
  },
} as const;
const WAIT = { timeout: 60_000 };
const CHART_LINE = /^\[(line|bar) chart .*\]$/;

/** The committed output, split into what the console shows and the chart summaries the chart panel draws. */
function expected(page: string, name: string): { text: string; charts: string[] } {
  const lines = readFileSync(new URL(`../../docs/${page}/examples/${name}.output.txt`, import.meta.url), "utf8")
    .trimEnd()
    .split("\n");
  return { text: lines.filter((l) => !CHART_LINE.test(l)).join("\n"), charts: lines.filter((l) => CHART_LINE.test(l)) };
}

let browser: Browser;
const contexts: { context: BrowserContext; problems: PageProblems }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const { context, problems } of contexts.splice(0)) {
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [], pageErrors: [] });
  }
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext();
  const { page, problems } = await openWatchedPage(context);
  contexts.push({ context, problems });
  await page.goto(siteUrl(path));
  return page;
}

for (const [article, playgrounds] of Object.entries(PLAYGROUNDS)) {
  describe(`the ${article} playgrounds`, () => {
    it("the page has exactly these playgrounds", async () => {
      const page = await open(article);
      const ids = await page
        .locator("[data-playground]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-playground")));
      expect([...ids].sort()).toEqual(Object.keys(playgrounds).sort());
    });

    it.each(Object.entries(playgrounds))("%s runs in the browser and prints its committed output", async (id, file) => {
      const page = await open(article);
      const pg = page.locator(`[data-playground="${id}"]`);
      await pg.scrollIntoViewIfNeeded();
      await pg.locator(".cm-content").waitFor(WAIT);
      await pg.getByRole("button", { name: /^Run/ }).click();
      const status = pg.locator("[data-playground-status]");
      // The first run on this page view has ended (data-playground-runs counts ended runs), and it succeeded.
      await expect.poll(() => status.getAttribute("data-playground-runs"), WAIT).toBe("1");
      await expect(status.getAttribute("data-playground-status")).resolves.toBe("done");
      const want = expected(article, file);
      expect((await pg.getByRole("log").innerText()).trimEnd()).toBe(want.text);
      const charts = await pg
        .locator("[data-playground-chart] svg[role=img]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
      expect(charts).toEqual(want.charts);
    });
  });
}

describe("the activation explorer", () => {
  const range = (explorer: Locator) => explorer.locator("[data-activation-range]").textContent();
  const row = (explorer: Locator, x: string) =>
    explorer
      .locator("[data-activation-table] tbody tr")
      .filter({ has: explorer.page().locator(`th:text-is("${x}")`) })
      .locator("td")
      .allTextContents();

  it("is server-rendered with ReLU, its KaTeX formulas, range, plot and table", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(siteUrl("relu-hidden-layers"));
      const explorer = page.locator("[data-activation-explorer]");
      await expect(range(explorer)).resolves.toBe("[0, ∞)");
      await expect(explorer.locator(".katex-display").count()).resolves.toBe(2);
      await expect(explorer.getByRole("img", { name: "ReLU: f(x) and its derivative f′(x)" }).count()).resolves.toBe(1);
      await expect(row(explorer, "−4")).resolves.toEqual(["0", "0"]);
      await expect(row(explorer, "2")).resolves.toEqual(["2", "1"]);
    } finally {
      await context.close();
    }
  });

  it("changes activation and x from the keyboard, with numbers from core", async () => {
    const page = await open("relu-hidden-layers");
    const explorer = page.locator("[data-activation-explorer]");
    await explorer.scrollIntoViewIfNeeded();

    // The select is labelled and keyboard-operable: pick GELU by its label, then step to the next entry.
    const select = explorer.getByLabel("Activation", { exact: true });
    await select.selectOption({ label: "GELU (gelu)" });
    await expect.poll(() => range(explorer)).toBe("[≈ −0.17, ∞)");
    await expect(explorer.getByRole("img", { name: "GELU: f(x) and its derivative f′(x)" }).count()).resolves.toBe(1);
    // gelu(−4) = −0.000126685 and gelu′(−4) = −0.00050365 (exact GELU, PyTorch's default).
    await expect(row(explorer, "−4")).resolves.toEqual(["−0.000126685", "−0.00050365"]);

    // The x slider moves by 0.1 per arrow key: x = 1 → 1.1; gelu(1.1) = 0.950767, gelu′(1.1) = 1.10397.
    const slider = explorer.getByRole("slider");
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    const readout = explorer.locator("[data-activation-readout]");
    await expect.poll(() => readout.textContent()).toBe("f(1.1) = 0.950767, f′(1.1) = 1.10397");

    // Keyboard on the select: ArrowDown from GELU moves to the next registry entry (SiLU).
    await select.focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => select.inputValue()).toBe("silu");
    await expect.poll(() => range(explorer)).toBe("[≈ −0.2785, ∞)");
    // Scrolling to the explorer brings playgrounds near the viewport, and they load their editors and the
    // shared runner; let that finish so that closing the page does not abort a request.
    await page.waitForTimeout(500);
    for (const pg of await page.locator("[data-playground]:not([data-playground-ready])").all()) {
      await pg.locator(".cm-content").waitFor(WAIT);
    }
    const runner = page.locator("iframe[data-playground-runner]");
    if ((await runner.count()) > 0)
      await (await (await runner.elementHandle())?.contentFrame())?.waitForLoadState("load");
  });
});
