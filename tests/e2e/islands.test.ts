// A reader who only reads gets the playgrounds and Python twins from the server's HTML: the page's start-up
// code has none of their texts, recordings or twins, nor the chart renderer or fflate; the page keeps the
// server's markup of them (src/components/Island). What needs them loads them: the editor, a run, Reset, a
// copy button, and a page rendered in the browser after a link inside the site. Every test also requires
// that nothing left localhost and nothing was logged as an error.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EXACT_LAYOUT, LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { comeNear, copies, holdScripts, recordScripts, setUpBrowser, siteUrl, WAIT } from "./_browser";

const SLUG = "relu-hidden-layers";
const docs = new URL("../../docs/", import.meta.url);
const CHART_LINE = /^\[(line|bar|heatmap|scatter) chart "(.*)"[:\]]/;
const { newPage, open } = setUpBrowser();

/** In the start-up code of a page before this change, and only in what loads later now. */
const LAZY_CODE = {
  fflate: "invalid block type",
  "the chart panel": "data-playground-chart",
  "the console panel": "Recorded when the site was built",
};

const read = (path: string) => readFileSync(new URL(path, docs), "utf8");
const trimEnd = (text: string) => text.replace(/\n$/, "");

/**
 * The longest line of `text` that a bundle would hold as it is (ASCII without quotes or backslashes, which
 * a bundle may escape), or null: a line that no other file has by chance.
 */
function telltale(text: string): string | null {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length >= 24 && /^[\x20-\x7e]+$/.test(l) && !/["'`\\]/.test(l));
  return lines.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** The committed output of an example: what the console shows, and the summaries of the charts drawn. */
function expectedOutput(example: string): { text: string; charts: string[] } {
  const lines = trimEnd(read(example.replace(/\.ts$/, ".output.txt"))).split("\n");
  return { text: lines.filter((l) => !CHART_LINE.test(l)).join("\n"), charts: lines.filter((l) => CHART_LINE.test(l)) };
}

/**
 * The page's requestIdleCallback never calls back: nothing it does in idle time happens (prefetching the pages
 * it links to, laying out far blocks), so what it requests is its own. Playgrounds are not held by this: each
 * loads its editor when touched, or when near the viewport once the reader has moved (a scroll counts).
 */
async function holdIdleCallbacks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => {} });
  });
}

/** The page's playgrounds: id, entry example (`<slug>/examples/<name>.ts`) and file names. */
async function playgroundsOf(page: Page): Promise<{ id: string; example: string; files: string[] }[]> {
  return page.locator("[data-playground]").evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute("data-playground") ?? "",
      example: el.getAttribute("data-playground-example") ?? "",
      files: [...el.querySelectorAll("[data-playground-file]")].map(
        (f) => f.getAttribute("data-playground-file") ?? "",
      ),
    })),
  );
}

const consoleText = (pg: Locator) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, its line breaks included
  pg.getByRole("log").evaluate((el) => (el as HTMLElement).innerText.trimEnd());
const chartLabels = (pg: Locator) =>
  pg
    .locator("[data-playground-chart] svg[role=img]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
/** The text of a code block as its lines show it (textContent: code off screen is not laid out). */
const codeText = (block: Locator) =>
  block
    .locator("pre code")
    .evaluate((code) => [...code.children].map((line) => (line.textContent ?? "").replace(/\n$/, "")).join("\n"));

describe("playgrounds and Python twins", () => {
  it("an article starts without the examples' texts, recordings or twins, the chart renderer or fflate", async () => {
    const page = await newPage();
    await holdIdleCallbacks(page);
    const scripts = recordScripts(page);
    await page.goto(siteUrl(SLUG), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    const playgrounds = await playgroundsOf(page);
    expect(playgrounds.length).toBeGreaterThan(5);
    // What each playground and twin shows, by a line of it a bundle would hold as it is.
    const shown = new Map<string, string>();
    for (const { files } of playgrounds) {
      for (const name of files) {
        const line = telltale(read(`${SLUG}/examples/${name}`));
        if (line) shown.set(`examples/${name}`, line);
      }
    }
    for (const { example } of playgrounds) {
      const title = expectedOutput(example).charts.map((c) => CHART_LINE.exec(c)?.[2] ?? "")[0];
      if (title) shown.set(`the recorded charts of ${example}`, title);
    }
    const twins = await page
      .locator("[data-python-twin]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-python-twin") ?? ""));
    expect(twins.length).toBeGreaterThan(2);
    for (const twin of twins) {
      const file = twin.replace(/^docs\//, "");
      for (const [what, text] of [
        [file, read(file)],
        [`${file}.output.txt`, read(`${file}.output.txt`)],
      ] as const) {
        const line = telltale(text);
        if (line) shown.set(what, line);
      }
    }
    expect(shown.size).toBeGreaterThan(20);

    const startup = await scripts();
    const found = (marks: Iterable<[string, string]>, among: { url: string; text: string }[]) =>
      [...marks].flatMap(([what, mark]) =>
        among.filter((s) => s.text.includes(mark)).map((s) => `${what} in ${s.url}`),
      );
    expect(startup.length).toBeGreaterThan(5);
    expect(found(shown, startup)).toEqual([]);
    expect(found(Object.entries(LAZY_CODE), startup)).toEqual([]);
    // The page shows them all the same: the server's markup, kept.
    for (const { id, example } of playgrounds) {
      const pg = page.locator(`[data-playground="${id}"]`);
      await expect(pg.locator("[data-playground-status]").getAttribute("data-playground-status")).resolves.toBe(
        "recorded",
      );
      expect(await chartLabels(pg)).toEqual(expectedOutput(example).charts);
    }

    // They arrive when needed: pointing at a playground loads its editor, its texts, its recording and the panels.
    const { id, files } = playgrounds.find((p) => expectedOutput(p.example).charts.length > 0) ?? { id: "", files: [] };
    const pg = page.locator(`[data-playground="${id}"]`);
    await pg.scrollIntoViewIfNeeded();
    await pg.locator("[data-playground-header] p").hover();
    await pg.locator(".cm-content").waitFor();
    const later = await scripts();
    const own = files.flatMap((name) => {
      const line = shown.get(`examples/${name}`);
      return line ? [[`examples/${name}`, line] as [string, string]] : [];
    });
    expect(own.length).toBeGreaterThan(0);
    expect(found(own, later)).toHaveLength(own.length);
    expect(found(Object.entries(LAZY_CODE), later).length).toBeGreaterThanOrEqual(3);
  });

  it("after a link inside the site, an article shows every playground's code and recorded output, and every twin", async () => {
    const page = await newPage();
    await holdIdleCallbacks(page);
    await page.goto(siteUrl(""), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    // A click from script, not the pointer: a reader who has not moved gets no editor near the viewport
    // (src/components/Island/readerMoves.ts), so every playground shows what the page itself loaded.
    await page
      .locator(`main a[href$="/${SLUG}"]`)
      .first()
      .evaluate((a: HTMLAnchorElement) => a.click());
    await page.waitForURL(new RegExp(`/${SLUG}$`));
    // The route renders once its chunk has loaded; rendered in the browser this time, each part then loads what it shows.
    await page.locator(".markdown [data-playground]").first().waitFor();
    // Every part laid out where it is, as when the address names a section (plugins/deferred-layout: one
    // off screen has no innerText): a scroll to each would be the reader's move that loads the editors.
    await page.evaluate((name) => document.documentElement.setAttribute(name, ""), EXACT_LAYOUT);
    const playgrounds = await playgroundsOf(page);
    expect(playgrounds.length).toBeGreaterThan(5);
    for (const { id, example, files } of playgrounds) {
      const pg = page.locator(`[data-playground="${id}"]`);
      const want = expectedOutput(example);
      await expect
        .poll(() => pg.locator("[data-playground-status]").getAttribute("data-playground-status"), WAIT)
        .toBe("recorded");
      expect(await consoleText(pg)).toBe(want.text);
      expect(await chartLabels(pg)).toEqual(want.charts);
      for (const name of files) {
        const block = pg.locator(`[data-playground-file="${name}"]`);
        await expect.poll(() => codeText(block), WAIT).toBe(trimEnd(read(`${SLUG}/examples/${name}`)));
      }
    }
    for (const twin of await page.locator("[data-python-twin]").all()) {
      const file = ((await twin.getAttribute("data-python-twin")) ?? "").replace(/^docs\//, "");
      await expect.poll(() => codeText(twin), WAIT).toBe(trimEnd(read(file)));
      await expect(twin.locator("figure pre").textContent()).resolves.toBe(trimEnd(read(`${file}.output.txt`)));
    }
  });

  it("the copy buttons of a hydrated twin and static playground copy their text", async () => {
    const page = await newPage({ clipboard: true });
    await holdIdleCallbacks(page);
    await page.goto(siteUrl(SLUG), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    // What the page copied last (the copy is asynchronous).
    const clipboard = async () => (await copies(page)).at(-1);
    const twin = page.locator("[data-python-twin]").first();
    const file = ((await twin.getAttribute("data-python-twin")) ?? "").replace(/^docs\//, "");
    // Clicked from script: the buttons show on hover, and a pointer over a playground would load its editor.
    const copy = twin.getByRole("button", { name: "Copy code to clipboard" });
    await copy.evaluate((b) => (b as HTMLElement).click());
    await expect.poll(clipboard).toBe(trimEnd(read(file)));
    const { id, files } = (await playgroundsOf(page))[0] ?? { id: "", files: [] };
    const block = page.locator(`[data-playground="${id}"] [data-playground-file="${files[0]}"]`);
    expect(await page.locator(`[data-playground="${id}"]`).getAttribute("data-playground-ready")).toBe("static");
    await block.getByRole("button", { name: "Copy code to clipboard" }).evaluate((b) => (b as HTMLElement).click());
    await expect.poll(clipboard).toBe(trimEnd(read(`${SLUG}/examples/${files[0]}`)));
  });

  it("Run in the static block runs at once and draws its output and charts", async () => {
    const page = await newPage();
    await holdIdleCallbacks(page);
    await page.goto(siteUrl(SLUG), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    const pg = page.locator('[data-playground="relu-vs-tanh"]');
    expect(await pg.getAttribute("data-playground-ready")).toBe("static");
    // The scroll below is a reader's move, after which playgrounds near the viewport load their editors: held
    // until Run has been pressed, so that the press is the static block's (once, on a busy machine, the editor
    // had taken its place, and the page moved between press and release: the docs sidebar was then the scroll
    // anchor, so blocks growing above moved the button; links.test.ts now holds the reader's place).
    const scripts = await holdScripts(page);
    await pg.scrollIntoViewIfNeeded();
    // The console's height now, and its lowest in any frame until the run ends: the server's console, then
    // the early run's, then the editor's keep the height the console had when Run was pressed.
    const full = await pg.evaluate((root) => {
      const height = () => root.querySelector('[role="log"]')?.getBoundingClientRect().height ?? 0;
      const w = window as unknown as { consoleLowest: number };
      w.consoleLowest = height();
      const frame = () => {
        w.consoleLowest = Math.min(w.consoleLowest, height());
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      return w.consoleLowest;
    });
    await pg.getByRole("button", { name: /^Run/ }).click();
    // Pressed in the static block: the editor could not have loaded.
    expect(await pg.locator("[data-playground-editor]").count()).toBe(0);
    await scripts.release();
    const status = pg.locator("[data-playground-status]");
    await expect.poll(() => status.getAttribute("data-playground-runs"), WAIT).toBe("1");
    await expect(status.getAttribute("data-playground-status")).resolves.toBe("done");
    const want = expectedOutput(`${SLUG}/examples/relu-vs-tanh.ts`);
    expect(await consoleText(pg)).toBe(want.text);
    expect(await chartLabels(pg)).toEqual(want.charts);
    const lowest = await page.evaluate(() => (window as unknown as { consoleLowest: number }).consoleLowest);
    expect(full).toBeGreaterThan(0);
    expect(lowest).toBeGreaterThanOrEqual(full - 0.5);
  });

  it("Reset after a run of edited code shows the recorded output and charts again", async () => {
    const page = await open(SLUG);
    const pg = page.locator('[data-playground="relu-decision-regions"]');
    const example = (await pg.getAttribute("data-playground-example")) ?? "";
    const want = expectedOutput(example);
    expect(want.charts.length).toBeGreaterThan(0);
    await comeNear(pg);
    await pg.locator(".cm-content").waitFor();
    await pg.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText('console.log("edited");');
    const status = pg.locator("[data-playground-status]");
    await pg.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => status.getAttribute("data-playground-runs"), WAIT).toBe("1");
    expect(await consoleText(pg)).toBe("edited");
    expect(await chartLabels(pg)).toEqual([]);

    await pg.getByRole("button", { name: "Reset" }).click();
    await expect.poll(() => status.getAttribute("data-playground-status")).toBe("recorded");
    expect(await consoleText(pg)).toBe(want.text);
    expect(await chartLabels(pg)).toEqual(want.charts);
    // Heatmaps are drawn again (on canvases, ../../src/components/Playground/charts/MapPicture.tsx), not left empty.
    if (want.charts.some((c) => c.startsWith("[heatmap"))) {
      await expect(
        pg.locator('[data-playground-chart="heatmap"] canvas').first().getAttribute("data-draws"),
      ).resolves.toMatch(/^[1-9]\d*$/);
    }
  });
});

/** An article's prose as the reader sees it: each block of `.markdown` and the short answer, by its text. */
const proseOf = (page: Page) =>
  page
    .locator(".markdown > :is(p, ul, ol, table, .katex-display), [data-short-answer] :is(p, pre)")
    .evaluateAll((els) => els.map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim()));

/** A run of plain words from `text` a bundle would hold as it is, if it held the text at all. */
const wordsOf = (text: string) =>
  text
    .split(/[^A-Za-z ]+/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0] ?? "";

describe("a reader who has not moved", () => {
  it("loads no editor or widget code, however near the viewport; the first scroll loads those near it", async () => {
    // In a window this tall, /f1-micro-average's first playground and its averaging explorer (about 11,900 px
    // down; the widget loads within a window's height below the window) are as near as the editor's and the
    // widget's margins reach. A section added above the explorer may need a taller window.
    const page = await newPage();
    await page.setViewportSize({ width: 1280, height: 6500 });
    const scripts = recordScripts(page);
    await page.goto(siteUrl("f1-micro-average"), { waitUntil: "load" });
    // Idle time has come and gone: the deferred layout's idle slices have all run.
    await page.locator(`html[${LAID_OUT}]`).waitFor(WAIT);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))),
    );
    const first = page.locator("[data-playground]").first();
    await expect(first.getAttribute("data-playground-ready")).resolves.toBe("static");
    expect(await page.locator('[data-widget="averaging-explorer"][data-live]').count()).toBe(0);
    const editor = (list: { text: string }[]) => list.filter((s) => s.text.includes("cm-content")).length;
    expect(editor(await scripts())).toBe(0);

    await page.mouse.wheel(0, 40);
    await first.locator(".cm-content").waitFor(WAIT);
    await page.locator('[data-widget="averaging-explorer"][data-live]').waitFor(WAIT);
    expect(editor(await scripts())).toBeGreaterThan(0);
    // Playgrounds far below stay as the server rendered them.
    await expect(page.locator("[data-playground]").last().getAttribute("data-playground-ready")).resolves.toBe(
      "static",
    );
  });
});

describe("prose", () => {
  it("an article starts without its prose: the page shows the server's text, and no script holds it", async () => {
    const page = await newPage();
    // No idle-time prefetch of other pages' code (the landing page's holds every short answer).
    await holdIdleCallbacks(page);
    const scripts = recordScripts(page);
    await page.goto(siteUrl(SLUG), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    const prose = await proseOf(page);
    expect(prose.length).toBeGreaterThan(40);
    // The short answer and the longest paragraphs, by a run of their words.
    const marks = [prose[0] ?? "", ...[...prose].sort((a, b) => b.length - a.length).slice(0, 5)].map(wordsOf);
    for (const mark of marks) expect(mark.length).toBeGreaterThan(25);
    const startup = await scripts();
    expect(startup.length).toBeGreaterThan(5);
    expect(marks.filter((mark) => startup.some((s) => s.text.includes(mark)))).toEqual([]);
  });

  it("after a link inside the site, an article shows the prose the server rendered, and its explorer", async () => {
    const server = await newPage({ javaScriptEnabled: false });
    await server.goto(siteUrl(SLUG));
    const want = await proseOf(server);
    const page = await newPage();
    await page.goto(siteUrl(""), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    await page.locator(`main a[href$="/${SLUG}"]`).first().click();
    await page.waitForURL(new RegExp(`/${SLUG}$`));
    await expect.poll(() => proseOf(page), WAIT).toEqual(want);
    // The activation explorer has no markup to keep there: it loads at once.
    const explorer = page.locator("[data-activation-explorer][data-live]");
    await expect(explorer.locator("[data-activation-range]").textContent(WAIT)).resolves.toBe("[0, ∞)");
  });

  it.each([
    ["the prose", '.markdown > p a[href*="/sigmoid-multiclass#"]'],
    ["a playground's line of API links (an island too)", '[data-api-reference-link] a[href*="/reference/api/"]'],
  ])("a link in %s opens its page in the app, without a reload", async (_, selector) => {
    const page = await newPage();
    await page.goto(siteUrl(SLUG), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    const title = await page.locator("h1").textContent();
    const link = page.locator(selector).first();
    const href = (await link.getAttribute("href")) ?? "";
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}`.endsWith(href));
    await expect.poll(() => page.locator("h1").textContent(), WAIT).not.toBe(title);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  });
});

/**
 * Records, as the parser finishes and before the page's scripts run, the elements `selectors` match, and
 * at React's first commit (the hydration's, heard through the hook React reports commits to, which the page
 * gets here as a stand-in for the developer tools') how many of them React hydrated: a hydrated element
 * carries React's `__reactFiber$…` key, an island's content does not. Later commits may remove elements
 * (Docusaurus drops the wide-screen parts on a phone), which takes the key away again.
 */
async function hydratedOfServer(page: Page, selectors: Record<string, string>) {
  await page.addInitScript((all) => {
    let found: Record<string, Element[]> = {};
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      found = Object.fromEntries(Object.entries(all).map(([k, s]) => [k, [...document.querySelectorAll(s)]]));
    });
    const hydrated = (e: Element) => Object.keys(e).some((key) => key.startsWith("__reactFiber$"));
    let first: Record<string, { found: number; hydrated: number }> | undefined;
    Object.assign(window, {
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        checkDCE() {},
        onScheduleFiberRoot() {},
        onCommitFiberUnmount() {},
        onPostCommitFiberRoot() {},
        setStrictMode() {},
        onCommitFiberRoot() {
          first ??= Object.fromEntries(
            Object.entries(found).map(([k, es]) => [k, { found: es.length, hydrated: es.filter(hydrated).length }]),
          );
          Object.assign(window, { hydratedAtFirstCommit: first });
        },
      },
    });
  }, selectors);
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { hydratedAtFirstCommit: Record<string, { found: number; hydrated: number }> })
          .hydratedAtFirstCommit,
    );
}

describe("parts a hydrating browser keeps as the server's", () => {
  const WIDE_ONLY = {
    sidebar: ".theme-doc-sidebar-container .theme-doc-sidebar-menu a",
    toc: ".theme-doc-toc-desktop a",
    "API lines": "[data-api-reference-link] a",
  };

  /** The article at `width` px, and how many links of each part there were and were hydrated. */
  async function loadCounting(width: number) {
    const page = await newPage({ viewport: { width, height: 800 } });
    const counts = await hydratedOfServer(page, WIDE_ONLY);
    await page.goto(siteUrl(SLUG), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    const seen = await counts();
    for (const part of Object.values(seen)) expect(part.found).toBeGreaterThan(5);
    return { page, seen, hydrated: Object.values(seen).map((part) => part.hydrated) };
  }

  it("a phone hydrates neither the docs' sidebar nor the table of contents beside the article", async () => {
    const { page, hydrated } = await loadCounting(412);
    expect(hydrated).toEqual([0, 0, 0]);
    // Docusaurus drops both once hydrated. A page rendered in the browser (a link inside the site) does not
    // render them at all on a phone.
    const wideOnly = ".theme-doc-toc-desktop, .theme-doc-sidebar-container .theme-doc-sidebar-menu";
    await expect.poll(() => page.locator(wideOnly).count(), WAIT).toBe(0);
    await page.evaluate((selector) => {
      const seen = { wideOnly: 0 };
      Object.assign(window, { seen });
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element && (n.matches(selector) || n.querySelector(selector))) seen.wideOnly++;
      }).observe(document.body, { childList: true, subtree: true });
    }, wideOnly);
    await page.locator('.markdown > p a[href*="/sigmoid-multiclass#"]').first().click();
    await page.locator("h1", { hasText: "sigmoid" }).waitFor(WAIT);
    await page.locator(".markdown > p").first().waitFor(WAIT);
    expect(await page.evaluate(() => (window as unknown as { seen: { wideOnly: number } }).seen.wideOnly)).toBe(0);
    // A screen turned wide then gets them, working. (A screen that turns wide during the hydration itself
    // is not tested.)
    await page.setViewportSize({ width: 1280, height: 800 });
    const caret = page.locator(".theme-doc-sidebar-container button.menu__caret").first();
    await caret.waitFor(WAIT);
    const expanded = () => caret.getAttribute("aria-expanded");
    const before = await expanded();
    await caret.click();
    await expect.poll(expanded, WAIT).toBe(before === "true" ? "false" : "true");
    await page.locator(".markdown h2").nth(3).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await page.locator(".theme-doc-toc-desktop .table-of-contents__link--active").waitFor(WAIT);
  });

  it("a wide screen hydrates them, and both keep a playground's line of API links as the server's", async () => {
    const { seen, hydrated } = await loadCounting(1280);
    expect(hydrated).toEqual([seen.sidebar?.found, seen.toc?.found, 0]);
  });
});
