// The sigmoid-vs-softmax article in the production build: the softmax explorer recomputes its bars and sums
// when the reader moves a slider, types a logit, changes the temperature or picks a preset, by keyboard; its
// code loads as the reader comes near, and what they did to the server's markup before is kept.
// (Its playgrounds are run by articles.test.ts.)
// Every test also requires that nothing left localhost and nothing was logged as an error.
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { explore, formatProbability } from "../../src/components/SoftmaxExplorer/compute";
import { comeNear, holdScripts, setUpBrowser } from "./_browser";

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
    await comeNear(explorer);
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
    // Before the code arrives (one task: it cannot have), the reader moves the second slider to 3, types 0.5
    // into the temperature's box, types 7 into the third logit's box and then moves its slider to 4 (the two do
    // not follow each other yet: the slider came last), and empties the first logit's box to type another.
    await explorer.evaluate((root) => {
      const change = (name: string, value: string) => {
        const input = root.querySelector(`input[data-input="${name}"]`) as HTMLInputElement;
        input.focus();
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      };
      change("z1-range", "3");
      change("t", "0.5");
      change("z2", "7");
      change("z2-range", "4");
      change("z0", "");
    });
    await page.locator("[data-softmax-explorer][data-live]").waitFor();
    await expect(explorer.locator('[data-input="z0"]').inputValue()).resolves.toBe("");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-input"))).toBe("z0");
    await expect(explorer.locator('[data-input="z1"]').inputValue()).resolves.toBe("3");
    await expect(explorer.locator('[data-input="z2"]').inputValue()).resolves.toBe("4");
    await expect(explorer.locator('[data-input="t"]').inputValue()).resolves.toBe("0.5");
    // The numbers are those of z = [2, 3, 4] at T = 0.5: the first logit keeps its value until it has another.
    const expected = explore([2, 3, 4], 0.5);
    for (const k of [0, 1, 2]) {
      await expect(cell(explorer, "softmax", k)).resolves.toBe(formatProbability(expected.softmax[k] as number));
    }
    await expect(sum(explorer, "sigmoid")).resolves.toBe(formatProbability(expected.sums.sigmoid));
    // And the reader goes on typing where they were.
    await page.keyboard.type("-1");
    const typed = explore([-1, 3, 4], 0.5);
    await expect.poll(() => cell(explorer, "softmax", 0)).toBe(formatProbability(typed.softmax[0] as number));
    await expect(explorer.locator('[data-input="z0"]').inputValue()).resolves.toBe("-1");
  });

  it("waits to go live while the box the reader is typing in holds a sign, not yet a number", async () => {
    const page = await openArticle();
    const explorer = page.locator("[data-softmax-explorer]");
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    const scripts = await holdScripts(page);
    // The reader clicks into the first logit's box (the widget's code is requested, and held) and types "-".
    const box = explorer.locator('[data-input="z0"]');
    await box.scrollIntoViewIfNeeded();
    await box.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("-");
    // A box whose text is not a number reads as empty: going live now would lose the sign.
    expect(await box.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
    const held = scripts.held();
    expect(held.length).toBeGreaterThan(0);
    const arrived = Promise.all(held.map((url) => page.waitForResponse(url)));
    await scripts.release();
    await arrived;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.locator("[data-softmax-explorer][data-live]").count()).toBe(0);
    // The reader types on: the box holds a number, and the live explorer takes it.
    await page.keyboard.type("5");
    await page.locator("[data-softmax-explorer][data-live]").waitFor();
    await expect(box.inputValue()).resolves.toBe("-5");
    const expected = explore([-5, 1, 0.1], 1);
    await expect(cell(explorer, "softmax", 0)).resolves.toBe(formatProbability(expected.softmax[0] as number));
    await page.keyboard.type("0");
    await expect.poll(() => box.inputValue()).toBe("-50");
  });
});
