// Grid charts (`heatmapChart`, `scatterChart`) redrawn while reader code trains.
// - In Node: what one frame costs each side of the runner: building the chart in the worker (validation,
//   one byte a cell), and the page's canvas pixels of a map (the server's PNG beside it); beside the peer
//   a naive renderer would use, one SVG <rect> a cell, in bytes and time.
// - In headless Chromium against the production build (needs `npm run build`): reader code that spends
//   20 ms a step "training" and redraws its charts after each step, for 3 s. Measured in the page: the
//   redraws per second of the first heatmap, the longest gap between animation frames (the longest the
//   page did not paint), and the Long Tasks API's tasks over 50 ms; from a trace of the same run, the
//   longest main-thread task's wall and CPU time and the most CPU any one task took. A measurement, not a test.

import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { ms, table, timeMedian } from "./_harness.mjs";
import { baseUrl, hasBuild, root, serveSite } from "./_site.mjs";

export const title = "Grid charts: cost of a frame, and redraws while training (64×64 grid, 500 points)";

const PAGE = "sigmoid-multiclass";
const PLAYGROUND = "softmax-stability";
const RUN_MS = 3000;
const STEP_MS = 20;
/** Between typing new code and pressing Run (a reader takes longer). */
const READER_PAUSE_MS = 1000;
const WAIT = { timeout: 120_000 };

const linspace = (a, b, n) => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

/** A chart module of the site (TypeScript in src/components/Playground/charts/), compiled for Node. */
async function loadChartModule(name) {
  const dir = `${root}/node_modules/.cache/bench`;
  mkdirSync(dir, { recursive: true });
  const out = await build({
    entryPoints: [`${root}/src/components/Playground/charts/${name}.ts`],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
  });
  const file = `${dir}/${name}.mjs`;
  writeFileSync(file, out.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

async function nodeTable() {
  const grid = await import(
    pathToFileURL(fileURLToPath(new URL("../packages/playground/dist/gridCharts.js", import.meta.url))).href
  );
  const colors = await import(
    pathToFileURL(fileURLToPath(new URL("../packages/playground/dist/chartColors.js", import.meta.url))).href
  );
  const { indexedPng, pngDataUrl } = await loadChartModule("indexedPng");
  const { levelsRgba } = await loadChartModule("mapLevels");
  const x = linspace(-2, 2, 64);
  const y = linspace(-2, 2, 64);
  const points = Array.from({ length: 500 }, (_, i) => [1.8 * Math.cos(i * 2.4), 1.8 * Math.sin(i * 1.7)]);
  const labels = points.map(([a, b]) => (a * b > 0 ? 1 : 0));
  const probs = y.map((b) => x.map((a) => [1 / (1 + Math.exp(-3 * a * b))]));
  const units = Array.from({ length: 8 }, (_, k) => ({
    name: `unit ${k + 1}`,
    z: y.map((b) => x.map((a) => Math.max(0, Math.sin(k) * a + Math.cos(k) * b))),
  }));
  const regions = grid.buildHeatmapChart({ x, y, z: probs, points, labels });
  const palette = colors.heatmapPalette("classes", 2);
  const levels = colors.decodeLevels(regions.maps[0]);
  const pixels = new Uint8ClampedArray(64 * 64 * 4);
  const png = () => pngDataUrl(indexedPng(colors.decodeLevels(regions.maps[0]), 64, 64, palette));
  // The peer: one <rect> a cell, as a naive SVG heatmap draws (colours from the same palette).
  const rects = () => {
    let s = "";
    for (let c = 0; c < levels.length; c++) {
      const l = levels[c] * 4;
      s += `<rect x="${c % 64}" y="${63 - Math.floor(c / 64)}" width="1" height="1" fill="rgba(${palette[l]},${palette[l + 1]},${palette[l + 2]},${(palette[l + 3] / 255).toFixed(2)})"/>`;
    }
    return s;
  };
  const rows = [
    {
      step: "worker: heatmapChart of 64×64 class scores + 500 points",
      median: ms(await timeMedian(() => grid.buildHeatmapChart({ x, y, z: probs, points, labels }))),
      bytes: JSON.stringify(regions).length,
    },
    {
      step: "worker: heatmapChart of 8 hidden-unit maps (64×64)",
      median: ms(await timeMedian(() => grid.buildHeatmapChart({ x, y, maps: units }))),
      bytes: JSON.stringify(grid.buildHeatmapChart({ x, y, maps: units })).length,
    },
    {
      step: "server: PNG data URL of one 64×64 map (the recorded picture)",
      median: ms(await timeMedian(png)),
      bytes: png().length,
    },
    {
      step: "page: one 64×64 map decoded and written as canvas pixels (ours, each redraw)",
      median: ms(await timeMedian(() => levelsRgba(colors.decodeLevels(regions.maps[0]), 64, 64, palette, pixels))),
      bytes: pixels.length,
    },
    {
      step: "peer: 4096 SVG <rect> elements of the same map",
      median: ms(await timeMedian(rects)),
      bytes: rects().length,
    },
  ];
  return table(rows);
}

/**
 * Reader code: a 20 ms training step, then a redraw of the charts, for RUN_MS. Each redraw changes the
 * picture's shape, not only its scale (a line chart fits its y axis to the data, so `p[0] * sin(t)` alone
 * would draw the same path for every t of one sign and the page would show no redraw to count).
 */
function readerCode(scenario) {
  const draw = {
    line: '  lineChart({ id: "peer", x: points.map((_, i) => i), series: [{ y: points.map((p) => p[0] * Math.sin(t) + p[1]) }] });',
    map: '  heatmapChart({ id: "regions", x, y, z: y.map((b) => x.map((a) => [1 / (1 + Math.exp(-(3 * a * b + Math.sin(t))))])), points, labels });',
  };
  return [
    'import { heatmapChart, lineChart } from "@nn-explained/playground";',
    "const x = Array.from({ length: 64 }, (_, i) => -2 + (4 * i) / 63);",
    "const y = x;",
    "const points = Array.from({ length: 500 }, (_, i) => [1.8 * Math.cos(i * 2.4), 1.8 * Math.sin(i * 1.7)]);",
    "const labels = points.map(([a, b]) => (a * b > 0 ? 1 : 0));",
    "const t0 = performance.now();",
    "let frame = 0;",
    "function step() {",
    `  const until = performance.now() + ${STEP_MS};`,
    "  while (performance.now() < until) {}",
    "  const t = frame++ / 20;",
    scenario === "line" ? draw.line : draw.map,
    scenario === "units"
      ? '  heatmapChart({ id: "units", x, y, points, labels, maps: Array.from({ length: 8 }, (_, k) => ({ name: `unit ${k + 1}`, z: y.map((b) => x.map((a) => Math.max(0, Math.sin(k + t) * a + Math.cos(k) * b))) })) });'
      : "",
    `  if (performance.now() - t0 < ${RUN_MS}) setTimeout(step, 0);`,
    "  else console.log(`emitted ${frame} frames`);",
    "}",
    "step();",
  ].join("\n");
}

/**
 * Runs `body` under a light trace (top-level tasks only) and returns its result with the page's main-thread
 * tasks: wall time and the thread's CPU time of each. On this 2-core machine the reader's worker holds one
 * core while it trains, so a task's wall time can be two or three times its CPU time: both are reported.
 */
async function withMainThreadTasks(page, body) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", { categories: "toplevel", transferMode: "ReportEvents" });
  const result = await body();
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  await done;
  cdp.off("Tracing.dataCollected", collect);
  await cdp.detach();
  // The page's main thread: of the renderers' main threads (the runner's sandboxed frame may have its own),
  // the one that worked most. The trace records top-level tasks only, to disturb the run as little as it can.
  const busy = new Map();
  const mains = new Set(
    events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && mains.has(thread))
      busy.set(thread, (busy.get(thread) ?? 0) + e.dur);
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const nested = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X" && e.name === "ThreadControllerImpl::RunTask")
    .sort((a, b) => a.ts - b.ts);
  const tasks = [];
  let end = -1;
  for (const e of nested) {
    if (e.ts < end) continue;
    tasks.push({ wall: e.dur / 1000, cpu: (e.tdur ?? 0) / 1000 });
    end = e.ts + e.dur;
  }
  if (tasks.length === 0) throw new Error("charts bench: the trace holds no task of the page's main thread");
  return { result, tasks };
}

async function browserRows(page, pg, label, scenario, { again = false } = {}) {
  if (!again) {
    await pg.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText(readerCode(scenario));
    // A reader looks at what they typed before pressing Run. Meanwhile the worker that will run it warms up
    // (src/components/Playground/runner/warmUp.ts: the editor's focus and keys told it a run may come).
    await page.waitForTimeout(READER_PAUSE_MS);
  }
  const before = Number((await pg.locator("[data-playground-status]").getAttribute("data-playground-runs")) ?? 0);
  const { result, tasks } = await withMainThreadTasks(page, () =>
    page.evaluate(
      ([id, before, watch]) =>
        new Promise((resolve) => {
          const pg = document.querySelector(`[data-playground="${id}"]`);
          const redraws = [];
          const longTasks = [];
          let maxGap = 0;
          let last = performance.now();
          let running = true;
          const tick = (now) => {
            maxGap = Math.max(maxGap, now - last);
            last = now;
            if (running) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          const po = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]);
          });
          po.observe({ type: "longtask" });
          // The picture shown now (a chart held from the last run, or none): a redraw is a picture after it.
          const picture = () => {
            const el = pg.querySelector(watch[0]);
            return (
              el &&
              watch
                .slice(1)
                .map((a) => el.getAttribute(a))
                .find((v) => v !== null)
            );
          };
          let href = picture();
          const mo = new MutationObserver(() => {
            const h = picture();
            if (h && h !== href) {
              href = h;
              redraws.push(performance.now());
            }
            const status = pg.querySelector("[data-playground-runs]");
            if (Number(status?.getAttribute("data-playground-runs")) > before) {
              running = false;
              mo.disconnect();
              po.disconnect();
              const emitted = Number(/emitted (\d+)/.exec(pg.querySelector("[role=log]").textContent)?.[1] ?? 0);
              resolve({ redraws, longTasks, maxGap, emitted });
            }
          });
          mo.observe(pg, { subtree: true, childList: true, attributes: true, characterData: true });
          [...pg.querySelectorAll("button")].find((b) => b.textContent.includes("Run"))?.click();
        }),
      [
        PLAYGROUND,
        before,
        scenario === "line"
          ? ['[data-playground-chart="line"] path', "d"]
          : // The first map's picture: a PNG <image> at first, then a <canvas> counting its draws.
            ['[data-playground-chart="heatmap"] :is(image, canvas)', "href", "data-draws"],
      ],
    ),
  );
  await page.waitForFunction(
    ([sel, n]) => Number(document.querySelector(sel)?.getAttribute("data-playground-runs")) > n,
    [`[data-playground="${PLAYGROUND}"] [data-playground-status]`, before],
    WAIT,
  );
  const span = (result.redraws.at(-1) - result.redraws[0]) / 1000;
  const fps = span > 0 ? (result.redraws.length - 1) / span : 0;
  return {
    charts: label,
    "steps emitted": result.emitted,
    "redraws shown": result.redraws.length,
    "redraws/s": fps.toFixed(1),
    "longest frame gap": ms(result.maxGap),
    "tasks > 50 ms": result.longTasks.length,
    // The press of Run and the first picture (the figures mounting) against the redraws after it.
    "of them after the first picture": result.longTasks.filter(([start]) => start > result.redraws[0]).length,
    "longest task": result.longTasks.length
      ? ms(Math.max(...result.longTasks.map(([, duration]) => duration)))
      : "none over 50 ms",
    // From the trace: the longest task's wall and CPU time, and the most CPU any one task took.
    "longest traced (wall / CPU)": (() => {
      const longest = tasks.reduce((a, b) => (b.wall > a.wall ? b : a));
      return `${ms(longest.wall)} / ${ms(longest.cpu)}`;
    })(),
    "most CPU in a task": ms(Math.max(...tasks.map((t) => t.cpu))),
    goal: "≥ 10/s, no task > 50 ms",
  };
}

export async function run() {
  const parts = ["Per frame, in Node:", "", await nodeTable(), ""];
  if (!hasBuild()) {
    parts.push("Browser part skipped: no production build. Run `npm run build` first.");
    return parts.join("\n");
  }
  const { origin, server } = await serveSite();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}${baseUrl()}${PAGE}`);
    const pg = page.locator(`[data-playground="${PLAYGROUND}"]`);
    await pg.scrollIntoViewIfNeeded();
    await pg.locator(".cm-content").waitFor(WAIT);
    // The page's start-up work ends first (the idle slices that lay out its blocks, see
    // plugins/deferred-layout, `LAID_OUT`): the figures measure training, not the page's first seconds.
    await page.locator("html[data-laid-out]").waitFor(WAIT);
    // Each chart first as new code draws it (the figures are built at its first picture), then the same code
    // run again: its charts are redrawn where they stand (src/components/Playground/heldCharts.ts).
    const rows = [];
    for (const [label, scenario] of [
      ["peer: lineChart of 500 points (existing)", "line"],
      ["argmax map + 500 points", "map"],
      ["argmax map + 8 unit maps, 500 points on each", "units"],
    ]) {
      rows.push(await browserRows(page, pg, `${label}: new code`, scenario));
      rows.push(await browserRows(page, pg, `${label}: run again`, scenario, { again: true }));
    }
    parts.push(
      `In Chromium, while reader code trains (${STEP_MS} ms a step, a redraw after each, for ${RUN_MS / 1000} s; page \`/${PAGE}\`):`,
      "",
      table(rows),
      "",
      "The worker posts every redraw; the page draws at most one state a frame, so redraws shown ≤ steps emitted.",
      "A frame gap is the time between two animation frames: the longest the page went without painting.",
    );
    return parts.join("\n");
  } finally {
    await browser.close();
    server.close();
  }
}
