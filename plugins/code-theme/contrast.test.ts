import { themes } from "prism-react-renderer";
import { describe, expect, it } from "vitest";
import { accessiblePrismTheme, contrastRatio, parseColor, withMinContrast } from "./contrast";

describe("contrast", () => {
  it("contrastRatio matches WCAG's reference values", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10);
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrastRatio(parseColor("#767676") ?? [0, 0, 0], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it("withMinContrast leaves a colour that already passes unchanged", () => {
    expect(withMinContrast("#000000", "#ffffff", 4.5)).toBe("#000000");
  });

  it.each([
    ["github", themes.github],
    ["dracula", themes.dracula],
  ])("accessiblePrismTheme(%s) gives every token at least 4.5:1 against the background", (_, theme) => {
    const fixed = accessiblePrismTheme(theme);
    const bg = parseColor(fixed.plain.backgroundColor ?? "") ?? [255, 255, 255];
    const colours = [fixed.plain.color, ...fixed.styles.map((s) => s.style.color)].filter(
      (c): c is string => typeof c === "string",
    );
    for (const c of colours) expect(contrastRatio(parseColor(c) ?? [0, 0, 0], bg), c).toBeGreaterThanOrEqual(4.5);
    // The untouched themes do fail somewhere, so this test would notice the fix going missing.
    const original = [theme.plain.color, ...theme.styles.map((s) => s.style.color)].filter(
      (c): c is string => typeof c === "string",
    );
    expect(original.some((c) => contrastRatio(parseColor(c) ?? [0, 0, 0], bg) < 4.5)).toBe(true);
  });
});
