import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { type ClientManifest, withModuleOrigins } from "./moduleOrigins";

interface DoneHook {
  hooks: { done: { tap(name: string, callback: () => void): void } };
}

/**
 * Names each page's route chunks in its HTML, as `<script defer>` after main.js, the way Docusaurus's
 * static rendering means to (it looks them up in the client manifest, which listed them under names
 * it did not ask for; see ./moduleOrigins.ts). Before, a page's chunks were requested only once main.js
 * had run, one round trip later, each by a script element main.js inserted; now they download alongside
 * main.js, and webpack's loader finds them already in the document.
 */
export default function routeScriptsPlugin(context: LoadContext): Plugin {
  const manifestPath = join(context.generatedFilesDir, "client-manifest.json");
  const registryPath = join(context.generatedFilesDir, "registry.js");
  return {
    name: "route-scripts",
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [
          {
            // After the client compilation has written the manifest, before pages are rendered with it.
            apply(compiler: DoneHook) {
              compiler.hooks.done.tap("route-scripts", () => {
                if (!existsSync(manifestPath)) return; // `docusaurus start` renders no pages.
                const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as ClientManifest;
                const patched = withModuleOrigins(manifest, readFileSync(registryPath, "utf8"));
                writeFileSync(manifestPath, JSON.stringify(patched, null, 2));
              });
            },
          },
        ],
      };
    },
  };
}
