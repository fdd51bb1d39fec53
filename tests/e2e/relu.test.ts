// The ReLU article's activation explorer in the production build: server-rendered, and it responds to the
// keyboard with numbers from core. (Its playgrounds are run by articles.test.ts.) Nothing may leave
// localhost or log an error.
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { setUpBrowser } from "./_browser";

const { visit } = setUpBrowser();

describe("the activation explorer", () => {
  const range = (explorer: Locator) => explorer.locator("[data-activation-range]").textContent();
  const row = (explorer: Locator, x: string) =>
    explorer
      .locator("[data-activation-table] tbody tr")
      .filter({ has: explorer.page().locator(`th:text-is("${x}")`) })
      .locator("td")
      .allTextContents();

  it("is server-rendered with ReLU, its KaTeX formulas, range, plot and table", async () => {
    const page = await visit("relu-hidden-layers", { javaScriptEnabled: false });
    const explorer = page.locator("[data-activation-explorer]");
    await expect(range(explorer)).resolves.toBe("[0, ∞)");
    await expect(explorer.locator(".katex-display").count()).resolves.toBe(2);
    await expect(explorer.getByRole("img", { name: "ReLU: f(x) and its derivative f′(x)" }).count()).resolves.toBe(1);
    await expect(row(explorer, "−4")).resolves.toEqual(["0", "0"]);
    await expect(row(explorer, "2")).resolves.toEqual(["2", "1"]);
  });

  it("changes activation and x from the keyboard, with numbers from core", async () => {
    const page = await visit("relu-hidden-layers");
    const explorer = page.locator("[data-activation-explorer]");
    await explorer.scrollIntoViewIfNeeded();
    // Its code loads as it comes near; the live explorer then takes the server's markup's place.
    await page.locator("[data-activation-explorer][data-live]").waitFor();

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
  });

  it("starts without its code, and goes live as the reader left the server's markup", async () => {
    const page = await visit("relu-hidden-layers");
    const explorer = page.locator("[data-activation-explorer]");
    // Far below the first screen: the widget is the server's markup, kept.
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    expect(await page.locator("[data-activation-explorer][data-live]").count()).toBe(0);
    // The reader reaches the list and picks tanh before the code has arrived (one task: it cannot have).
    await explorer.locator("[data-activation-select]").evaluate((select: HTMLSelectElement) => {
      select.focus();
      select.value = "tanh";
    });
    await page.locator("[data-activation-explorer][data-live]").waitFor();
    await expect(range(explorer)).resolves.toBe("(−1, 1)");
    await expect(explorer.getByRole("img", { name: "Tanh: f(x) and its derivative f′(x)" }).count()).resolves.toBe(1);
    await expect(explorer.locator("[data-activation-select]").inputValue()).resolves.toBe("tanh");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-activation-select"))).toBe(true);
  });
});
