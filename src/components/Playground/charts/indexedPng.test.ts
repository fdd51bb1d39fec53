import { inflateSync } from "node:zlib";
import { heatmapPalette } from "@nn-explained/playground/chart-colors";
import { describe, expect, it } from "vitest";
import { crc32, indexedPng, pngDataUrl } from "./indexedPng";
import { levelsRgba } from "./mapLevels";

/** The chunks of a PNG file: type and data, with each CRC checked. */
function chunks(png: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(png);
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out = new Map<string, Buffer>();
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.subarray(at + 4, at + 8).toString("latin1");
    const data = buf.subarray(at + 8, at + 8 + length);
    expect(buf.readUInt32BE(at + 8 + length)).toBe(crc32(buf.subarray(at + 4, at + 8 + length)));
    out.set(type, data);
    at += 12 + length;
  }
  return out;
}

describe("indexedPng", () => {
  it("crc32 matches the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("writes an 8-bit palette PNG whose rows are the levels with the bottom row last", () => {
    const levels = Uint8Array.from([0, 1, 2, 10, 11, 12]); // row 0 (bottom): 0 1 2; row 1 (top): 10 11 12
    const palette = heatmapPalette("sequential");
    const png = chunks(indexedPng(levels, 3, 2, palette));
    const ihdr = png.get("IHDR") as Buffer;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([3, 2, 8, 3, 0, 0, 0]);
    expect([...(png.get("PLTE") as Buffer).subarray(0, 3)]).toEqual([...palette.subarray(0, 3)]);
    expect((png.get("tRNS") as Buffer)[255]).toBe(0);
    // Each row starts with its filter byte (0: none); the top row comes first.
    expect([...inflateSync(png.get("IDAT") as Buffer)]).toEqual([0, 10, 11, 12, 0, 0, 1, 2]);
    expect(png.has("IEND")).toBe(true);
  });

  it("a smooth 64×64 map is a small data URL", () => {
    const levels = Uint8Array.from({ length: 64 * 64 }, (_, c) => Math.round(((c % 64) + Math.floor(c / 64)) * 2));
    const url = pngDataUrl(indexedPng(levels, 64, 64, heatmapPalette("sequential")));
    expect(url.startsWith("data:image/png;base64,")).toBe(true);
    // The palette alone is 1 kB; the cells compress well below their 4 kB.
    expect(url.length).toBeLessThan(4000);
  });

  it("refuses levels that do not fill the image", () => {
    expect(() => indexedPng(new Uint8Array(5), 3, 2, heatmapPalette("sequential"))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: indexedPng: levels must hold width × height (6) bytes; got 5.]`,
    );
  });

  it("levelsRgba gives a canvas the pixels the PNG holds, top row first", () => {
    for (const scale of ["sequential", "diverging", "classes"] as const) {
      const palette = heatmapPalette(scale, 3);
      const [w, h] = [7, 5];
      const levels = Uint8Array.from(
        { length: w * h },
        (_, c) => (c * 37 + (scale === "classes" ? 255 * (c % 9 === 0 ? 1 : 0) : 0)) % 256,
      );
      const rows = inflateSync(chunks(indexedPng(levels, w, h, palette)).get("IDAT") as Buffer);
      const rgba = levelsRgba(levels, w, h, palette);
      for (let r = 0; r < h; r++) {
        for (let c = 0; c < w; c++) {
          const index = rows[r * (w + 1) + 1 + c] as number;
          expect([...rgba.subarray((r * w + c) * 4, (r * w + c) * 4 + 4)]).toEqual([
            ...palette.subarray(index * 4, index * 4 + 4),
          ]);
        }
      }
    }
  });

  it("levelsRgba refuses levels or a buffer that do not fit", () => {
    const palette = heatmapPalette("sequential");
    expect(() => levelsRgba(new Uint8Array(5), 3, 2, palette)).toThrow(
      "levelsRgba: levels must hold width × height (6) bytes and out four times that; got 5 and 24.",
    );
    expect(() => levelsRgba(new Uint8Array(6), 3, 2, palette, new Uint8ClampedArray(4))).toThrow(/got 6 and 4\.$/);
  });
});
