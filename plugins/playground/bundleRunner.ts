// Builds the playground runner's static files from the real sources at build time: the worker (with
// sucrase), the core build (packages/core/dist, as the site uses it), the chart helper, and the runner
// page that the site loads in a sandboxed iframe. Content-hashed names, so they can be cached forever.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** A file to emit under the site's output directory. */
export interface RunnerAsset {
  /** Path relative to the site root (under the baseUrl), e.g. `assets/playground/runner.1a2b3c4d.html`. */
  path: string;
  content: string;
}

export interface RunnerBundle {
  assets: RunnerAsset[];
  /** The runner page, and the core build and chart helper for exported projects, relative to the site root. */
  runnerPath: string;
  corePath: string;
  apiPath: string;
}

const DIR = "assets/playground";

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 10);
}

async function bundle(entry: string, format: "esm" | "iife", define?: Record<string, string>): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    legalComments: "none",
    logLevel: "silent",
    ...(define ? { define } : {}),
  });
  return result.outputFiles[0]?.text ?? "";
}

/**
 * Bundles the runner. `coreEntry` is `packages/core/dist/index.js`: the site's `build` script builds it
 * first; a missing build is an error with the command that makes it.
 */
export async function bundleRunner(siteDir: string, coreEntry: string): Promise<RunnerBundle> {
  if (!existsSync(coreEntry)) {
    throw new Error(`playground: ${coreEntry} is missing; run \`npm run build:packages\` before building the site.`);
  }
  const runnerDir = join(siteDir, "src/components/Playground/runner");
  const readable = async (entry: string) =>
    (
      await build({
        entryPoints: [entry],
        bundle: true,
        format: "esm",
        target: "es2022",
        write: false,
        logLevel: "silent",
      })
    ).outputFiles[0]?.text ?? "";
  const apiEntry = join(siteDir, "packages/playground/src/index.ts");
  const [worker, core, api, coreText, apiText] = await Promise.all([
    bundle(join(runnerDir, "worker.ts"), "iife"),
    bundle(coreEntry, "esm"),
    bundle(apiEntry, "esm"),
    readable(coreEntry),
    readable(apiEntry),
  ]);
  const host = await bundle(join(runnerDir, "host.ts"), "iife", {
    __NN_WORKER__: JSON.stringify(worker),
    __NN_CORE__: JSON.stringify(core),
    __NN_API__: JSON.stringify(api),
  });
  const hostName = `runner.${hashOf(host)}.js`;
  // The site's CSP plugin writes the site's policy into this page as into every page; the policy needs
  // `blob:` in worker-src and script-src for the worker and the modules it links (see README).
  const html = [
    "<!doctype html>",
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Playground runner</title></head>',
    `<body><script src="${hostName}"></script></body>`,
    "</html>",
    "",
  ].join("\n");
  const runnerPath = `${DIR}/runner.${hashOf(html)}.html`;
  const corePath = `${DIR}/nn-explained-core.${hashOf(coreText)}.js`;
  const apiPath = `${DIR}/nn-explained-playground.${hashOf(apiText)}.js`;
  return {
    runnerPath,
    corePath,
    apiPath,
    assets: [
      { path: `${DIR}/${hostName}`, content: host },
      { path: runnerPath, content: html },
      { path: corePath, content: coreText },
      { path: apiPath, content: apiText },
    ],
  };
}
