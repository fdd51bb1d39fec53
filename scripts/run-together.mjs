#!/usr/bin/env node
// Runs npm scripts at the same time and prints each one's output whole, in the order they end, with its time
// and exit code: `node scripts/run-together.mjs typecheck lint build:site`. Exits with the first non-zero exit
// code once all have ended (0 if none failed). For steps that leave a core idle when run one after another:
// the type check is one thread, the site's build uses about one and a half.
import { spawn } from "node:child_process";

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error("run-together: name the npm scripts to run, e.g. `node scripts/run-together.mjs typecheck lint`");
  process.exit(2);
}
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
console.log(`run-together: ${names.map((n) => `npm run ${n}`).join(", ")}`);

const codes = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const start = Date.now();
        const chunks = [];
        const child = spawn(npm, ["run", name], { stdio: ["ignore", "pipe", "pipe"] });
        child.stdout.on("data", (c) => chunks.push(c));
        child.stderr.on("data", (c) => chunks.push(c));
        const end = (code, error) => {
          const seconds = ((Date.now() - start) / 1000).toFixed(1);
          process.stdout.write(`\n── npm run ${name}: exit ${code} after ${seconds} s ──\n`);
          process.stdout.write(Buffer.concat(chunks));
          if (error) process.stdout.write(`${error}\n`);
          resolve(code);
        };
        child.on("error", (error) => end(1, error));
        child.on("close", (code, signal) => end(code ?? (signal ? 1 : 0)));
      }),
  ),
);
process.exit(codes.find((c) => c !== 0) ?? 0);
