import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import type { PrismTheme } from "prism-react-renderer";
import { prismVariablesCss, prismVariableTheme } from "./prismVariables";
import { tokenClassesCss } from "./tokenClasses";

/**
 * theme-classic's client module that imports Prism and adds the additional languages as every page starts
 * (`getClientModules` names it `./prism-include-languages`). Docusaurus offers no public way to leave out
 * another plugin's client module, and ejecting `@theme/prism-include-languages` (which is public) would still
 * leave Prism itself, which that module imports, in the start-up code. So this one module is swapped for an
 * empty one by its path; privateDocusaurus.test.ts fails, naming the version, when the module moves or stops
 * importing Prism.
 */
export const PRISM_CLIENT_MODULE = /theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;

/**
 * The style sheet of the code blocks' theme, `prismVariableTheme(light, dark)`: its variables' values in
 * light and dark mode (prismVariables.ts), and the rules of the classes that lines and tokens get in place
 * of inline styles (tokenClasses.ts).
 */
export function codeThemeCss(themes: { light: PrismTheme; dark: PrismTheme }): string {
  return `${prismVariablesCss(themes.light, themes.dark)}${tokenClassesCss(prismVariableTheme(themes.light, themes.dark))}\n`;
}

/**
 * Checks that the site highlights code with `prismVariableTheme(light, dark)` in both colour modes: the
 * one theme whose classes the plugin's style sheet defines, and that the server's markup is right for.
 */
export function checkSiteTheme(themes: { light: PrismTheme; dark: PrismTheme }, prism: unknown): void {
  const expected = JSON.stringify(prismVariableTheme(themes.light, themes.dark));
  const { theme, darkTheme } = (prism ?? {}) as { theme?: unknown; darkTheme?: unknown };
  for (const [key, value] of [
    ["theme", theme],
    ["darkTheme", darkTheme ?? theme],
  ] as const) {
    if (JSON.stringify(value) !== expected) {
      const got =
        value === undefined
          ? "undefined"
          : `a theme whose plain style is ${JSON.stringify((value as PrismTheme).plain)}`;
      throw new Error(
        `codeThemePlugin: themeConfig.prism.${key} must be prismVariableTheme(light, dark) of the themes given to the plugin; got ${got}`,
      );
    }
  }
}

/**
 * Adds the style sheet that gives the code blocks' theme (`prismVariableTheme(light, dark)` in
 * themeConfig.prism) its colours in light and dark mode and its token classes ({@link codeThemeCss}),
 * and keeps Prism out of the code every page runs at start-up: theme-classic's client module that loads
 * it is replaced by an empty one, and src/components/CodeBlock loads Prism when a block needs highlighting.
 */
export default function codeThemePlugin(themes: { light: PrismTheme; dark: PrismTheme }) {
  return (context: LoadContext): Plugin => {
    checkSiteTheme(themes, (context.siteConfig.themeConfig as { prism?: unknown }).prism);
    const dir = join(context.generatedFilesDir, "code-theme");
    const file = join(dir, "prism-theme.css");
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, codeThemeCss(themes));
    return {
      name: "code-theme",
      getClientModules: () => [file],
      configureWebpack(_config, isServer, { currentBundler }) {
        const { NormalModuleReplacementPlugin } = currentBundler.instance;
        return {
          // The code block is imported by the docs' layout and by pages' own components (PythonTwin, the
          // static playground, the metrics reference), which are different chunks: shared, it is one chunk
          // a page loads once. (Docusaurus's own CodeBlock, under node_modules, got this from webpack's vendor group.)
          optimization: isServer
            ? {}
            : {
                splitChunks: {
                  cacheGroups: {
                    codeBlock: {
                      test: /[\\/]src[\\/]components[\\/]CodeBlock[\\/]/,
                      chunks: "async",
                      minChunks: 2,
                      minSize: 0,
                      priority: 30,
                      reuseExistingChunk: true,
                    },
                  },
                },
              },
          plugins: [
            new NormalModuleReplacementPlugin(
              PRISM_CLIENT_MODULE,
              join(context.siteDir, "plugins/code-theme/noPrismAtStartup.js"),
            ),
            // The server renders every block highlighted, so it imports Prism directly, not on demand.
            ...(isServer
              ? [
                  new NormalModuleReplacementPlugin(
                    /src[\\/]components[\\/]CodeBlock[\\/]highlighter\.ts$/,
                    join(context.siteDir, "src/components/CodeBlock/highlighter.server.ts"),
                  ),
                ]
              : []),
          ],
        };
      },
    };
  };
}
