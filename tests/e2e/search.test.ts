import { describe, expect, it } from "vitest";
import { LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { holdScripts, setUpBrowser, siteUrl } from "./_browser";

const { open, visit, newPage } = setUpBrowser();

/** How a result's breadcrumb names each article. */
const ARTICLE_TITLES: Record<string, string> = {
  "f1-micro-average": "Why average='micro' in f1_score",
  "sigmoid-multiclass": "Why is sigmoid not used in multi-class classification?",
  "regression-output-activation": "Why use no activation on the output for regression",
  "relu-hidden-layers": "Why is ReLU used only on hidden layers?",
};

/** A query, the section it must find (as the result names it), and where following it lands. */
interface SearchCase {
  query: string;
  section: string;
  page: string;
  anchor: string;
}

const CASES: SearchCase[] = [
  // The four queries of issue 7.
  {
    query: "micro average",
    section: "› Micro-F1 is accuracy",
    page: "f1-micro-average",
    anchor: "micro-equals-accuracy",
  },
  { query: "dying relu", section: "Dying ReLU", page: "relu-hidden-layers", anchor: "dying-relu" },
  { query: "log-sum-exp", section: "Log-softmax and log-sum-exp", page: "sigmoid-multiclass", anchor: "log-softmax" },
  {
    query: "multi-label",
    section: "Multi-label classification",
    page: "sigmoid-multiclass",
    anchor: "multi-label",
  },
  // More words readers search for.
  {
    query: "bias",
    section: "The bias already handles the offset",
    page: "regression-output-activation",
    anchor: "bias-handles-offset",
  },
  {
    query: "temperature",
    section: "Calibration and temperature scaling",
    page: "sigmoid-multiclass",
    anchor: "temperature-scaling",
  },
];

describe("offline search", () => {
  it.each(CASES)(
    "typing $query finds $section and lands on $page #$anchor",
    async ({ query, section, page: path, anchor }) => {
      const page = await visit("");
      const input = page.locator("input.navbar__search-input");
      await input.click();
      await input.pressSequentially(query);
      // A result names its article in its breadcrumb and its section as its title or at the breadcrumb's end.
      const result = page.getByRole("option").filter({ hasText: ARTICLE_TITLES[path] }).filter({ hasText: section });
      await result.first().waitFor();
      await result.first().click();
      await page.waitForURL((url) => url.hash === `#${anchor}`);
      expect(new URL(page.url()).pathname).toBe(new URL(siteUrl(path)).pathname);
      // The reader lands on the section: its heading is rendered and scrolled into view, its top on screen.
      await page.locator(`[id="${anchor}"]`).waitFor();
      await page.waitForFunction((id) => {
        const r = document.getElementById(id)?.getBoundingClientRect();
        return r !== undefined && r.top >= 0 && r.top < window.innerHeight;
      }, anchor);
    },
  );
});

/** The navbar's search bar: the static one of the server's HTML, or the plugin's once loaded. */
const STATIC_BAR = "form.navbar__search";
const LOADED_BAR = "div.navbar__search";

/** Opens the landing page and types `query` into the static bar, the plugin's code requested and held. */
async function typeBeforeTheCode(query: string) {
  const page = await open("");
  const scripts = await holdScripts(page);
  const input = page.locator("input.navbar__search-input");
  await input.click();
  await input.pressSequentially(query);
  // Still the static bar, with the code requested and held: the reader typed before it arrived.
  await expect.poll(() => scripts.held().length).toBeGreaterThan(0);
  expect(await page.locator(STATIC_BAR).count()).toBe(1);
  return { page, input, scripts };
}

describe("the navbar search bar, loaded at the first sign of interest", () => {
  it("a page starts with the static bar; the pointer over it loads the plugin's bar, which then finds results", async () => {
    const page = await visit("");
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    expect(await page.locator(STATIC_BAR).count()).toBe(1);
    expect(await page.locator(LOADED_BAR).count()).toBe(0);
    await page.locator(`${STATIC_BAR} input`).hover();
    await page.locator(`${LOADED_BAR} input.navbar__search-input`).waitFor();
    expect(await page.locator(STATIC_BAR).count()).toBe(0);
    const input = page.locator("input.navbar__search-input");
    await input.click();
    await input.pressSequentially("dying relu");
    await page.getByRole("option").filter({ hasText: "Dying ReLU" }).first().waitFor();
  });

  it("a query typed before the code arrives is kept, with the focus, and its results open with no further key", async () => {
    const { page, input, scripts } = await typeBeforeTheCode("dying relu");
    await scripts.release();
    await page.getByRole("option").filter({ hasText: "Dying ReLU" }).first().waitFor();
    expect(await page.locator(LOADED_BAR).count()).toBe(1);
    expect(await input.inputValue()).toBe("dying relu");
    // The keys that follow go on where the reader left off.
    await page.keyboard.type(" units");
    expect(await input.inputValue()).toBe("dying relu units");
  });

  it("Ctrl+K focuses the static bar and loads the plugin's, which keeps the focus", async () => {
    const page = await visit("relu-hidden-layers");
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    // The same hint as the plugin's bar shows, from the first paint after hydration.
    expect(await page.locator(`${STATIC_BAR} kbd`).allTextContents()).toEqual(["ctrl", "K"]);
    await page.keyboard.press("Control+k");
    await page.locator(`${LOADED_BAR} input.navbar__search-input`).waitFor();
    await page.waitForFunction(() => document.activeElement?.matches(".navbar__search input") === true);
    await page.keyboard.type("temperature");
    await page.getByRole("option").filter({ hasText: "Calibration and temperature scaling" }).first().waitFor();
  });

  it("Enter before the code arrives opens the search page for the query", async () => {
    const { page, input, scripts } = await typeBeforeTheCode("dying relu");
    await input.press("Enter");
    await page.waitForURL((url) => url.pathname === new URL(siteUrl("search")).pathname);
    expect(new URL(page.url()).searchParams.get("q")).toBe("dying relu");
    await scripts.release();
    await page.locator('article a[href$="relu-hidden-layers#dying-relu"]').first().waitFor();
  });

  it("without JavaScript the bar is a form that opens the search page for the query", async () => {
    const page = await visit("", { javaScriptEnabled: false });
    const input = page.locator(`${STATIC_BAR} input[name="q"]`);
    await input.fill("dying relu");
    await input.press("Enter");
    await page.waitForURL((url) => url.pathname === new URL(siteUrl("search")).pathname);
    expect(new URL(page.url()).searchParams.get("q")).toBe("dying relu");
    // The address the form sends to is one the search page answers once its code runs.
    const withJs = await open(`search?${new URLSearchParams({ q: "dying relu" })}`);
    await withJs.locator('article a[href$="relu-hidden-layers#dying-relu"]').first().waitFor();
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 800, height: 900 },
    { width: 390, height: 800 },
  ]) {
    it(`the plugin's bar takes the static bar's place without moving it (${viewport.width}px wide)`, async () => {
      const page = await newPage({ viewport });
      await page.addInitScript(() => {
        const shifts: { at: number; moved: string[] }[] = [];
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { sources: { node?: Node | null }[] })[]) {
            const moved = e.sources
              .map((s) => (s.node instanceof Element ? s.node : s.node?.parentElement))
              .filter((el) => el?.closest(".navbar") != null)
              .map((el) => `${el?.tagName.toLowerCase()}.${el?.className}`);
            if (moved.length > 0) shifts.push({ at: e.startTime, moved });
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(siteUrl("relu-hidden-layers"));
      await page.locator('html[data-has-hydrated="true"]').waitFor();
      await page.locator(`html[${LAID_OUT}]`).waitFor();
      /** The boxes of the bar and its parts, and the navbar's items around it. */
      const boxes = () =>
        page.evaluate(async () => {
          await document.fonts.ready;
          const box = (el: Element | null) => {
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10);
          };
          const bar = document.querySelector(".navbar__search");
          return {
            bar: box(bar),
            icon: box(bar?.querySelector("svg") ?? null),
            input: box(bar?.querySelector("input") ?? null),
            hints: box(bar?.querySelector("kbd")?.parentElement ?? null),
            navbar: [...document.querySelectorAll(".navbar__inner > * > *")].map(box),
            // What the reader sees of the input: its look, not only its place.
            inputStyle: (() => {
              const input = bar?.querySelector("input");
              if (!input) return null;
              const s = getComputedStyle(input);
              return [s.backgroundColor, s.color, s.borderRadius, s.fontSize, s.padding, s.width];
            })(),
          };
        });
      const before = await boxes();
      expect(before.input).not.toBeNull();
      const interested = await page.evaluate(() => performance.now());
      await page.locator(`${STATIC_BAR} input`).hover();
      await page.locator(`${LOADED_BAR} input.navbar__search-input`).waitFor();
      expect(await boxes()).toEqual(before);
      // The pointer over it loads the index too, and the autocomplete then takes over the input.
      await page.locator(`${LOADED_BAR} input[role="combobox"]`).waitFor();
      expect(await boxes()).toEqual(before);
      const shifts = await page.evaluate(
        () => (window as unknown as { shifts: { at: number; moved: string[] }[] }).shifts,
      );
      expect(shifts.filter((s) => s.at >= interested)).toEqual([]);
    });
  }
});
