import { themes } from "prism-react-renderer";
import { accessiblePrismTheme } from "./contrast";

/**
 * The site's code themes, light and dark, with token colours raised to WCAG AA contrast (4.5:1): both
 * stock themes have tokens below it. themeConfig.prism gets `prismVariableTheme(light, dark)` of them.
 */
export const siteCodeThemes = {
  light: accessiblePrismTheme(themes.github),
  dark: accessiblePrismTheme(themes.dracula),
};
