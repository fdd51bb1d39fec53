// Every playground of the four articles, run in headless Chromium against the production build: the
// time the runner reports for each run (a prepared worker receives the code, transpiles and runs it,
// until its end is posted), and how soon after pressing Run the reader first sees it: its first console
// line or chart. The goal (issues 4 and 15): each demo is seen within 300 ms, finished, or showing a
// progress line or its first picture while it goes on. A measurement, not a test: nothing fails here.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { ms, table } from "./_harness.mjs";
import { baseUrl, hasBuild, serveSite } from "./_site.mjs";

export const title = "Article demos: time to run each playground in the browser";

const ARTICLES = ["relu-hidden-layers", "sigmoid-multiclass", "regression-output-activation", "f1-micro-average"];
const RUNS = 5;
const IDLE_MS = 400;
const GOAL_MS = 300;
const WAIT = { timeout: 60_000 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Watches playground `id` from the next press of Run, and records how long after the press the run was
 * first seen in the page: its first console line (a progress line included) and its first chart (a figure
 * added, or redrawn in place). Read with `firstSeen(page)` after the run; null for what the run never showed.
 */
async function watchFirstSeen(page, id) {
  await page.evaluate((id) => {
    const root = document.querySelector(`[data-playground="${id}"]`);
    const state = { pressed: 0, output: null, picture: null };
    window.__firstSeen = state;
    const CHART = "figure[data-playground-chart]";
    const isChart = (n) => n instanceof Element && (n.matches(CHART) || n.querySelector(CHART));
    const inChart = (n) => (n instanceof Element ? n : n.parentElement)?.closest(CHART);
    const isLine = (n) => n instanceof Element && n.matches("[data-playground-console] > [data-level]");
    // A chart of this run: a figure added, or a change in a figure the run has drawn. A chart with an id that
    // the last run drew is held where it stands when Run is pressed (`data-playground-held`, ChartPanel.tsx)
    // until this run redraws it: marking it held is not a picture of this run, its redraw is.
    const isPicture = (r) => {
      if ([...r.addedNodes].some(isChart)) return true;
      const figure = inChart(r.target);
      return figure !== null && figure !== undefined && !figure.hasAttribute("data-playground-held");
    };
    const observer = new MutationObserver((records) => {
      if (!state.pressed) return;
      const at = performance.now() - state.pressed;
      if (state.picture === null && records.some(isPicture)) state.picture = at;
      if (state.output === null && records.some((r) => [...r.addedNodes].some(isLine))) state.output = at;
      if (state.picture !== null && state.output !== null) observer.disconnect();
    });
    document.addEventListener(
      "click",
      (e) => {
        if (root.contains(e.target)) state.pressed = performance.now();
      },
      { capture: true, once: true },
    );
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  }, id);
}
const firstSeen = (page) => page.evaluate(() => window.__firstSeen);

/** Clicks Run on playground `id` and resolves with the runner's time for that run, in ms. */
async function runOnce(page, id) {
  const pg = page.locator(`[data-playground="${id}"]`);
  const status = pg.locator("[data-playground-status]");
  const before = Number((await status.getAttribute("data-playground-runs")) ?? 0);
  await pg.getByRole("button", { name: /^Run/ }).click();
  await page.waitForFunction(
    ([sel, n]) => Number(document.querySelector(sel)?.getAttribute("data-playground-runs")) > n,
    [`[data-playground="${id}"] [data-playground-status]`, before],
    WAIT,
  );
  const outcome = await status.getAttribute("data-playground-status");
  if (outcome !== "done") throw new Error(`${id}: the run ended with status ${outcome}`);
  return Number(await status.getAttribute("data-playground-ms"));
}

export async function run() {
  if (!hasBuild()) return "Skipped: no production build. Run `npm run build` first.";
  const { origin, server } = await serveSite();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const rows = [];
  try {
    for (const slug of ARTICLES) {
      const page = await browser.newPage();
      await page.goto(`${origin}${baseUrl()}${slug}`);
      const ids = await page
        .locator("[data-playground]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-playground")));
      for (const id of ids) {
        const pg = page.locator(`[data-playground="${id}"]`);
        await pg.scrollIntoViewIfNeeded();
        await pg.locator(".cm-content").waitFor(WAIT);
        await runOnce(page, id); // the first run also loads the runner page; not counted
        const times = [];
        const seen = [];
        for (let i = 0; i < RUNS; i++) {
          await page.waitForTimeout(IDLE_MS);
          await watchFirstSeen(page, id);
          times.push(await runOnce(page, id));
          seen.push(await firstSeen(page));
        }
        const m = median(times);
        const medianOf = (key) => (seen.every((s) => s[key] !== null) ? median(seen.map((s) => s[key])) : null);
        const [output, picture] = [medianOf("output"), medianOf("picture")];
        // The goal: the reader sees the result, or the run going on (a progress line, the first picture of
        // a training that goes on drawing, with Stop at hand), within GOAL_MS of pressing Run.
        // Both are times in the page, React's rendering included; the runner's own time leaves that out.
        const firstSight = Math.min(output ?? Number.POSITIVE_INFINITY, picture ?? Number.POSITIVE_INFINITY);
        rows.push({
          demo: `${slug}/${id}`,
          "run, median": ms(m),
          "run, max": ms(Math.max(...times)),
          "first line": output === null ? "" : ms(output),
          "first picture": picture === null ? "" : ms(picture),
          [`seen ≤ ${GOAL_MS} ms`]: firstSight <= GOAL_MS ? "yes" : "**no**",
        });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const over = rows.filter((r) => r[`seen ≤ ${GOAL_MS} ms`] !== "yes").length;
  return [
    table(rows),
    "",
    `${RUNS} runs per playground, ${IDLE_MS} ms apart, after one run that loads the runner; the runner's own time`,
    "per run (code posted to a prepared worker until the worker's end reaches the runner page), desktop viewport,",
    'no CPU throttling. "first line" and "first picture": median time from the press of Run until the run\'s first',
    "console line (a sweep's progress line included) and its first chart are in the page, React's rendering",
    `included. The goal is to be seen within ${GOAL_MS} ms, by the first line or picture (a run's result included):`,
    `${over === 0 ? "every demo meets it" : `${rows.length - over} of ${rows.length} demos meet it`}.`,
  ].join("\n");
}
