import type { OutputEntry } from "./output.js";

/**
 * The key under which the build stores an example's recorded output: a hash of the entry file's text.
 * The page computes it from the text it was given, so a playground finds its recording without the
 * author naming it, and an example edited since the build finds none rather than a wrong one.
 * @example
 * buildOutputKey('console.log("hi");\n') //=> "k1q0f3vx"
 */
export function buildOutputKey(text: string): string {
  // FNV-1a over UTF-16 code units, twice with different offsets for 64 bits of key: not cryptographic,
  // only a name for a handful of examples.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193 + 2);
  }
  return `k${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** One example's output as the build recorded it. */
export interface BuildOutput {
  /** `buildOutputKey` of the example's text. */
  key: string;
  /** `sigmoid-multiclass/examples/softmax-stability.ts`, relative to docs/. */
  file: string;
  entries: OutputEntry[];
  dropped: number;
  status: "done" | "error";
}
