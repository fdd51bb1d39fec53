import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import type { PrismTheme } from "prism-react-renderer";
import { prismVariablesCss } from "./prismVariables";

/**
 * Adds the style sheet that gives the code blocks' theme (`prismVariableTheme(light, dark)` in
 * themeConfig.prism) its colours in light and dark mode (see prismVariables.ts), and keeps
 * Prism out of the code every page runs at start-up: theme-classic's client module that loads it is
 * replaced by an empty one, and src/theme/CodeBlock/Content loads Prism when a block needs highlighting.
 */
export default function codeThemePlugin(themes: { light: PrismTheme; dark: PrismTheme }) {
  return (context: LoadContext): Plugin => {
    const dir = join(context.generatedFilesDir, "code-theme");
    const file = join(dir, "prism-variables.css");
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, prismVariablesCss(themes.light, themes.dark));
    return {
      name: "code-theme",
      getClientModules: () => [file],
      configureWebpack(_config, isServer, { currentBundler }) {
        const { NormalModuleReplacementPlugin } = currentBundler.instance;
        return {
          plugins: [
            new NormalModuleReplacementPlugin(
              /theme-classic[\\/]lib[\\/]prism-include-languages\.js$/,
              join(context.siteDir, "plugins/code-theme/noPrismAtStartup.js"),
            ),
            // The server renders every block highlighted, so it imports Prism directly, not on demand.
            ...(isServer
              ? [
                  new NormalModuleReplacementPlugin(
                    /theme[\\/]CodeBlock[\\/]Content[\\/]highlighter\.ts$/,
                    join(context.siteDir, "src/theme/CodeBlock/Content/highlighter.server.ts"),
                  ),
                ]
              : []),
          ],
        };
      },
    };
  };
}
