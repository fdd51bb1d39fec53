// What the browser benchmarks share: the production build served the way the browser tests serve it.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const root = fileURLToPath(new URL("..", import.meta.url));

/** True when `npm run build` has produced a site in build/. */
export const hasBuild = () => existsSync(`${root}/build/index.html`);

/** The site's baseUrl, from BASE_URL as docusaurus.config.ts reads it: "/" or "/name/". */
export const baseUrl = () => `/${(process.env.BASE_URL ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");

/**
 * Serves build/ (or another build, `buildDir`) with tests/e2e/_server.ts, the browser tests' static server
 * (compiled for Node here), so benchmarks and tests serve the build alike. Resolves with `{ origin, server }`;
 * pages are at `${origin}${baseUrl()}<slug>`.
 */
export async function serveSite({ compress = false, buildDir = `${root}/build` } = {}) {
  const dir = `${root}/node_modules/.cache/bench`;
  mkdirSync(dir, { recursive: true });
  const out = await build({
    entryPoints: [`${root}/tests/e2e/_server.ts`],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    write: false,
  });
  const file = `${dir}/_server.mjs`;
  writeFileSync(file, out.outputFiles[0].text);
  const { serveBuild } = await import(pathToFileURL(file).href);
  return serveBuild(buildDir, baseUrl(), { compress });
}
