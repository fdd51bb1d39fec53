// Blocking time while a page starts, measured in Chromium rather than simulated: each page loads in a fresh
// context with the mobile viewport and a 4× CPU slowdown (Lighthouse's mobile settings, no network
// throttling), and the browser's own long tasks (PerformanceObserver "longtask") give the blocking time:
// the sum of each task's time over 50 ms, from first contentful paint to 10 s after navigation. Lighthouse's
// figure for the same thing is simulated from one trace and varies more between runs of one build than the
// changes it should judge (bench/RESULTS.md, Lighthouse section); this one is a median of real runs.
//
// Needs `npm run build` first. STARTUP_RUNS (default 5) loads a page; STARTUP_PAGES (comma-separated paths,
// "" for the landing page) measures some pages only. STARTUP_COMPARE=<another build directory> measures that
// build too, alternating the two builds load by load, so that a change is judged against the build before it
// in the same sitting: build it, copy build/ away, make the change, build again.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { table } from "./_harness.mjs";
import { baseUrl, hasBuild, serveSite } from "./_site.mjs";

export const title = "Blocking time at start-up, measured (mobile viewport, 4× CPU slowdown)";

const DEFAULT_PAGES = [
  "",
  "relu-hidden-layers",
  "sigmoid-multiclass",
  "regression-output-activation",
  "f1-micro-average",
  "reference/activations",
];
const WINDOW_MS = 10_000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One load of `url`: blocking time after first contentful paint, the longest task then, and the paint's time. */
async function load(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__tasks = [];
      w.__fcp = null;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
      }).observe({ type: "longtask", buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === "first-contentful-paint") w.__fcp = e.startTime;
      }).observe({ type: "paint", buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction((end) => performance.now() > end, WINDOW_MS, { polling: 500, timeout: 120_000 });
    const { tasks, fcp } = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      return { tasks: w.__tasks, fcp: w.__fcp };
    });
    const after = tasks.filter(([start]) => fcp !== null && start >= fcp && start < WINDOW_MS);
    return {
      blocking: after.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      longest: Math.max(0, ...after.map(([, duration]) => duration)),
      fcp: fcp ?? Number.NaN,
    };
  } finally {
    await context.close();
  }
}

export async function run() {
  if (!hasBuild()) return "Skipped: no production build in `build/`. Run `npm run build` before `npm run bench`.";
  const runs = Number(process.env.STARTUP_RUNS ?? 5);
  const pages = process.env.STARTUP_PAGES !== undefined ? process.env.STARTUP_PAGES.split(",") : DEFAULT_PAGES;
  const builds = [{ name: "build/", site: await serveSite({ compress: true }) }];
  if (process.env.STARTUP_COMPARE) {
    const dir = process.env.STARTUP_COMPARE;
    builds.push({ name: dir, site: await serveSite({ compress: true, buildDir: dir }) });
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const rows = [];
  try {
    for (const page of pages) {
      const results = builds.map(() => []);
      for (let i = 0; i < runs; i++) {
        // Alternating which build goes first, so neither always loads right after the other.
        const order = i % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
        for (const b of order) {
          results[b].push(await load(browser, `${builds[b].site.origin}${baseUrl()}${page}`));
        }
      }
      builds.forEach((build, b) => {
        const r = results[b];
        rows.push({
          page: `/${page}`,
          ...(builds.length > 1 ? { build: `\`${build.name}\`` } : {}),
          "blocking (ms), median": Math.round(median(r.map((x) => x.blocking))),
          "lowest – highest": `${Math.round(Math.min(...r.map((x) => x.blocking)))} – ${Math.round(Math.max(...r.map((x) => x.blocking)))}`,
          "longest task (ms), median": Math.round(median(r.map((x) => x.longest))),
          "first contentful paint (ms), median": Math.round(median(r.map((x) => x.fcp))),
        });
      });
    }
  } finally {
    await browser.close();
    for (const build of builds) build.site.server.close();
  }
  return [
    table(rows),
    "",
    `${runs} load(s) per page${builds.length > 1 ? " and build, the builds alternating" : ""}, each in a fresh browser context:`,
    "blocking time is the sum over long tasks of their time beyond 50 ms, from first contentful paint to 10 s",
    "after navigation (the browser's own long tasks, at a 4× CPU slowdown; served locally with gzip).",
  ].join("\n");
}
