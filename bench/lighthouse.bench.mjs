// Lighthouse 12.2.3 (mobile settings: Moto G Power emulation, simulated slow 4G, 4× CPU slowdown) on the
// landing page and the four articles of the production build, served locally under the baseUrl, with the
// system Chromium. Needs `npm run build` first. Scores are measurements, not tests: nothing fails here.
// The goal (issue 7) is performance, accessibility, best practices and SEO all ≥ 95.
//
// Lighthouse runs in a child Node process per page, so each audit gets a fresh Chromium and the
// bench process stays free of Lighthouse's global state. Runs per page: LIGHTHOUSE_RUNS (default 3); the
// median of each category is reported.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { table } from "./_harness.mjs";
import { baseUrl, hasBuild, root, serveSite } from "./_site.mjs";

export const title = "Lighthouse (mobile) on the landing page and the articles";

const PAGES = ["", "relu-hidden-layers", "sigmoid-multiclass", "regression-output-activation", "f1-micro-average"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const lighthouseCli = join(root, "node_modules/lighthouse/cli/index.js");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  if (!hasBuild()) {
    return "Skipped: no production build in `build/`. Run `npm run build` before `npm run bench`.";
  }
  const chrome = findChromium();
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  // Compressed, as GitHub Pages serves it: Lighthouse's simulated network then carries what a reader downloads.
  const { origin, server } = await serveSite({ compress: true });
  const base = baseUrl();
  const dir = mkdtempSync(join(tmpdir(), "lighthouse-"));
  const rows = [];
  try {
    for (const page of PAGES) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
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
        ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
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
    `Lighthouse 12.2.3, default mobile config (simulated throttling), ${runs} run(s) per page, median score;`,
    "served locally with gzip (as GitHub Pages serves the site), under the baseUrl.",
  ].join("\n");
}
