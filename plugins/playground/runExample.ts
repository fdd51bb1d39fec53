// Runs an example file in Node and returns what it printed, as the playground would show it. Used by the
// build (to record each example's output) and by docs/<slug>/examples.test.ts (to compare it with the committed
// `.output.txt`), so both run examples the same way; the build reuses the test's run of the same code.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { OutputEntry } from "@nn-explained/playground/output";
import { build, type Plugin } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
// The source of `@nn-explained/playground`, so an example runs against the current helper without a build.
const API = resolve(here, "../../packages/playground/src/index.ts");

/** What one run printed. */
export interface ExampleRun {
  entries: OutputEntry[];
  dropped: number;
  status: "done" | "error";
}

/** Where earlier runs are kept, by what they ran (`RunExampleOptions.runs`). */
export const EXAMPLE_RUNS_DIR = resolve(here, "../../node_modules/.cache/nn-explained/example-runs");

export interface RunExampleOptions {
  /** Where `@nn-explained/core` comes from: its source (`packages/core/src/index.ts`). */
  core: string;
  /** Kills the run after this long (default 120 s, room for a seed sweep on a busy machine): an example that never ends is a broken example. */
  timeoutMs?: number;
  /**
   * Earlier runs, kept in `EXAMPLE_RUNS_DIR` under a hash of everything a run executes: the example's
   * bundle (its helpers, core and `@nn-explained/playground` included), the driver, and Node's version.
   * `"record"` runs and keeps the run (docs/<slug>/examples.test.ts, which proves it equal to the committed
   * output); `"reuse"` returns a kept run of the very same code instead of running it again, and runs
   * and keeps it when there is none (the build, after the tests). Examples are deterministic: the tests
   * fail when a second run prints anything else than the committed output.
   */
  runs?: "record" | "reuse";
}

/** Lets an example import only what a playground can: its own files, core, and the chart helper. */
function playgroundImports(core: string): Plugin {
  return {
    name: "playground-imports",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        if (args.path === "@nn-explained/core") return { path: core };
        if (args.path === "@nn-explained/playground") return { path: API };
        if (args.importer.startsWith(dirname(core)) || args.importer.startsWith(dirname(API))) return undefined;
        return {
          errors: [
            {
              text: `Cannot import "${args.path}": an example can import its own files, "@nn-explained/core" and "@nn-explained/playground".`,
            },
          ],
        };
      });
    },
  };
}

let driver: Promise<string> | null = null;

/** Bundles driver.ts once per process. */
function driverPath(dir: string): Promise<string> {
  driver ??= (async () => {
    const outfile = join(dir, "driver.mjs");
    await build({
      entryPoints: [join(here, "driver.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile,
      logLevel: "silent",
    });
    return outfile;
  })();
  return driver;
}

/**
 * Runs `file` (a `docs/<slug>/examples/<name>.ts`) in a child Node process.
 * @throws {Error} when the example does not compile, or does not end within the time limit
 */
export async function runExample(file: string, options: RunExampleOptions): Promise<ExampleRun> {
  const dir = join(tmpdir(), `nn-playground-${process.pid}`);
  await mkdir(dir, { recursive: true });
  const name = basename(file, ".ts");
  const outfile = join(dir, `${basename(dirname(dirname(file)))}--${name}.mjs`);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    platform: "neutral",
    format: "esm",
    target: "es2022",
    sourcemap: "inline",
    write: false,
    outfile,
    plugins: [playgroundImports(resolve(options.core))],
    logLevel: "silent",
  });
  const bundle = result.outputFiles[0]?.text ?? "";
  await writeFile(outfile, bundle);
  const drv = await driverPath(dir);
  const kept = options.runs && join(EXAMPLE_RUNS_DIR, `${await runHash(bundle, drv)}.json`);
  if (kept && options.runs === "reuse") {
    const earlier = await readFile(kept, "utf8").catch(() => undefined);
    if (earlier !== undefined) return JSON.parse(earlier) as ExampleRun;
  }
  const stdout = await new Promise<string>((done, fail) => {
    execFile(
      process.execPath,
      ["--enable-source-maps", drv, outfile, dirname(resolve(file))],
      { timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, out, err) => {
        if (error) fail(new Error(`${file} did not run to the end: ${error.message}\n${err}`));
        else done(out);
      },
    );
  });
  const run = JSON.parse(stdout) as ExampleRun;
  if (kept) {
    // Written whole, then renamed: a reader never sees half a file.
    await mkdir(EXAMPLE_RUNS_DIR, { recursive: true });
    const partial = `${kept}.${process.pid}.tmp`;
    await writeFile(partial, stdout);
    await rename(partial, kept);
  }
  return run;
}

/** A name for everything one run executes: the example's bundle, the driver's, and Node's version. */
async function runHash(bundle: string, driverFile: string): Promise<string> {
  const hash = createHash("sha256");
  for (const part of [process.version, await readFile(driverFile, "utf8"), bundle])
    hash.update(`${part.length}:${part}`);
  return hash.digest("hex");
}
