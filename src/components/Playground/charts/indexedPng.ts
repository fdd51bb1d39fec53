// A heatmap's picture as the server draws it (./MapPicture.server.tsx): a PNG data URL. One byte a cell
// is exactly an indexed-colour PNG (colour type 3) with the chart's palette, deflated by fflate (already
// the share links' compressor). An SVG <image> shows it (the site's CSP allows `img-src data:`), visible
// without JavaScript. A 64×64 viridis map of a smooth function is about 1–3 kB of PNG. The browser draws
// the same pixels on a canvas (`levelsRgba` in ./mapLevels.ts; a test holds the two to each other).
import { zlibSync } from "fflate";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309, the polynomial PNG uses) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * An indexed-colour PNG of `levels` (one palette index a pixel).
 * @param levels `width * height` indexes, row by row, **bottom row first** (a chart's row `j` is at `y[j]`,
 *   increasing upward; PNG rows go top down, so the rows are written in reverse)
 * @param palette 256 RGBA entries (4 bytes each): PLTE takes the colours, tRNS the alphas
 * @throws {RangeError} when `levels` does not hold `width * height` bytes
 */
export function indexedPng(levels: Uint8Array, width: number, height: number, palette: Uint8Array): Uint8Array {
  if (levels.length !== width * height) {
    throw new RangeError(
      `indexedPng: levels must hold width × height (${width * height}) bytes; got ${levels.length}.`,
    );
  }
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits an index, colour type 3 (palette), deflate, adaptive filters, no interlace
  const plte = new Uint8Array(256 * 3);
  const trns = new Uint8Array(256);
  for (let i = 0; i < 256; i++) {
    plte.set(palette.subarray(i * 4, i * 4 + 3), i * 3);
    trns[i] = palette[i * 4 + 3] as number;
  }
  // Filter type 0 on every row: the PNG specification recommends no filter for palette images.
  const raw = new Uint8Array(height * (width + 1));
  for (let r = 0; r < height; r++) {
    const source = height - 1 - r;
    raw.set(levels.subarray(source * width, (source + 1) * width), r * (width + 1) + 1);
  }
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("tRNS", trns),
    chunk("IDAT", zlibSync(raw, { level: 6 })),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `data:image/png;base64,…` for `bytes`. */
export function pngDataUrl(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}
