import { describe, expect, it } from "vitest";
import { ARTICLES, markFocusables } from "./_axe";
import { comeNear, setUpBrowser } from "./_browser";

const { visit } = setUpBrowser();

describe("keyboard", () => {
  it.each(ARTICLES)("a Tab walk through /%s reaches every link, button and control", async (path) => {
    const page = await visit(path, { viewport: { width: 1280, height: 900 } });
    // Every lazy widget (a playground) swaps its static fallback for the live controls near the
    // viewport: bring each there first and wait for its editor, so that the walk meets the live page.
    for (const pg of await page.locator("[data-playground]").all()) {
      await comeNear(pg);
      await pg.locator(".cm-content").waitFor();
    }
    // The same for the widgets that go live as the reader comes near (their markup is replaced).
    for (const widget of ["[data-activation-explorer]", '[data-widget="averaging-explorer"]']) {
      if ((await page.locator(widget).count()) === 0) continue;
      await page.locator(widget).scrollIntoViewIfNeeded();
      await page.locator(`${widget}[data-live]`).waitFor();
    }
    // The navbar's static search bar gives way to the plugin's at the first sign of interest (focus
    // included), so a Tab onto it could land on an input the walk never marked: bring the plugin's in first.
    await page.locator("form.navbar__search").hover();
    await page.locator("div.navbar__search input.navbar__search-input").waitFor();
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.mouse.click(1, 1);
    // At the top, the "back to top" button fades out (it is not a Tab stop then): mark the page once it has.
    await page.locator(".theme-back-to-top-button").waitFor({ state: "hidden" });
    const focusables = await markFocusables(page);
    expect(focusables.length).toBeGreaterThan(10);
    // The page notes each marked element that gets focus, so the walk presses Tab without asking where
    // focus is after each press (one round trip a step, not two), and looks every few steps.
    await page.evaluate(() => {
      const reached = new Set<string>();
      (window as unknown as { kbdReached: Set<string> }).kbdReached = reached;
      document.addEventListener("focusin", (e) => {
        const at = (e.target as HTMLElement | null)?.dataset?.kbd;
        if (at !== undefined) reached.add(at);
      });
    });
    const reachedNow = () => page.evaluate(() => [...(window as unknown as { kbdReached: Set<string> }).kbdReached]);
    let reached = new Set<string>();
    // Every element can be reached at most once per walk; allow generous room for unmarked stops.
    for (let step = 1; step <= focusables.length * 3 + 20; step++) {
      await page.keyboard.press("Tab");
      if (step % 20 !== 0) continue;
      reached = new Set(await reachedNow());
      if (reached.size === focusables.length) break;
    }
    reached = new Set(await reachedNow());
    const missed = focusables.filter((_, i) => !reached.has(String(i)));
    expect(missed).toEqual([]);
  });
});
