import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { editorsLoaded, setUpBrowser, sitemapPaths } from "./_browser";

const ARTICLES = ["relu-hidden-layers", "sigmoid-multiclass", "regression-output-activation", "f1-micro-average"];
const paths = sitemapPaths();

const { open } = setUpBrowser();

/**
 * The one exception, and why: a live playground editor longer or wider than its box scrolls in
 * CodeMirror's `.cm-scroller`. Keyboard users reach it through Sandpack's focusable wrapper around it
 * (`role="textbox"`, Tab stops there, Enter starts editing and the caret scrolls the text, Escape
 * leaves), but the wrapper is the scroller's ancestor, and axe looks for a focusable element inside
 * it. `playground.test.ts` checks that keyboard path. Every other scrollable region must pass.
 */
function withoutEditorScroller<V extends { id: string; nodes: { target: unknown[] }[] }>(violation: V): V {
  if (violation.id !== "scrollable-region-focusable") return violation;
  return { ...violation, nodes: violation.nodes.filter((n) => !String(n.target.at(-1)).endsWith(".cm-scroller")) };
}

describe("accessibility (axe-core)", () => {
  for (const theme of ["light", "dark"] as const) {
    it.each(paths)(`/%s in ${theme} mode has no serious or critical violation`, async (path) => {
      const page = await open(path, { colorScheme: theme });
      expect(await page.getAttribute("html", "data-theme")).toBe(theme);
      // axe reads colour contrast from what is painted where: check the page once every block has its
      // real size (plugins/deferred-layout finishes the layout in idle time after load).
      await page.locator(`html[${LAID_OUT}]`).waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(withoutEditorScroller)
        .filter((v) => v.nodes.length > 0)
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(serious).toEqual([]);
    });
  }
});

/** Marks every element a keyboard user must be able to reach, and returns how many there are. */
function markFocusables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      "a[href]",
      "button:not([disabled])",
      "input:not([disabled]):not([type=hidden])",
      "select:not([disabled])",
      "textarea:not([disabled])",
      "summary",
      "[tabindex]:not([tabindex='-1'])",
      "[contenteditable='true']",
    ].join(",");
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !el.closest("[inert], [aria-hidden='true']") &&
        el.checkVisibility({ visibilityProperty: true }) &&
        el.getClientRects().length > 0,
    );
    return all.map((el, i) => {
      el.dataset.kbd = String(i);
      return `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 50)}`;
    });
  });
}

describe("keyboard", () => {
  it.each(ARTICLES)("a Tab walk through /%s reaches every link, button and control", async (path) => {
    const page = await open(path, { viewport: { width: 1280, height: 900 } });
    // A first walk scrolls every lazy widget (playgrounds) into view, so that each swaps its static
    // fallback for the live controls; the second walk is the one that must reach everything.
    let first: string | null = null;
    for (let step = 0; step < 2000; step++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(() => {
        const el = document.activeElement;
        return el && el !== document.body
          ? `${el.tagName}#${el.id}|${el.getAttribute("aria-label") ?? el.textContent?.slice(0, 40)}`
          : null;
      });
      if (step > 0 && at === first) break;
      if (step === 0) first = at;
    }
    await editorsLoaded(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.click(1, 1);
    const focusables = await markFocusables(page);
    expect(focusables.length).toBeGreaterThan(10);
    const reached = new Set<string>();
    // Every element can be reached at most once per walk; allow generous room for unmarked stops.
    for (let step = 0; step < focusables.length * 3 + 20; step++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? null);
      if (at !== null) reached.add(at);
      if (reached.size === focusables.length) break;
    }
    const missed = focusables.filter((_, i) => !reached.has(String(i)));
    expect(missed).toEqual([]);
  });
});
