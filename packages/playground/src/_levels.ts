import { decodeBase64 } from "./_base64.js";

/** A map's cell levels (one byte a cell, row by row from the bottom), decoded from its base64. */
export function decodeLevels(map: { levels: string }): Uint8Array {
  return decodeBase64(map.levels);
}
