import { describe, expect, it } from "vitest";
import {
  argmaxOfLevel,
  BLUE_ORANGE,
  CLASS_COLORS,
  confidenceLevels,
  heatmapPalette,
  levelValue,
  MARKERS,
  MISSING_LEVEL,
  scaleColor,
  toHex,
  VIRIDIS,
  valueLevel,
} from "./chartColors.js";

/** Relative luminance (WCAG 2), 0 for black to 1 for white. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r as number) + 0.7152 * lin(g as number) + 0.0722 * lin(b as number);
}

describe("colour scales", () => {
  it("viridis runs from its first to its last stop, and its lightness rises monotonically (readable in grey)", () => {
    expect(toHex(scaleColor(VIRIDIS, 0))).toBe(VIRIDIS[0]);
    expect(toHex(scaleColor(VIRIDIS, 1))).toBe(VIRIDIS[9]);
    const l = Array.from({ length: 101 }, (_, i) => luminance(scaleColor(VIRIDIS, i / 100)));
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1] as number);
  });

  it("the diverging scale is lightest at its centre and darkens toward both ends", () => {
    const l = Array.from({ length: 101 }, (_, i) => luminance(scaleColor(BLUE_ORANGE, i / 100)));
    const centre = l[50] as number;
    expect(Math.max(...l)).toBe(centre);
    for (let i = 1; i <= 50; i++) expect(l[i]).toBeGreaterThanOrEqual(l[i - 1] as number);
    for (let i = 51; i <= 100; i++) expect(l[i]).toBeLessThanOrEqual(l[i - 1] as number);
    // Blue below the centre, orange above.
    const [r0, , b0] = scaleColor(BLUE_ORANGE, 0.1);
    const [r1, , b1] = scaleColor(BLUE_ORANGE, 0.9);
    expect(b0).toBeGreaterThan(r0);
    expect(r1).toBeGreaterThan(b1);
  });

  it("there are as many class colours as marker shapes, all different", () => {
    expect(new Set(CLASS_COLORS).size).toBe(CLASS_COLORS.length);
    expect(new Set(MARKERS).size).toBe(CLASS_COLORS.length);
  });
});

describe("levels", () => {
  it("valueLevel and levelValue invert each other to within half a level", () => {
    const domain: [number, number] = [-3, 5];
    for (let v = -3; v <= 5; v += 0.01) {
      expect(Math.abs(levelValue(valueLevel(v, domain), domain) - v)).toBeLessThanOrEqual(8 / 254 / 2 + 1e-12);
    }
    expect(valueLevel(Number.NaN, domain)).toBe(MISSING_LEVEL);
    expect(valueLevel(-10, domain)).toBe(0);
    expect(valueLevel(10, domain)).toBe(254);
  });

  it("the palette of a value scale is opaque with a transparent missing level", () => {
    const p = heatmapPalette("sequential");
    expect([...p.subarray(0, 4)]).toEqual([68, 1, 84, 255]);
    expect(p[MISSING_LEVEL * 4 + 3]).toBe(0);
  });

  it("an argmax palette gives each class its colour, more opaque with confidence", () => {
    const k = 3;
    const per = confidenceLevels(k);
    const p = heatmapPalette("classes", k);
    const alpha = (level: number) => p[level * 4 + 3] as number;
    expect(toHex([p[per * 4] as number, p[per * 4 + 1] as number, p[per * 4 + 2] as number])).toBe(
      (CLASS_COLORS[1] as string).toLowerCase(),
    );
    expect(alpha(per)).toBeLessThan(alpha(2 * per - 1));
    expect(alpha(2 * per - 1)).toBe(255);
    expect(argmaxOfLevel(2 * per - 1, k)).toEqual({ classIndex: 1, confidence: 1 });
    expect(argmaxOfLevel(per, k)?.confidence).toBeCloseTo(1 / 3);
  });
});
