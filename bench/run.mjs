// Runs every bench/*.bench.mjs in one process, one after another, and writes the results with the
// machine and the command that produced them to bench/RESULTS.md.
//
// A benchmark module exports `title` and `async run()` returning Markdown (tables and notes).
// Usage: npm run bench [-- name-filter]
import { readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
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
