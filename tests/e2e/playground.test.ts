// The playground in the production build, in the system Chromium: it runs, edits change the output, an
// endless loop is stopped while the page keeps responding, errors name the reader's line, edits survive
// a reload, Reset restores, share links restore the code elsewhere, and it all works from the keyboard.
// Every test also requires that nothing left localhost and nothing was logged as an error.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EXACT_LAYOUT, LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { FONT_ICON } from "../../src/components/Playground/fontIcon";
import { comeNear, setUpBrowser, shownText, siteUrl, type VisitOptions, WAIT } from "./_browser";

const EXAMPLE = "softmax-stability";
const FILE = `${EXAMPLE}.ts`;
const PAGE = "sigmoid-multiclass";
const expectedOutput = readFileSync(
  new URL(`../../docs/${PAGE}/examples/${EXAMPLE}.output.txt`, import.meta.url),
  "utf8",
).trimEnd();
const { visit, newPage } = setUpBrowser();

/** The article in the file's tab, scrolled to the playground, its editor loaded. */
async function openPlayground(options: VisitOptions = {}): Promise<{ page: Page; pg: Locator }> {
  const page = await visit(PAGE, options);
  const pg = page.locator(`[data-playground="${EXAMPLE}"]`);
  await comeNear(pg);
  await pg.locator(".cm-content").waitFor();
  return { page, pg };
}

const consoleText = (pg: Locator) => shownText(pg.getByRole("log"));
const status = (pg: Locator) => pg.locator("[data-playground-status]");

/** The number of runs that have ended in the playground (0 before the first). */
const runsEnded = async (pg: Locator) => Number((await status(pg).getAttribute("data-playground-runs")) ?? 0);

/** Clicks Run, waits for that run to end with a status matching `expected`, returns the console's text. */
async function runAndWait(pg: Locator, expected: RegExp = /^(done|error)$/): Promise<string> {
  const before = await runsEnded(pg);
  await pg.getByRole("button", { name: /^Run/ }).click();
  await expect.poll(() => runsEnded(pg), WAIT).toBe(before + 1);
  await expect(status(pg).getAttribute("data-playground-status")).resolves.toMatch(expected);
  return consoleText(pg);
}

/**
 * Records in the page, as it changes, each text the playground's console shows and each status the
 * playground passes through: no state is missed however slowly the test gets to read them.
 */
async function watchPlayground(
  pg: Locator,
): Promise<{ texts: () => Promise<string[]>; statuses: () => Promise<string[]> }> {
  await pg.evaluate((el) => {
    const seen = { texts: [] as string[], statuses: [] as string[] };
    (el as unknown as { seen: typeof seen }).seen = seen;
    const note = () => {
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, its line breaks included
      const text = el.querySelector<HTMLElement>('[role="log"]')?.innerText ?? "";
      if (seen.texts.at(-1) !== text) seen.texts.push(text);
      const status = el.querySelector("[data-playground-status]")?.getAttribute("data-playground-status") ?? "";
      if (seen.statuses.at(-1) !== status) seen.statuses.push(status);
    };
    note();
    new MutationObserver(note).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const read = (key: "texts" | "statuses") => () =>
    pg.evaluate((el, k) => (el as unknown as { seen: Record<typeof k, string[]> }).seen[k], key);
  return { texts: read("texts"), statuses: read("statuses") };
}

/** Replaces the editor's whole text (without key-by-key typing, so no auto-closed brackets). */
async function replaceCode(page: Page, pg: Locator, code: string): Promise<void> {
  await pg.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

describe("a playground", () => {
  it("is server-rendered as highlighted code with the recorded output, readable without JavaScript", async () => {
    const page = await visit(PAGE, { javaScriptEnabled: false });
    const pg = page.locator(`[data-playground="${EXAMPLE}"]`);
    // The server's text (textContent): code off screen is not laid out (content-visibility), so has no innerText yet.
    await expect(pg.locator("pre code").first().textContent()).resolves.toContain("function naiveSoftmax");
    expect(await pg.locator("pre code span[class^=t]").count()).toBeGreaterThan(10);
    expect(await status(pg).getAttribute("data-playground-status")).toBe("recorded");
    expect((await consoleText(pg)).trimEnd()).toBe(expectedOutput);
  });

  it("loads the editor and the runner only when the playground nears the viewport", async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(siteUrl(PAGE));
    // Once the page has done its work after loading (in idle time, after the playgrounds start watching
    // the viewport), and two frames later (an IntersectionObserver reports at a frame).
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const pg = page.locator(`[data-playground="${EXAMPLE}"]`);
    expect(await pg.getAttribute("data-playground-ready")).toBe("static");
    expect(await page.locator("iframe[data-playground-runner]").count()).toBe(0);
    expect(requests.filter((u) => u.includes("/assets/playground/"))).toEqual([]);
    await comeNear(pg);
    await pg.locator(".cm-content").waitFor();
    await expect(page.locator("iframe[data-playground-runner]").getAttribute("sandbox")).resolves.toBe("allow-scripts");
  });

  it("keeps its toolbar, code and console in place when the editor replaces the server-rendered block", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    // Every layout shift, with whether one of the elements that moved is in a playground.
    await page.addInitScript(() => {
      const shifts: { at: number; value: number; inPlayground: boolean; wrapButton: boolean; moved: string[] }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        })[]) {
          const inPlayground = e.sources.some((s) => s.node?.parentElement?.closest("[data-playground]") != null);
          // The server-rendered code block's buttons: its word-wrap button appears once the block is seen
          // and found wider than its box (src/theme/CodeBlock), whether or not the editor loads.
          const wrapButton = e.sources.every(
            (s) => s.node instanceof Element && s.node.matches(".theme-code-block [class*='buttonGroup']"),
          );
          // What moved, from where to where: says which part of the playground shifted when one does.
          const moved = e.sources.map((s) => {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            const at = (r: DOMRectReadOnly) =>
              `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
            return `${el?.tagName.toLowerCase()}.${el?.className} ${at(s.previousRect)} → ${at(s.currentRect)}`;
          });
          shifts.push({ at: e.startTime, value: e.value, inPlayground, wrapButton, moved });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(siteUrl(PAGE));
    await page.locator(`html[${LAID_OUT}]`).waitFor(WAIT);
    // The last playground: far below the first screen, so it is still the server's block when measured. Laid
    // out where it is, as it would be in view (plugins/deferred-layout: without it, the block has an
    // estimated height); a scroll would load the editor.
    const pg = page.locator("[data-playground]").last();
    await page.evaluate((name) => document.documentElement.setAttribute(name, ""), EXACT_LAYOUT);
    /** The boxes of the playground's parts, relative to its own corner, and whether it is still static. */
    const boxes = () =>
      pg.evaluate(async (el) => {
        await document.fonts.ready;
        const origin = el.getBoundingClientRect();
        const box = (part: Element | null) => {
          if (!part) return null;
          const r = part.getBoundingClientRect();
          return [r.x - origin.x, r.y - origin.y, r.width, r.height].map((v) => Math.round(v * 10) / 10);
        };
        return {
          ready: el.getAttribute("data-playground-ready"),
          playground: box(el),
          header: box(el.querySelector("[data-playground-header]")),
          buttons: [...el.querySelectorAll("[data-playground-toolbar] button")].map((b) => ({
            text: b.textContent?.trim(),
            disabled: b.getAttribute("aria-disabled") === "true" || b.hasAttribute("disabled"),
            box: box(b),
          })),
          code: box(el.querySelector("[aria-label='Code'], [data-playground-editor]")),
          console: box(el.querySelector("[role='log']")),
        };
      });
    const before = await boxes();
    expect(before.ready).toBe("static");
    expect(before.buttons.map((b) => [b.text, b.disabled])).toEqual([
      ["Run (Ctrl+Enter)", false],
      ["Stop", true],
      ["Reset", true],
      ["Share", true],
      ["Export for CodeSandbox", true],
    ]);
    // The pointer over the toolbar loads the editor (no click: a shift right after an input would not count).
    const activated = await page.evaluate(() => performance.now());
    await pg.locator("[data-playground-header] p").hover();
    await pg.locator(".cm-content").waitFor(WAIT);
    const after = await boxes();
    expect(after.ready).toBeNull();
    expect(after.buttons.find((b) => b.text === "Share")?.disabled).toBe(false);
    expect({ ...after, ready: "static", buttons: after.buttons.map((b) => b.box) }).toEqual({
      ...before,
      buttons: before.buttons.map((b) => b.box),
    });
    // No shift of anything in the playground from the moment the editor started loading.
    const shifts = await page.evaluate(
      () => (window as unknown as { shifts: { at: number; inPlayground: boolean; wrapButton: boolean }[] }).shifts,
    );
    expect(shifts.filter((s) => s.inPlayground && !s.wrapButton && s.at >= activated)).toEqual([]);
    // The loaded toolbar's icons are drawn shapes too: no button's text, label or title is drawn by a font.
    const labels = await pg
      .locator("button")
      .evaluateAll((bs) =>
        bs.map((b) => `${b.textContent} ${b.getAttribute("aria-label") ?? ""} ${b.getAttribute("title") ?? ""}`),
      );
    expect(labels.filter((l) => FONT_ICON.test(l))).toEqual([]);
    const icons = pg.locator("[data-playground-toolbar] button [data-icon][aria-hidden='true']");
    expect(await icons.count()).toBe(5);
    // Each an <svg> of one path, filling its box in the button's colour.
    const drawn = await icons.evaluateAll((is) =>
      is.map((i) => {
        const svg = i.querySelector(":scope > svg");
        const box = i.getBoundingClientRect();
        const drawnBox = svg?.getBoundingClientRect();
        return {
          paths: svg?.querySelectorAll("path").length,
          fills: svg ? getComputedStyle(svg).fill === getComputedStyle(i).color : false,
          fillsBox: drawnBox?.width === box.width && drawnBox?.height === box.height && box.width > 0,
        };
      }),
    );
    expect(drawn).toEqual(Array(5).fill({ paths: 1, fills: true, fillsBox: true }));
  });

  it("runs and prints the example's committed output", async () => {
    const { pg } = await openPlayground();
    expect((await runAndWait(pg, /^done$/)).trimEnd()).toBe(expectedOutput);
    expect(await pg.getByRole("log").getAttribute("aria-label")).toBe("Console output");
  });

  it("an edit changes the output, with numbers, matrices and console.table formatted", async () => {
    const { page, pg } = await openPlayground();
    await replaceCode(
      page,
      pg,
      [
        'import { softmax } from "@nn-explained/core";',
        "console.log(6 * 7, 1 / 3);",
        "console.log(softmax([[1, 2], [3, 30]]));",
        'console.table([{ a: 1, b: "x" }]);',
        'console.warn("careful");',
        'import { lineChart } from "@nn-explained/playground";',
        "const x = [-2, -1, 0, 1, 2];",
        'lineChart({ title: "ReLU", x, series: [{ name: "relu", y: x.map((v) => Math.max(0, v)) }] });',
      ].join("\n"),
    );
    const text = await runAndWait(pg, /^done$/);
    expect(text).toContain("42 0.333333");
    // Rows of a matrix line up, numbers right-aligned per column.
    expect(text).toContain("[[   0.268941, 0.731059],\n [1.87953e-12,        1]]");
    expect(text).toMatch(/│ \(index\) │ a +│ b +│/);
    await expect(shownText(pg.locator('[data-level="warn"]'))).resolves.toBe("careful");
    // The chart is drawn by the page as SVG, described for screen readers.
    const chart = pg.locator('[data-playground-chart="line"] svg[role="img"]');
    await expect(chart.getAttribute("aria-label")).resolves.toBe('[line chart "ReLU": relu; 5 points]');
    expect(await chart.locator("path").count()).toBe(1);
  });

  it("a seed sweep shows one progress line that counts the seeds while it runs, then its summary", async () => {
    const { page, pg } = await openPlayground();
    await replaceCode(
      page,
      pg,
      [
        'import { sweepSeeds } from "@nn-explained/playground";',
        // Each seed takes 100 ms of wall time, whatever the machine's load, so the run lasts 3 s.
        "const sweep = sweepSeeds(30, (seed) => {",
        "  const t = performance.now();",
        "  while (performance.now() - t < 100) {}",
        "  return seed % 3 === 0;",
        '}, { label: "demo" });',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: this is reader code, a template literal in a string
        "console.log(`effect in ${sweep.count((hit) => hit).text}`);",
      ].join("\n"),
    );
    const seen = await watchPlayground(pg);
    await pg.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => status(pg).getAttribute("data-playground-status"), WAIT).toBe("done");
    // While the worker was busy, the page already showed the line part-way.
    expect(await seen.texts()).toContainEqual(expect.stringMatching(/^demo: ([1-9]|[12]\d) of 30 seeds done$/m));
    await expect(consoleText(pg)).resolves.toBe("demo: 30 of 30 seeds done\neffect in 10 of 30 seeds");
    // One line, updated in place, with a progress bar hidden from screen readers (the text says it).
    expect(await pg.locator('[data-level="progress"]').count()).toBe(1);
    await expect(pg.locator('[data-level="progress"] progress').getAttribute("value")).resolves.toBe("30");
  });

  it("a new run keeps the console's height until it ends, so the page below does not jump", async () => {
    const { page, pg } = await openPlayground();
    // Eight lines, printed after a wait: a new run's console is empty for a while before they come.
    const eight =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the reader's code, with its own template literal
      'setTimeout(() => console.log(Array.from({ length: 8 }, (_, i) => `line ${i + 1}`).join("\\n")), 300);';
    await replaceCode(page, pg, eight);
    await runAndWait(pg, /^done$/);
    const log = pg.getByRole("log");
    const height = () => log.evaluate((el) => el.getBoundingClientRect().height);
    const full = await height();
    // The console's lowest height in any frame of the next run.
    await pg.evaluate((root) => {
      const w = window as unknown as { consoleLowest: number };
      w.consoleLowest = Number.POSITIVE_INFINITY;
      const frame = () => {
        const el = root.querySelector('[role="log"]');
        if (el) w.consoleLowest = Math.min(w.consoleLowest, el.getBoundingClientRect().height);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await runAndWait(pg, /^done$/);
    const lowest = await page.evaluate(() => (window as unknown as { consoleLowest: number }).consoleLowest);
    expect(lowest).toBeGreaterThanOrEqual(full - 0.5);
    // Once a run ends, the console fits what it printed.
    await replaceCode(page, pg, 'console.log("one");');
    await runAndWait(pg, /^done$/);
    expect(await height()).toBeLessThan(full / 2);
  });

  it("follows the site's dark mode", async () => {
    const { pg } = await openPlayground({ colorScheme: "dark" });
    const background = await pg
      .locator(".cm-editor")
      .evaluate((el) => getComputedStyle(el.closest(".sp-wrapper") ?? el).getPropertyValue("--sp-colors-surface1"));
    expect(background.trim()).toBe("#282a36");
  });

  it("an endless loop is stopped at the time limit while the page keeps responding, and the next run works", async () => {
    const { page, pg } = await openPlayground();
    await replaceCode(page, pg, 'console.log("before");\nwhile (true) {}\n');
    const seen = await watchPlayground(pg);
    await pg.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(seen.statuses, WAIT).toContain("running");
    // The page's main thread still answers while the loop spins in the worker.
    for (let i = 0; i < 3; i++) {
      await expect(page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r("frame"))))).resolves.toBe(
        "frame",
      );
    }
    await expect.poll(() => status(pg).getAttribute("data-playground-status"), WAIT).toBe("timeout");
    const text = await consoleText(pg);
    expect(text).toContain("before");
    expect(text).toContain("Time limit reached: the run was stopped after 5 s.");

    await replaceCode(page, pg, 'console.log("after");');
    await expect(runAndWait(pg, /^done$/)).resolves.toBe("after");
  });

  it("Stop ends a run at once", async () => {
    const { page, pg } = await openPlayground();
    await replaceCode(page, pg, "while (true) {}");
    await pg.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => status(pg).getAttribute("data-playground-status"), WAIT).toBe("running");
    await pg.getByRole("button", { name: "Stop" }).click();
    await expect(status(pg).getAttribute("data-playground-status")).resolves.toBe("stopped");
  });

  it("a thrown error shows its message and the reader's file and line", async () => {
    const { page, pg } = await openPlayground();
    await replaceCode(
      page,
      pg,
      [
        'import { softmax } from "@nn-explained/core";',
        "type Row = number[];",
        "function check(row: Row): Row {",
        "  if (row.length < 3) {",
        '    throw new RangeError("need three logits");',
        "  }",
        "  return softmax(row);",
        "}",
        "check([1, 2]);",
      ].join("\n"),
    );
    const text = await runAndWait(pg, /^error$/);
    expect(text).toBe(`Uncaught RangeError: need three logits\n    at ${FILE}:5`);

    await replaceCode(page, pg, "const x: number = ;\n");
    await expect(runAndWait(pg, /^error$/)).resolves.toMatch(
      new RegExp(`^Uncaught SyntaxError: .*\\n    at ${FILE}:1$`),
    );
  });

  it("reload keeps an edit, and Reset restores the original and its recorded output", async () => {
    const { page, pg } = await openPlayground();
    await replaceCode(page, pg, 'console.log("kept");');
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);
    await page.reload();
    await comeNear(pg);
    await pg.locator(".cm-content").waitFor();
    await expect(shownText(pg.locator(".cm-content"))).resolves.toBe('console.log("kept");');
    await expect(runAndWait(pg, /^done$/)).resolves.toBe("kept");

    await pg.getByRole("button", { name: "Reset" }).click();
    await expect.poll(() => shownText(pg.locator(".cm-content"))).toContain("function naiveSoftmax");
    expect(await status(pg).getAttribute("data-playground-status")).toBe("recorded");
    await page.reload();
    await comeNear(pg);
    await pg.locator(".cm-content").waitFor();
    await expect(shownText(pg.locator(".cm-content"))).resolves.toContain("function naiveSoftmax");
  });

  it("a Share link restores the code in a fresh browser context, marked as shared and not run", async () => {
    const { page, pg } = await openPlayground();
    await replaceCode(page, pg, 'console.log("shared code");');
    await pg.getByRole("button", { name: "Share" }).click();
    const link = await pg.locator("[data-playground-share-url]").inputValue();
    expect(link).toMatch(new RegExp(`#pg1\\.${EXAMPLE}\\.[\\w-]+$`));

    const fresh = await newPage();
    await fresh.goto(link);
    const shared = fresh.locator(`[data-playground="${EXAMPLE}"]`);
    await shared.locator(".cm-content").waitFor();
    await expect(shownText(shared.locator(".cm-content"))).resolves.toBe('console.log("shared code");');
    await expect(shared.locator("[data-playground-shared]").isVisible()).resolves.toBe(true);
    // Scrolled there, and not run: the console waits for the reader.
    await expect.poll(() => shared.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await status(shared).getAttribute("data-playground-status")).toBe("empty");
    await expect(runAndWait(shared, /^done$/)).resolves.toBe("shared code");
  });

  it("works from the keyboard: Tab into the editor, Escape to leave it, Ctrl+Enter to run", async () => {
    const { page, pg } = await openPlayground();
    const run = pg.getByRole("button", { name: /^Run/ });
    expect(await run.getAttribute("aria-keyshortcuts")).toContain("Control+Enter");
    await run.focus();
    // Sandpack's focusable wrapper around CodeMirror: Enter starts editing, Escape returns here.
    const editor = pg.locator(`[role="textbox"][tabindex="0"][aria-label="Code Editor for ${FILE}"]`);
    // Tab through the toolbar until the editor has focus.
    for (let i = 0; i < 10 && !(await editor.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(editor.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText('console.log("typed");');
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => runsEnded(pg), WAIT).toBe(1);
    await expect(status(pg).getAttribute("data-playground-status")).resolves.toBe("done");
    await expect(consoleText(pg)).resolves.toBe("typed");
    // Escape leaves the text, and Tab then moves focus out of the editor instead of indenting.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await pg.locator(".cm-content").evaluate((el) => el.contains(document.activeElement))).toBe(false);
    await expect(shownText(pg.locator(".cm-content"))).resolves.toBe('console.log("typed");');
  });
});
