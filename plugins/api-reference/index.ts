import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
// Core's source, not its package: the config loader (jiti) requires modules, and the package exports ESM only.
import { activationNames, activations } from "../../packages/core/src/index";
import {
  API_REFERENCE_PLUGIN,
  type ApiPageIndex,
  type ApiReferenceGlobalData,
} from "../../src/components/ApiReference/apiPages";
import { collectApi } from "./collect";
import { renderActivationReference } from "./renderActivations";
import { PLAYGROUND_MODULES, renderApiPages, renderApiReference } from "./renderApi";

/** Where the generated MDX partials go (git-ignored; `_` keeps the docs plugin from making pages of them). */
export const GENERATED_DIR = "docs/reference/_generated";
/** Where the generated page of each module of core goes (git-ignored; `/reference/api/<module>`). */
export const API_PAGES_DIR = "docs/reference/api";
/** The file in GENERATED_DIR that records which page documents which export, for the tests. */
export const PAGE_INDEX_FILE = "api-pages.json";
/** The entries whose exports the API reference pages document. */
export const CORE_ENTRY = "packages/core/src/index.ts";
export const PLAYGROUND_ENTRY = "packages/playground/src/index.ts";

function documented(siteDir: string, entry: string) {
  const { entries, skipped } = collectApi(join(siteDir, entry), siteDir);
  if (skipped.length > 0) throw new Error(`api-reference: cannot document ${skipped.join("; ")}`);
  return entries;
}

/** Writes `files` (name → text) into `dir`; unchanged files are left alone. Returns the paths it wrote. */
function writeChanged(dir: string, files: Readonly<Record<string, string>>): string[] {
  mkdirSync(dir, { recursive: true });
  const changed: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const file = join(dir, name);
    // Unchanged files are not rewritten, so the dev server does not reload for nothing.
    if (existsSync(file) && readFileSync(file, "utf8") === text) continue;
    writeFileSync(file, text);
    changed.push(file);
  }
  return changed;
}

/**
 * Writes the generated reference pages and partials, and returns the files it changed and which page
 * documents which export of core:
 * - `docs/reference/api/<module>.mdx`, one page per module of `@nn-explained/core`, from the JSDoc of its
 *   exports (read with the TypeScript compiler), and `_generated/api-index.mdx`, the index that
 *   `docs/reference/api.mdx` imports; a page whose module is gone is deleted;
 * - `_generated/playground.mdx` likewise from `@nn-explained/playground`, on one page;
 * - `_generated/activations.mdx` from core's `activations` registry.
 * Throws when an export cannot be documented, so the build fails instead of publishing a gap.
 */
export function generateReference(siteDir: string): { changed: string[]; pageIndex: ApiPageIndex } {
  const api = renderApiPages(documented(siteDir, CORE_ENTRY));
  const changed = writeChanged(join(siteDir, GENERATED_DIR), {
    "api-index.mdx": api.index,
    [PAGE_INDEX_FILE]: `${JSON.stringify(api.pageIndex, null, 2)}\n`,
    "playground.mdx": renderApiReference(documented(siteDir, PLAYGROUND_ENTRY), {
      modules: PLAYGROUND_MODULES,
      sourceDir: "packages/playground/src",
    }),
    "activations.mdx": renderActivationReference(activations, activationNames, api.pageIndex),
  });
  const pagesDir = join(siteDir, API_PAGES_DIR);
  const pages = Object.fromEntries(Object.entries(api.pages).map(([id, mdx]) => [`${id}.mdx`, mdx]));
  changed.push(...writeChanged(pagesDir, pages));
  // The folder holds generated pages only: one whose module left core would otherwise stay published.
  for (const name of readdirSync(pagesDir)) {
    if (!(name in pages)) {
      rmSync(join(pagesDir, name), { recursive: true });
      changed.push(join(pagesDir, name));
    }
  }
  return { changed, pageIndex: api.pageIndex };
}

/**
 * Generates the API and activation reference pages' content from `packages/core` and
 * `packages/playground` at build time, and publishes which page documents which export of core as the
 * plugin's global data (`useApiPages`), for links to an export and the redirects of old anchors.
 * The files are written when the plugin is created, before any plugin loads content, so the docs
 * plugin always compiles the current version; in `npm start` they are rewritten when either package's source changes.
 */
export default function apiReferencePlugin(context: LoadContext): Plugin {
  let { pageIndex } = generateReference(context.siteDir);
  return {
    name: API_REFERENCE_PLUGIN,
    getPathsToWatch() {
      return [
        join(context.siteDir, "packages/core/src/**/*.ts"),
        join(context.siteDir, "packages/playground/src/*.ts"),
      ];
    },
    async loadContent() {
      ({ pageIndex } = generateReference(context.siteDir));
    },
    async contentLoaded({ actions }) {
      const data: ApiReferenceGlobalData = { pages: pageIndex };
      actions.setGlobalData(data);
    },
  };
}
