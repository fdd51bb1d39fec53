import type { SandpackTheme } from "@codesandbox/sandpack-react";
import { withMinContrast } from "../../../plugins/code-theme/contrast";

// The editor's colours match the site's code blocks (Prism's GitHub theme in light mode, Dracula in
// dark mode), so the server-rendered code and the editor that replaces it look the same.
const font = {
  body: "var(--ifm-font-family-base)",
  mono: "var(--ifm-font-family-monospace)",
  size: "13px",
  lineHeight: "20px",
};

const github: SandpackTheme = {
  colors: {
    surface1: "#f6f8fa",
    surface2: "#d0d7de",
    surface3: "#eaeef2",
    clickable: "#57606a",
    base: "#24292f",
    disabled: "#8c959f",
    hover: "#24292f",
    accent: "#2e5fa8",
    error: "#b3261e",
    errorSurface: "#ffebe9",
  },
  syntax: {
    plain: "#393a34",
    comment: { color: "#6a737d", fontStyle: "italic" },
    keyword: "#d73a49",
    tag: "#22863a",
    punctuation: "#393a34",
    definition: "#6f42c1",
    property: "#005cc5",
    static: "#005cc5",
    string: "#032f62",
  },
  font,
};

const dracula: SandpackTheme = {
  colors: {
    surface1: "#282a36",
    surface2: "#44475a",
    surface3: "#343746",
    clickable: "#bfbfbf",
    base: "#f8f8f2",
    disabled: "#6272a4",
    hover: "#f8f8f2",
    accent: "#8ab4f8",
    error: "#ff8a80",
    errorSurface: "#3b2a2a",
  },
  syntax: {
    plain: "#f8f8f2",
    comment: { color: "#6272a4", fontStyle: "italic" },
    keyword: "#ff79c6",
    tag: "#ff79c6",
    punctuation: "#f8f8f2",
    definition: "#50fa7b",
    property: "#66d9ef",
    static: "#bd93f9",
    string: "#f1fa8c",
  },
  font,
};

type SyntaxStyle = string | { color?: string; fontStyle?: "normal" | "italic" };

/**
 * The theme with every text colour raised to a 4.5:1 contrast against the editor's background (WCAG AA,
 * what axe checks), as the site's code blocks are (`accessiblePrismTheme`): GitHub's red keywords and
 * both themes' grey line numbers and comments fall short as published.
 */
function accessible(theme: SandpackTheme): SandpackTheme {
  const colors = theme.colors ?? {};
  const background = colors.surface1 ?? "#ffffff";
  const fix = (color: string | undefined) =>
    color === undefined ? undefined : withMinContrast(color, background, 4.5);
  const syntax = Object.fromEntries(
    Object.entries(theme.syntax ?? {}).map(([token, style]: [string, SyntaxStyle]) => [
      token,
      typeof style === "string" ? fix(style) : { ...style, color: fix(style.color) },
    ]),
  );
  return {
    ...theme,
    colors: { ...colors, base: fix(colors.base), clickable: fix(colors.clickable), disabled: fix(colors.disabled) },
    syntax,
  } as SandpackTheme;
}

export const lightTheme = accessible(github);
export const darkTheme = accessible(dracula);
