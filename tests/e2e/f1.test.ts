// The F1-averages article in the production build: the averaging explorer recomputes every score when the
// reader edits the confusion matrix, picks a preset or changes zero_division. (Its playgrounds are run by
// articles.test.ts.) Nothing may leave localhost or log an error.
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { setUpBrowser } from "./_browser";

const PAGE = "f1-micro-average";

const { visit } = setUpBrowser();

describe("the averaging explorer", () => {
  const f1 = (explorer: Locator, average: string) =>
    explorer
      .locator(`tr[data-average="${average}"] td`)
      .nth(average === "accuracy" ? 1 : 2)
      .textContent();

  it("is server-rendered with the majority baseline's scores", async () => {
    const page = await visit(PAGE, { javaScriptEnabled: false });
    const explorer = page.locator('[data-widget="averaging-explorer"]');
    // f1_score(["cat"]*70 + ["dog"]*20 + ["bird"]*10, ["cat"]*100, average=...) in scikit-learn 1.9.1
    await expect(f1(explorer, "micro")).resolves.toBe("0.700");
    await expect(f1(explorer, "macro")).resolves.toBe("0.275");
    await expect(f1(explorer, "weighted")).resolves.toBe("0.576");
  });

  it.each([
    ["a desktop with the table of contents", { width: 1280, height: 720 }],
    ["a phone", { width: 390, height: 844 }],
  ])(
    "lays its two tables out without overlap, inside its box, on %s, with three classes and six",
    async (_, viewport) => {
      const page = await visit(PAGE, { viewport });
      const explorer = page.locator('[data-widget="averaging-explorer"]');
      await explorer.scrollIntoViewIfNeeded();
      await page.locator('[data-widget="averaging-explorer"][data-live]').waitFor();
      for (const classes of [3, 6]) {
        for (let n = 3; n < classes; n++) await explorer.getByRole("button", { name: "Add a class" }).click();
        await expect.poll(() => explorer.locator("table").first().locator("tbody tr").count()).toBe(classes);
        // What shows of each table lies inside the explorer, and the two do not meet.
        const boxes = await explorer.evaluate((e) => {
          const rect = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
          // What of a table shows: its box, cut by each box around it that scrolls or clips.
          const shown = (t: Element) => {
            const r = rect(t);
            for (let a = t.parentElement; a && a !== e; a = a.parentElement) {
              if (getComputedStyle(a).overflowX === "visible") continue;
              const c = rect(a);
              Object.assign(r, {
                left: Math.max(r.left, c.left),
                right: Math.min(r.right, c.right),
                top: Math.max(r.top, c.top),
                bottom: Math.min(r.bottom, c.bottom),
              });
            }
            return r;
          };
          return { explorer: rect(e), columns: [...e.querySelectorAll("table")].map(shown) };
        });
        const [a, b] = boxes.columns;
        if (!a || !b) throw new Error("the explorer shows two tables");
        for (const c of [a, b]) {
          expect(c.left).toBeGreaterThanOrEqual(boxes.explorer.left);
          expect(c.right).toBeLessThanOrEqual(boxes.explorer.right);
        }
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, JSON.stringify(boxes.columns)).toBe(true);
      }
    },
  );

  it("recomputes when a count is edited, a preset is chosen and zero_division changes", async () => {
    const page = await visit(PAGE);
    const explorer = page.locator('[data-widget="averaging-explorer"]');
    await explorer.scrollIntoViewIfNeeded();
    // Its code loads as it comes near; the live explorer then takes the server's markup's place.
    await page.locator('[data-widget="averaging-explorer"][data-live]').waitFor();

    // Move the 20 dogs to the dog column: dog F1 becomes 1, macro rises to (2·70/150 + 1 + 0)/3.
    await explorer.getByLabel("true dog, predicted cat").fill("0");
    await explorer.getByLabel("true dog, predicted dog").fill("20");
    await expect.poll(() => f1(explorer, "macro")).toBe("0.644");
    await expect(f1(explorer, "micro")).resolves.toBe("0.900");
    await expect(f1(explorer, "accuracy")).resolves.toBe("0.900");

    // zero_division=1 gives the never-predicted bird precision 1 but leaves its F1 at 0.
    const bird = explorer
      .locator("tbody tr")
      .filter({ has: page.locator('th:text-is("bird")') })
      .last();
    await explorer.getByLabel("zero_division").selectOption("1");
    await expect.poll(() => bird.locator("td").nth(0).textContent()).toBe("1.000");
    await expect(bird.locator("td").nth(2).textContent()).resolves.toBe("0.000");

    // A preset, chosen by keyboard.
    await explorer.getByRole("button", { name: "Balanced classes, equally good" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => f1(explorer, "micro")).toBe("0.878");
    await expect(f1(explorer, "accuracy")).resolves.toBe("0.878");
  });

  it("starts without its code, and goes live with the counts the reader typed before", async () => {
    const page = await visit(PAGE);
    const explorer = page.locator('[data-widget="averaging-explorer"]');
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    expect(await page.locator('[data-widget="averaging-explorer"][data-live]').count()).toBe(0);
    // Before the code arrives (one task: it cannot have), the reader focuses a count and types 0 into it.
    const cell = "true cat, predicted cat";
    await explorer.getByLabel(cell).evaluate((input: HTMLInputElement) => {
      input.focus();
      input.value = "0";
    });
    await page.locator('[data-widget="averaging-explorer"][data-live]').waitFor();
    await expect(explorer.getByLabel(cell).inputValue()).resolves.toBe("0");
    expect(await page.evaluate((label) => document.activeElement?.getAttribute("aria-label") === label, cell)).toBe(
      true,
    );
    // And the scores are those of the edited matrix, as a fresh edit would give them.
    const typed = await f1(explorer, "micro");
    await explorer.getByLabel(cell).fill("1");
    await explorer.getByLabel(cell).fill("0");
    await expect.poll(() => f1(explorer, "micro")).toBe(typed);
  });
});
