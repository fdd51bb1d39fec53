import { assertNumber, invalid } from "../_lib/assert.js";
import { detLog } from "./_math.js";

/** A seeded random number generator; the same seed gives the same sequence in every JS engine. */
export interface Rng {
  /** A uniform number in [0, 1), with 32 random bits. */
  next(): number;
  /** A standard normal number (mean 0, standard deviation 1). */
  normal(): number;
  /** A uniform integer in [0, n), without modulo bias; `n` a positive integer up to 2³². */
  int(n: number): number;
}

const TWO_32 = 4294967296;

/**
 * splitmix32 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators", 32-bit
 * variant): turns any seed, including 0 and small neighbours, into well-mixed state words.
 */
function splitmix32(state: number): number {
  let t = state ^ (state >>> 16);
  t = Math.imul(t, 0x21f0aaad);
  t ^= t >>> 15;
  t = Math.imul(t, 0x735a2d97);
  return (t ^ (t >>> 15)) >>> 0;
}

/**
 * A seeded pseudo-random generator: sfc32 (Chris Doty-Humphrey's "Small Fast Counting" generator from
 * PractRand, 128-bit state, passes PractRand and BigCrush) seeded through splitmix32, with normals by
 * Marsaglia's polar method. Only 32-bit integer operations, `+ - * /` and `Math.sqrt` (an IEEE 754
 * correctly rounded operation) are used; the logarithm is computed by the library itself
 * because `Math.log` may differ in the last bit between engines. So the sequence is identical in
 * every browser and in Node. Not for cryptography.
 * @param seed any safe integer; all 53 bits are mixed into the state
 * @returns a generator `{ next, normal, int }`
 * @throws {InvalidArgumentError} when `seed` is not a safe integer
 * @example
 * const rng = createRng(42);
 * [rng.int(6), rng.int(6), rng.int(6)] //=> [3, 1, 2]
 */
export function createRng(seed: number): Rng {
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) invalid("createRng", "seed", "a safe integer", seed);
  // Fold the high bits of a large seed into the low word, then draw the four state words from a
  // splitmix32 stream (the seeding PractRand recommends for sfc).
  let sm = ((seed >>> 0) ^ Math.imul(Math.floor(seed / TWO_32) | 0, 0x9e3779b9)) | 0;
  const word = (): number => {
    sm = (sm + 0x9e3779b9) | 0;
    return splitmix32(sm);
  };
  let a = word();
  let b = word();
  let c = word();
  let d = word();

  // sfc32, one 32-bit output per call.
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs, as the sfc reference seeding does, so the state is fully mixed.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / TWO_32;

  // Marsaglia & Bray (1964) polar method: two normals per accepted pair; the second is kept.
  let spare = 0;
  let hasSpare = false;
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * next() - 1;
      v = 2 * next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * detLog(s)) / s);
    spare = v * f;
    hasSpare = true;
    return u * f;
  };

  const int = (n: number): number => {
    // Checked on the slow path only: shuffles call this once per element.
    if (!(Number.isInteger(n) && n >= 1 && n <= TWO_32))
      assertNumber("Rng.int", "n", n, { min: 1, max: TWO_32, integer: true });
    // Rejection sampling: accept only draws below the largest multiple of n, so every residue is
    // equally likely (no modulo bias).
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % n;
    }
  };

  return { next, normal, int };
}
