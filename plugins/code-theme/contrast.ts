import type { PrismTheme } from "prism-react-renderer";

type Rgb = [number, number, number];

/** Parses `#rgb`, `#rrggbb`, `rgb(…)` and `rgba(…)` (alpha ignored); null for anything else. */
export function parseColor(color: string): Rgb | null {
  return (parseRgba(color)?.slice(0, 3) as Rgb | undefined) ?? null;
}

/** A `#rgb`, `#rrggbb`, `rgb()` or `rgba()` colour as its channels and alpha (1 unless given); null otherwise. */
export function parseRgba(color: string): [number, number, number, number] | null {
  const hex = color.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
    return [...[0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)), 1] as [number, number, number, number];
  }
  const fn = color.match(/^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i);
  return fn ? [Number(fn[1]), Number(fn[2]), Number(fn[3]), fn[4] === undefined ? 1 : Number(fn[4])] : null;
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Moves `color` towards black (on a light background) or white (on a dark one), in small steps, until it
 * reaches `minRatio` against `background`. Hue is kept as far as the ratio allows.
 */
export function withMinContrast(color: string, background: string, minRatio: number): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (!fg || !bg || contrastRatio(fg, bg) >= minRatio) return color;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.02; t <= 1.0001; t += 0.02) {
    const mixed = fg.map((v, i) => v + ((target[i] ?? v) - v) * t) as Rgb;
    if (contrastRatio(mixed, bg) >= minRatio) return toHex(mixed);
  }
  return toHex(target);
}

/**
 * A copy of a Prism theme in which every token colour has at least `minRatio` contrast with the
 * background (WCAG AA for normal text is 4.5), so code blocks pass automated accessibility checks
 * in light and dark mode.
 */
export function accessiblePrismTheme(theme: PrismTheme, minRatio = 4.5): PrismTheme {
  const background = theme.plain.backgroundColor ?? "#ffffff";
  const fix = (color: string | undefined) =>
    color === undefined ? undefined : withMinContrast(color, background, minRatio);
  return {
    plain: { ...theme.plain, color: fix(theme.plain.color) },
    styles: theme.styles.map((s) => ({ ...s, style: { ...s.style, color: fix(s.style.color) } })),
  };
}
