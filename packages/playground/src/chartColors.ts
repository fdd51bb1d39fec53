// The colours and marker shapes of the grid charts (`heatmapChart`, `scatterChart`), shared by the page
// that draws them and by the tests. A heatmap travels as one byte per cell (a "level"); this module says
// what colour each level is.
//
// - Sequential values: viridis (van der Walt & Smith, matplotlib 2.0): perceptually uniform, readable in
//   grey and by readers with any common colour-vision deficiency.
// - Diverging values: blue–white–orange, built from ColorBrewer's RdBu blues and PuOr oranges (both
//   marked colour-blind safe by ColorBrewer); blue and orange stay apart for deutan, protan and tritan eyes.
// - Classes: Okabe & Ito (2008), the palette the playground's line and bar charts use, with grey for the
//   eighth class instead of black (invisible in dark mode). Each class also has its own marker shape, so
//   no class is told by its colour alone.

/** Cell levels 0–254 carry a value (or a class and its confidence); 255 marks a cell whose value is not finite. */
export const VALUE_LEVELS = 255;
/** The level of a cell whose value is NaN or infinite: drawn transparent, named in the legend. */
export const MISSING_LEVEL = 255;
/** The most classes a chart tells apart (colours and marker shapes). */
export const MAX_CLASSES = 8;

/** matplotlib's viridis at 0, 1/9, …, 1. */
export const VIRIDIS = [
  "#440154",
  "#482878",
  "#3e4989",
  "#31688e",
  "#26828e",
  "#1f9e89",
  "#35b779",
  "#6ece58",
  "#b5de2b",
  "#fde725",
] as const;

/** Blue (low) through near-white (the centre) to orange (high), evenly spaced. */
export const BLUE_ORANGE = [
  "#2166ac",
  "#4393c3",
  "#92c5de",
  "#d1e5f0",
  "#f7f7f7",
  "#fee0b6",
  "#fdb863",
  "#e08214",
  "#b35806",
] as const;

/** One colour per class, Okabe–Ito. */
export const CLASS_COLORS = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#999999",
] as const;

/** One marker shape per class, in class order. */
export const MARKERS = ["circle", "square", "triangle", "diamond", "triangle-down", "plus", "cross", "star"] as const;
export type MarkerShape = (typeof MARKERS)[number];

/** How a heatmap's levels map to colours. */
export type HeatmapScale = "sequential" | "diverging" | "classes";

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * The colour at `t` in [0, 1] of a scale given by evenly spaced stops, interpolated linearly in sRGB
 * (the stops are close enough that the error is below what a screen shows).
 * @example
 * scaleColor(VIRIDIS, 0) //=> [68, 1, 84]
 */
export function scaleColor(stops: readonly string[], t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = rgb(stops[i] as string);
  const b = rgb(stops[i + 1] as string);
  return [0, 1, 2].map((c) => Math.round((a[c] as number) + ((b[c] as number) - (a[c] as number)) * f)) as [
    number,
    number,
    number,
  ];
}

/** `#rrggbb` for a colour triple. */
export function toHex([r, g, b]: readonly [number, number, number]): string {
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/** Confidence levels per class in an argmax map of `classCount` classes: the 255 value levels shared out. */
export function confidenceLevels(classCount: number): number {
  return Math.floor(VALUE_LEVELS / Math.max(1, classCount));
}

// An argmax region's opacity runs from this (no confidence: every class equally likely) to 1 (certain),
// so the page's background shows through where the model hesitates: lighter in light mode, darker in dark.
const MIN_ALPHA = 0.08;

/**
 * The class and the confidence (in [1/K, 1]) a level of an argmax map stands for, or null for
 * `MISSING_LEVEL`.
 */
export function argmaxOfLevel(level: number, classCount: number): { classIndex: number; confidence: number } | null {
  if (level === MISSING_LEVEL) return null;
  const per = confidenceLevels(classCount);
  const classIndex = Math.floor(level / per);
  const floor = 1 / classCount;
  return { classIndex, confidence: floor + ((level % per) / (per - 1)) * (1 - floor) };
}

/**
 * RGBA for each of the 256 levels of a heatmap with this scale (4 bytes a level): what the page's image
 * shows. Level 255 (a missing value) is transparent.
 * @param classCount the number of classes, for `"classes"`
 * @example
 * heatmapPalette("sequential").subarray(0, 4) //=> Uint8Array [68, 1, 84, 255]
 */
export function heatmapPalette(scale: HeatmapScale, classCount = 0): Uint8Array {
  const out = new Uint8Array(256 * 4);
  for (let level = 0; level < VALUE_LEVELS; level++) {
    let color: [number, number, number];
    let alpha = 255;
    if (scale === "classes") {
      const per = confidenceLevels(classCount);
      const k = Math.floor(level / per);
      if (k >= classCount) continue;
      color = rgb(CLASS_COLORS[k] as string);
      alpha = Math.round(255 * (MIN_ALPHA + (1 - MIN_ALPHA) * ((level % per) / (per - 1))));
    } else {
      color = scaleColor(scale === "diverging" ? BLUE_ORANGE : VIRIDIS, level / (VALUE_LEVELS - 1));
    }
    out.set([...color, alpha], level * 4);
  }
  return out;
}

/** The value at the middle of a level's bin, for a value map over `domain`. */
export function levelValue(level: number, [lo, hi]: readonly [number, number]): number {
  return level === MISSING_LEVEL ? Number.NaN : lo + (level / (VALUE_LEVELS - 1)) * (hi - lo);
}

/** The level of `v` on a value map over `domain` (values outside are clamped; NaN and ±Infinity are missing). */
export function valueLevel(v: number, [lo, hi]: readonly [number, number]): number {
  if (!Number.isFinite(v)) return MISSING_LEVEL;
  if (!(hi > lo)) return (VALUE_LEVELS - 1) >> 1;
  const t = (v - lo) / (hi - lo);
  return Math.min(VALUE_LEVELS - 1, Math.max(0, Math.round(t * (VALUE_LEVELS - 1))));
}

export { decodeLevels } from "./_levels.js";
