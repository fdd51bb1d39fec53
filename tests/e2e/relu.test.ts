// The ReLU article's activation explorer in the production build: server-rendered, and it responds to the
// keyboard with numbers from core. (Its playgrounds are run by playgrounds.test.ts.) Nothing may leave
// localhost or log an error.
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setUpBrowser } from "./_browser";

const { open } = setUpBrowser();

describe("the activation explorer", () => {
  const range = (explorer: Locator) => explorer.locator("[data-activation-range]").textContent();
  const row = (explorer: Locator, x: string) =>
    explorer
      .locator("[data-activation-table] tbody tr")
      .filter({ has: explorer.page().locator(`th:text-is("${x}")`) })
      .locator("td")
      .allTextContents();

  it("is server-rendered with ReLU, its KaTeX formulas, range, plot and table", async () => {
    const page = await open("relu-hidden-layers", { javaScriptEnabled: false });
    const explorer = page.locator("[data-activation-explorer]");
    await expect(range(explorer)).resolves.toBe("[0, ∞)");
    await expect(explorer.locator(".katex-display").count()).resolves.toBe(2);
    await expect(explorer.getByRole("img", { name: "ReLU: f(x) and its derivative f′(x)" }).count()).resolves.toBe(1);
    await expect(row(explorer, "−4")).resolves.toEqual(["0", "0"]);
    await expect(row(explorer, "2")).resolves.toEqual(["2", "1"]);
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
  });
});
