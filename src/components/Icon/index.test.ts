import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ICON_NAMES, iconSvg } from ".";

describe("the icons", () => {
  it.each(ICON_NAMES)("draws %s as one filled path in a 24 × 24 viewBox", (name) => {
    const svg = iconSvg(name);
    expect(svg).toMatch(/^<svg viewBox="0 0 24 24" focusable="false"><path d="[^"]+"\/><\/svg>$/);
    // The path's commands and numbers only: nothing that markup would need escaped.
    expect(/d="([^"]+)"/.exec(svg)?.[1]).toMatch(/^[MmLlHhVvCcSsQqTtAaZz0-9 ,.-]+$/);
  });

  it("are ten, each a path of its own", () => {
    expect(new Set(ICON_NAMES.map(iconSvg)).size).toBe(ICON_NAMES.length);
    expect(ICON_NAMES).toHaveLength(10);
  });

  it("fill their box in the text colour, and the button text colour in forced colours", () => {
    const css = readFileSync(new URL("./styles.module.css", import.meta.url), "utf8");
    expect(css).toMatch(/\.icon > svg \{[^}]*width: 100%;[^}]*height: 100%;[^}]*fill: currentColor;/);
    expect(css).toMatch(/@media \(forced-colors: active\) \{\s*\.icon > svg \{[^}]*fill: ButtonText;/);
  });
});
