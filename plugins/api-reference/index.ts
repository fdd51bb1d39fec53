import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
// Core's source, not its package: the config loader (jiti) requires modules, and the package exports ESM only.
import { activationNames, activations } from "../../packages/core/src/index";
import { collectApi } from "./collect";
import { renderActivationReference } from "./renderActivations";
import { PLAYGROUND_MODULES, renderApiReference } from "./renderApi";

/** Where the generated MDX partials go (git-ignored; `_` keeps the docs plugin from making pages of them). */
export const GENERATED_DIR = "docs/reference/_generated";
/** The entries whose exports the API reference pages document. */
export const CORE_ENTRY = "packages/core/src/index.ts";
export const PLAYGROUND_ENTRY = "packages/playground/src/index.ts";

function documented(siteDir: string, entry: string) {
  const { entries, skipped } = collectApi(join(siteDir, entry), siteDir);
  if (skipped.length > 0) throw new Error(`api-reference: cannot document ${skipped.join("; ")}`);
  return entries;
}

/**
 * Writes the generated parts of the reference pages and returns the files it changed:
 * `api.mdx` from the JSDoc of every export of `@nn-explained/core` (read with the TypeScript compiler),
 * `playground.mdx` likewise from `@nn-explained/playground`, `activations.mdx` from core's `activations`
 * registry. `docs/reference/*.mdx` import them.
 * Throws when an export cannot be documented, so the build fails instead of publishing a gap.
 */
export function generateReference(siteDir: string): string[] {
  const files: Record<string, string> = {
    "api.mdx": renderApiReference(documented(siteDir, CORE_ENTRY)),
    "playground.mdx": renderApiReference(documented(siteDir, PLAYGROUND_ENTRY), {
      modules: PLAYGROUND_MODULES,
      sourceDir: "packages/playground/src",
    }),
    "activations.mdx": renderActivationReference(activations, activationNames),
  };
  const dir = join(siteDir, GENERATED_DIR);
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
 * Generates the API and activation reference pages' content from `packages/core` and
 * `packages/playground` at build time.
 * The files are written when the plugin is created, before any plugin loads content, so the docs
 * plugin always compiles the current version; in `npm start` they are rewritten when either package's source changes.
 */
export default function apiReferencePlugin(context: LoadContext): Plugin {
  generateReference(context.siteDir);
  return {
    name: "api-reference",
    getPathsToWatch() {
      return [
        join(context.siteDir, "packages/core/src/**/*.ts"),
        join(context.siteDir, "packages/playground/src/*.ts"),
      ];
    },
    async loadContent() {
      generateReference(context.siteDir);
    },
  };
}
