// Playground latency in headless Chromium against the production build (build/, from `npm run build`):
// - warm: Run clicked on a playground whose editor and runner are loaded, until its output is shown;
// - cold: a fresh browser context (empty cache) clicks the server-rendered Run button of a playground the
//   page has not loaded yet, until its output is shown (Sandpack, the runner iframe and its worker all
//   load in between).
// Times are taken inside the page (performance.now), from the click to the console's update.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { ms, table } from "./_harness.mjs";
import { baseUrl, hasBuild, serveSite } from "./_site.mjs";

export const title = "Playground: Run to output (warm) and first interaction to first output (cold)";

const PAGE = "sigmoid-multiclass";
const PLAYGROUND = "softmax-stability";
const WARM_RUNS = 21;
const COLD_RUNS = 7;
const IDLE_MS = 400;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Clicks the playground's Run button in the page and resolves with the ms until that run's end is shown. */
function clickRunAndTime(page) {
  return page.evaluate((id) => {
    const pg = document.querySelector(`[data-playground="${id}"]`);
    const status = () => pg.querySelector("[data-playground-runs]");
    const before = Number(status()?.getAttribute("data-playground-runs") ?? 0);
    return new Promise((resolve) => {
      const t0 = performance.now();
      const done = () => {
        const s = status();
        if (
          s &&
          Number(s.getAttribute("data-playground-runs")) > before &&
          pg.querySelector("[role=log]").textContent
        ) {
          observer.disconnect();
          resolve(performance.now() - t0);
        }
      };
      const observer = new MutationObserver(done);
      observer.observe(pg, { subtree: true, childList: true, attributes: true, characterData: true });
      [...pg.querySelectorAll("button")].find((b) => b.textContent.includes("Run"))?.click();
    });
  }, PLAYGROUND);
}

export async function run() {
  if (!hasBuild()) return "Skipped: no production build. Run `npm run build` first.";
  const { origin, server } = await serveSite();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const url = `${origin}${baseUrl()}${PAGE}`;
    // Warm: one page, editor and runner loaded, one run to warm up.
    const page = await browser.newPage();
    await page.goto(url);
    const pg = page.locator(`[data-playground="${PLAYGROUND}"]`);
    await pg.scrollIntoViewIfNeeded();
    await pg.locator(".cm-content").waitFor();
    await clickRunAndTime(page);
    const warm = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      // A reader's runs are seconds apart: leave the runner the moment it takes to prepare its next worker.
      await page.waitForTimeout(IDLE_MS);
      warm.push(await clickRunAndTime(page));
    }

    // Cold: a new context per sample, so nothing is cached; the page is at its top, the playground static.
    const cold = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(url, { waitUntil: "load" });
      await p
        .locator(`[data-playground="${PLAYGROUND}"][data-playground-ready="static"]`)
        .waitFor({ state: "attached" });
      cold.push(await clickRunAndTime(p));
      await context.close();
    }
    const rows = [
      {
        measure: "Run → output, warm playground",
        median: ms(median(warm)),
        min: ms(Math.min(...warm)),
        max: ms(Math.max(...warm)),
        runs: WARM_RUNS,
        goal: "≤ 50 ms",
      },
      {
        measure: "first click → first output, cold page",
        median: ms(median(cold)),
        min: ms(Math.min(...cold)),
        max: ms(Math.max(...cold)),
        runs: COLD_RUNS,
        goal: "≤ 1.5 s",
      },
    ];
    return [
      table(rows),
      "",
      `Page \`/${PAGE}\`, playground \`${PLAYGROUND}\` (prints four arrays; imports core). Warm runs, ${IDLE_MS} ms`,
      "apart, reuse the page's runner iframe but each gets a fresh worker (prepared while idle: core loaded, the",
      "transpiler warmed). Cold runs click the server-rendered Run button of a playground not loaded yet, in a new",
      "browser context each time (Sandpack, the runner page and its worker load in between).",
    ].join("\n");
  } finally {
    await browser.close();
    server.close();
  }
}
