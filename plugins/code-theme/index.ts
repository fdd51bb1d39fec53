import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import type { PrismTheme } from "prism-react-renderer";
import { prismVariablesCss } from "../../src/theme-utils/prismVariables";

/**
 * Adds the style sheet that gives the code blocks' theme (`prismVariableTheme(light, dark)` in
 * themeConfig.prism) its colours in light and dark mode. See src/theme-utils/prismVariables.ts.
 */
export default function codeThemePlugin(themes: { light: PrismTheme; dark: PrismTheme }) {
  return (context: LoadContext): Plugin => {
    const dir = join(context.generatedFilesDir, "code-theme");
    const file = join(dir, "prism-variables.css");
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, prismVariablesCss(themes.light, themes.dark));
    return { name: "code-theme", getClientModules: () => [file] };
  };
}
