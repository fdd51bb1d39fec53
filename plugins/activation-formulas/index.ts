import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
// Core's source, not its package: the config loader (jiti) requires modules, and the package exports ESM only.
import { activationNames, activations } from "../../packages/core/src/index";
import { formulaTable } from "../../src/components/ActivationExplorer/tex";
import { SERVER_MODULES } from "./serverModules.mjs";

/** The import the browser loads the typeset formulas from (src/components/ActivationExplorer/formulas.ts). */
export const FORMULAS_MODULE = "@activation-formulas";

/**
 * Keeps KaTeX out of the browser: the activation widgets' formulas are typeset at build time. The server
 * render typesets the formulas it shows (formulas.server.ts replaces formulas.ts in the server bundle),
 * and every activation's formulas are written as one JSON table, which the browser loads from
 * `@activation-formulas` only when a widget switches to a formula the page did not come with.
 */
export default function activationFormulasPlugin(context: LoadContext): Plugin {
  const file = join(context.generatedFilesDir, "activation-formulas", "formulas.json");
  const write = () => {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, JSON.stringify(formulaTable(activations, activationNames)));
  };
  write();
  return {
    name: "activation-formulas",
    getPathsToWatch() {
      return [join(context.siteDir, "packages/core/src/activations/**/*.ts")];
    },
    async loadContent() {
      write();
    },
    configureWebpack(_config, isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        resolve: { alias: { [FORMULAS_MODULE]: file } },
        plugins: isServer
          ? SERVER_MODULES.map(
              ([browser, server]) => new NormalModuleReplacementPlugin(browser, join(context.siteDir, server)),
            )
          : [],
      };
    },
  };
}
