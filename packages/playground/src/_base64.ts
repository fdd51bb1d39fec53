// Base64 (RFC 4648, with padding) for the bytes of a chart's grid. Written here because the package
// targets plain ES2022, where `btoa`/`atob` are not part of the language (the worker, Node and the page
// all have them, but the type-check of examples must not assume it).
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
// Character code → 6-bit value (255: not a base64 character).
const INDEX = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

/** Bytes as base64 text. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += b === undefined ? "=" : ALPHABET[(n >> 6) & 63];
    out += c === undefined ? "=" : ALPHABET[n & 63];
  }
  return out;
}

/**
 * Base64 text as bytes.
 * @throws {TypeError} when `text` is not base64
 */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = INDEX[clean.charCodeAt(i)] ?? 255;
    if (v === 255)
      throw new TypeError(`decodeBase64: text must be base64; got the character ${JSON.stringify(clean[i])}.`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
