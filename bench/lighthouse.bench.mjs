// Lighthouse 12.2.3 (mobile settings: Moto G Power emulation, simulated slow 4G, 4× CPU slowdown) on the
// landing page and the four articles of the production build, served locally under the baseUrl, with the
// system Chromium. Needs `npm run build` first. Scores are measurements, not tests: nothing fails here.
// The goal (issue 7) is performance, accessibility, best practices and SEO all ≥ 95.
//
// Lighthouse runs in a child Node process per page, so each audit gets a fresh Chromium and the
// bench process stays free of Lighthouse's global state. Runs per page: LIGHTHOUSE_RUNS (default 3); the
// median of each category is reported.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import serveHandler from "serve-handler";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { table } from "./_harness.mjs";

export const title = "Lighthouse (mobile) on the landing page and the articles";

const PAGES = ["", "relu-hidden-layers", "sigmoid-multiclass", "regression-output-activation", "f1-micro-average"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const root = fileURLToPath(new URL("..", import.meta.url));
const buildDir = join(root, "build");
const lighthouseCli = join(root, "node_modules/lighthouse/cli/index.js");

function serve(baseUrl) {
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(baseUrl) && `${url}/` !== baseUrl) {
      res.statusCode = 404;
      res.end();
      return;
    }
    req.url = `/${url.slice(baseUrl.length)}`;
    void serveHandler(req, res, { public: buildDir, cleanUrls: true, trailingSlash: false, directoryListing: false });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  if (!existsSync(join(buildDir, "index.html"))) {
    return "Skipped: no production build in `build/`. Run `npm run build` before `npm run bench`.";
  }
  const chrome = findChromium();
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  const baseUrl = `/${(process.env.BASE_URL ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const server = await serve(baseUrl);
  const origin = `http://localhost:${server.address().port}`;
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
            `${origin}${baseUrl}${page}`,
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
    "local static server without compression, so transfer-size audits count uncompressed bytes.",
  ].join("\n");
}
