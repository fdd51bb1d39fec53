// Runs every bench/*.bench.mjs in one process, one after another, and writes the results with the
// machine and the command that produced them to bench/RESULTS.md.
//
// A benchmark module exports `title` and `async run()` returning Markdown (tables and notes).
// Usage: npm run bench [-- name-filter]
//
// The peers some benchmarks compare against (TensorFlow.js, Lighthouse, ml-confusion-matrix) are the bench's
// own dependencies (bench/package.json), installed here on first use and again when bench/package-lock.json
// changes: no test needs them, and the site's `npm ci` stays smaller for it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
installPeers();
const filter = process.argv[2] ?? "";
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.mjs") && f.includes(filter))
  .sort();

const sections = [];
for (const file of files) {
  const mod = await import(pathToFileURL(`${dir}/${file}`).href);
  process.stdout.write(`\n## ${mod.title} (${file})\n`);
  const body = await mod.run();
  process.stdout.write(`${body}\n`);
  sections.push(`## ${mod.title}\n\nSource: \`bench/${file}\`\n\n${body}\n`);
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const header = [
  "# Benchmark results",
  "",
  `Produced by \`npm run bench${filter ? ` -- ${filter}` : ""}\` on ${new Date().toISOString().slice(0, 10)}:`,
  `Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB.`,
  "Medians of repeated runs; each table compares against its peers in the same process.",
  "",
].join("\n");
if (!filter) writeFileSync(`${dir}/RESULTS.md`, `${header}\n${sections.join("\n")}`);
else process.stdout.write("\n(filtered run: bench/RESULTS.md left unchanged)\n");

/** `npm ci` in bench/ unless its node_modules already holds what bench/package-lock.json names. */
function installPeers() {
  const installed = `${dir}/node_modules/.package-lock.json`;
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(`${dir}/package-lock.json`).mtimeMs) return;
  process.stdout.write("Installing the benchmarks' peers (npm ci in bench/)...\n");
  const npm = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
  if (npm.status !== 0) throw new Error(`bench/run.mjs: npm ci in bench/ failed (exit status ${npm.status})`);
}
