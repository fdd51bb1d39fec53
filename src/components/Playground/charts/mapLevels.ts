// What both drawings of a heatmap's map share (./MapPicture.tsx in the browser, ./MapPicture.server.tsx
// on the server): its place in the figure, its palette and its decoded levels; and the canvas's pixels.
import type { HeatmapChart, HeatmapMap } from "@nn-explained/playground";
import { decodeLevels, heatmapPalette } from "@nn-explained/playground/chart-colors";

/** A plot's place in its figure, in the SVG's units. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Props of a map's picture. */
export interface MapPictureProps {
  map: HeatmapMap;
  chart: HeatmapChart;
  box: Box;
}

const palettes = new Map<string, Uint8Array>();

/** The RGBA palette (256 levels) of a chart's scale, built once per scale and class count. */
export function paletteOf(chart: HeatmapChart): Uint8Array {
  const key = `${chart.scale}:${chart.classes.length}`;
  let p = palettes.get(key);
  if (!p) {
    p = heatmapPalette(chart.scale, chart.classes.length);
    palettes.set(key, p);
  }
  return p;
}

// A map's bytes by its base64 text: a redraw decodes only the maps that changed (a dead unit's never does).
const decoded = new Map<string, Uint8Array>();

/** A map's levels (one byte a cell, bottom row first), decoded from its base64 text. */
export function levelsOf(levels: string): Uint8Array {
  let bytes = decoded.get(levels);
  if (!bytes) {
    if (decoded.size >= 64) decoded.clear();
    bytes = decodeLevels({ levels });
    decoded.set(levels, bytes);
  }
  return bytes;
}

/**
 * The pixels `indexedPng` (./indexedPng.ts) encodes, as a canvas's `ImageData` wants them: RGBA, top row first.
 * @param levels `width * height` palette indexes, bottom row first (as for `indexedPng`)
 * @param out reused between redraws when given (`width * height * 4` bytes)
 * @throws {RangeError} when `levels` or `out` does not fit `width × height`
 */
export function levelsRgba(
  levels: Uint8Array,
  width: number,
  height: number,
  palette: Uint8Array,
  out: Uint8ClampedArray = new Uint8ClampedArray(width * height * 4),
): Uint8ClampedArray {
  if (levels.length !== width * height || out.length !== width * height * 4) {
    throw new RangeError(
      `levelsRgba: levels must hold width × height (${width * height}) bytes and out four times that; got ${levels.length} and ${out.length}.`,
    );
  }
  for (let r = 0; r < height; r++) {
    const source = (height - 1 - r) * width;
    for (let c = 0; c < width; c++) {
      const p = (levels[source + c] as number) * 4;
      const q = (r * width + c) * 4;
      out[q] = palette[p] as number;
      out[q + 1] = palette[p + 1] as number;
      out[q + 2] = palette[p + 2] as number;
      out[q + 3] = palette[p + 3] as number;
    }
  }
  return out;
}
