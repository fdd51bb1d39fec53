// Lighthouse 12.2.3 (mobile settings: Moto G Power emulation, simulated slow 4G, 4× CPU slowdown) on every
// page of the production build's sitemap, served locally under the baseUrl, with the system Chromium.
// Needs `npm run build` first. Scores are measurements, not tests: nothing fails here.
// The goals: accessibility, best practices and SEO ≥ 95 (issue 7); performance ≥ 95 in every run, and a
// median total blocking time ≤ 100 ms (issue 14). A median hides the runs that fall below, so the
// table gives the lowest performance score and the highest blocking time beside the medians.
//
// Lighthouse runs in a child Node process per page, so each audit gets a fresh Chromium and the
// bench process stays free of Lighthouse's global state. Runs per page: LIGHTHOUSE_RUNS (default 5).
// LIGHTHOUSE_PAGES (comma-separated paths, "" for the landing page) measures some pages only.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { table } from "./_harness.mjs";
import { baseUrl, hasBuild, root, serveSite } from "./_site.mjs";

export const title = "Lighthouse (mobile) on the landing page and the articles";

/** Every page the build's sitemap lists, as paths under the baseUrl, or the LIGHTHOUSE_PAGES chosen. */
function pages() {
  if (process.env.LIGHTHOUSE_PAGES !== undefined) return process.env.LIGHTHOUSE_PAGES.split(",");
  const xml = readFileSync(join(root, "build/sitemap.xml"), "utf8");
  const base = baseUrl();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .map((p) => (p.startsWith(base) ? p.slice(base.length) : p));
}
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
// The bench's own dependency (bench/package.json), which bench/run.mjs installs.
const lighthouseCli = join(root, "bench/node_modules/lighthouse/cli/index.js");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  if (!hasBuild()) {
    return "Skipped: no production build in `build/`. Run `npm run build` before `npm run bench`.";
  }
  const chrome = findChromium();
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
  // Compressed, as GitHub Pages serves it: Lighthouse's simulated network then carries what a reader downloads.
  const { origin, server } = await serveSite({ compress: true });
  const base = baseUrl();
  const dir = mkdtempSync(join(tmpdir(), "lighthouse-"));
  const rows = [];
  // Lighthouse's CPU benchmark index of each run: simulated throttling multiplies the tasks this machine ran,
  // so a slower machine scores lower, and the table says how fast this one was.
  const cpuIndex = [];
  try {
    for (const page of pages()) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const blocking = [];
      const failing = new Set();
      for (let i = 0; i < runs; i++) {
        const out = join(dir, `report-${i}.json`);
        // Asynchronous on purpose: the page is served from this process, which must stay free to answer.
        await promisify(execFile)(
          process.execPath,
          [
            lighthouseCli,
            `${origin}${base}${page}`,
            "--output=json",
            `--output-path=${out}`,
            `--only-categories=${CATEGORIES.join(",")}`,
            `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
            "--quiet",
            // Newer Chromium trace formats trip some of Lighthouse 12.2.3's optional gatherers; they are
            // logged and skipped, not fatal.
          ],
          { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 2 ** 20 },
        );
        const report = JSON.parse(readFileSync(out, "utf8"));
        for (const c of CATEGORIES) scores[c].push(Math.round((report.categories[c]?.score ?? 0) * 100));
        blocking.push(report.audits["total-blocking-time"]?.numericValue ?? Number.NaN);
        cpuIndex.push(report.environment?.benchmarkIndex ?? Number.NaN);
        // Name the scored audits that lost points, so a low score says where to look.
        for (const c of CATEGORIES) {
          for (const ref of report.categories[c]?.auditRefs ?? []) {
            const audit = report.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) failing.add(ref.id);
          }
        }
      }
      rows.push({
        page: `/${page}`,
        performance: median(scores.performance),
        "performance, lowest": Math.min(...scores.performance),
        "TBT (ms)": Math.round(median(blocking)),
        "TBT, highest (ms)": Math.round(Math.max(...blocking)),
        ...Object.fromEntries(CATEGORIES.slice(1).map((c) => [c, median(scores[c])])),
        "audits below 90": [...failing].join(", ") || "none",
      });
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    table(rows),
    "",
    `Lighthouse 12.2.3, default mobile config (simulated throttling), ${runs} run(s) per page: median score,`,
    "with the lowest performance score and the highest total blocking time (TBT) of the runs beside it;",
    "served locally with gzip (as GitHub Pages serves the site), under the baseUrl.",
    "Goals: performance ≥ 95 in every run, median TBT ≤ 100 ms, the other categories ≥ 95.",
    `Lighthouse's CPU benchmark index of this machine: median ${Math.round(median(cpuIndex))}, ` +
      `${Math.round(Math.min(...cpuIndex))}-${Math.round(Math.max(...cpuIndex))} over the ${cpuIndex.length} runs ` +
      "(its tasks are what the simulated 4× slowdown multiplies: a slower machine scores lower).",
  ].join("\n");
}
