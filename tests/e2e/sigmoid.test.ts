// The sigmoid-vs-softmax article in the production build: the softmax explorer recomputes its bars and sums
// when the reader moves a slider, types a logit, changes the temperature or picks a preset, by keyboard; its
// code loads as the reader comes near, and what they did to the server's markup before is kept.
// (Its playgrounds are run by articles.test.ts.)
// Every test also requires that nothing left localhost and nothing was logged as an error.
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { explore, formatProbability } from "../../src/components/SoftmaxExplorer/compute";
import { setUpBrowser } from "./_browser";

const PAGE = "sigmoid-multiclass";

const { visit } = setUpBrowser();
const openArticle = () => visit(PAGE);

describe("the softmax explorer", () => {
  const cell = (explorer: Locator, kind: string, k: number) =>
    explorer.locator(`tr[data-class="${k}"] [data-value="${kind}"]`).textContent();
  const sum = (explorer: Locator, kind: string) => explorer.locator(`[data-sum="${kind}"]`).textContent();

  it("is server-rendered with its starting numbers, computed by core", async () => {
    const page = await visit(PAGE, { javaScriptEnabled: false });
    const explorer = page.locator("[data-softmax-explorer]");
    // softmax([2, 1, 0.1]) = [0.659001, 0.242433, 0.0985659]; σ(2) + σ(1) + σ(0.1) = 2.136839
    await expect(cell(explorer, "softmax", 0)).resolves.toBe("0.6590");
    await expect(sum(explorer, "softmax")).resolves.toBe("1.0000");
    await expect(sum(explorer, "sigmoid")).resolves.toBe("2.1368");
    await expect(explorer.getByLabel("Logit z₁ (class 1)", { exact: true }).count()).resolves.toBe(1);
  });

  it("responds to the keyboard, typed values, the temperature and presets", async () => {
    const page = await openArticle();
    const explorer = page.locator("[data-softmax-explorer]");
    await explorer.scrollIntoViewIfNeeded();
    await page.locator("[data-softmax-explorer][data-live]").waitFor();

    // Arrow keys on the first slider: 2 → 2.1 → 2.2.
    const slider = explorer.getByLabel("Logit z₁ (class 1)", { exact: true });
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => explorer.locator('[data-input="z0"]').inputValue()).toBe("2.2");
    // softmax([2.2, 1, 0.1])₀ = 0.7024; the sigmoids still do not sum to 1.
    await expect.poll(() => cell(explorer, "softmax", 0)).toBe("0.7024");
    await expect(sum(explorer, "softmax")).resolves.toBe("1.0000");
    expect(await sum(explorer, "sigmoid")).not.toBe("1.0000");

    // Typing an exact logit.
    const z3 = explorer.getByLabel("Logit z₃ (class 3), exact value");
    await z3.fill("5");
    await expect.poll(() => explorer.locator('tr[data-class="2"] th').textContent()).toContain("argmax");

    // The temperature: T = 100 makes every softmax output close to 1/3.
    await explorer.getByLabel("Temperature T, exact value").fill("100");
    await expect.poll(() => cell(explorer, "softmax", 0)).toMatch(/^0\.3[23]\d\d$/);

    // A preset, chosen by keyboard: saturated sigmoids renormalize to a uniform 1/3.
    const preset = explorer.getByRole("button", { name: "Large logits [1000, 999, 998]" });
    await preset.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(explorer, "softmax", 0)).toBe("0.6652");
    await expect(cell(explorer, "sigmoid", 0)).resolves.toBe("1.0000");
    await expect(cell(explorer, "renormalized", 0)).resolves.toBe("0.3333");
    await expect(sum(explorer, "sigmoid")).resolves.toBe("3.0000");
  });

  it("starts without its code, and goes live where the reader left its sliders and boxes", async () => {
    const page = await openArticle();
    const explorer = page.locator("[data-softmax-explorer]");
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    expect(await page.locator("[data-softmax-explorer][data-live]").count()).toBe(0);
    // Before the code arrives (one task: it cannot have), the reader moves the second slider to 3, types
    // 0.5 into the temperature's box, and empties the first logit's box to type another number there.
    await explorer.evaluate((root) => {
      const input = (name: string) => root.querySelector(`input[data-input="${name}"]`) as HTMLInputElement;
      input("z1-range").value = "3";
      input("t").value = "0.5";
      input("z0").focus();
      input("z0").value = "";
    });
    await page.locator("[data-softmax-explorer][data-live]").waitFor();
    await expect(explorer.locator('[data-input="z0"]').inputValue()).resolves.toBe("");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-input"))).toBe("z0");
    await expect(explorer.locator('[data-input="z1"]').inputValue()).resolves.toBe("3");
    await expect(explorer.locator('[data-input="t"]').inputValue()).resolves.toBe("0.5");
    // The numbers are those of z = [2, 3, 0.1] at T = 0.5: the first logit keeps its value until it has another.
    const expected = explore([2, 3, 0.1], 0.5);
    for (const k of [0, 1, 2]) {
      await expect(cell(explorer, "softmax", k)).resolves.toBe(formatProbability(expected.softmax[k] as number));
    }
    await expect(sum(explorer, "sigmoid")).resolves.toBe(formatProbability(expected.sums.sigmoid));
    // And the reader goes on typing where they were.
    await page.keyboard.type("-1");
    const typed = explore([-1, 3, 0.1], 0.5);
    await expect.poll(() => cell(explorer, "softmax", 0)).toBe(formatProbability(typed.softmax[0] as number));
    await expect(explorer.locator('[data-input="z0"]').inputValue()).resolves.toBe("-1");
  });
});
