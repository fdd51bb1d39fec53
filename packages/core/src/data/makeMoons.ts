import { assertNumber, invalid } from "../_lib/assert.js";
import { detCos, detSin } from "./_math.js";
import { assertKnownOptions, boolOption, seedOption } from "./_options.js";
import { permutation } from "./_random.js";
import { createRng } from "./createRng.js";

/** Options of {@link makeMoons}: scikit-learn's `make_moons` parameters in camelCase. */
export interface MakeMoonsOptions {
  /** Total number of points (the outer moon gets `floor(n / 2)`), or `[nOuter, nInner]`. Default 100. */
  nSamples?: number | [number, number];
  /** Shuffle the points. Default true. */
  shuffle?: boolean;
  /** Standard deviation of Gaussian noise added to every coordinate; `null` for none. Default null. */
  noise?: number | null;
  /** Seed of {@link createRng}. Default 0. */
  seed?: number;
}

const KNOWN = ["nSamples", "shuffle", "noise", "seed"] as const;

/** n evenly spaced numbers from 0 to π inclusive, like `numpy.linspace(0, pi, n)`. */
function linspacePi(n: number): number[] {
  if (n === 1) return [0];
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? Math.PI : (i * Math.PI) / (n - 1)));
}

/**
 * Two interleaving half circles, as scikit-learn's `make_moons`: the outer moon is
 * (cos t, sin t), the inner one (1 − cos t, 0.5 − sin t) for t in [0, π]; class 0 is the outer moon.
 * Noise values differ from scikit-learn's because the random generator differs; the data are
 * identical in every JS engine (sine and cosine are computed by the library, not `Math`).
 * @param options see {@link MakeMoonsOptions}
 * @returns `X` (points in the plane) and `y` (0 outer, 1 inner)
 * @throws {InvalidArgumentError} for an unknown option or an invalid value
 * @example
 * makeMoons({ nSamples: 4, shuffle: false }).y //=> [0, 0, 1, 1]
 */
export function makeMoons(options: MakeMoonsOptions = {}): { X: number[][]; y: number[] } {
  const fn = "makeMoons";
  assertKnownOptions(fn, options, KNOWN);
  const { nSamples = 100, noise = null } = options;
  const shuffle = boolOption(fn, "shuffle", options.shuffle, true);
  const rng = createRng(seedOption(fn, options.seed));
  let nOut: number;
  let nIn: number;
  if (typeof nSamples === "number") {
    assertNumber(fn, "nSamples", nSamples, { min: 1, integer: true });
    nOut = Math.floor(nSamples / 2);
    nIn = nSamples - nOut;
  } else if (Array.isArray(nSamples) && nSamples.length === 2) {
    assertNumber(fn, "nSamples[0]", nSamples[0], { min: 0, integer: true });
    assertNumber(fn, "nSamples[1]", nSamples[1], { min: 0, integer: true });
    [nOut, nIn] = nSamples;
  } else {
    invalid(fn, "nSamples", "a positive integer or a pair [nOuter, nInner]", nSamples);
  }
  if (noise !== null) assertNumber(fn, "noise", noise, { min: 0 });

  let X: number[][] = [
    ...linspacePi(nOut).map((t) => [detCos(t), detSin(t)]),
    ...linspacePi(nIn).map((t) => [1 - detCos(t), 1 - detSin(t) - 0.5]),
  ];
  let y: number[] = [...new Array<number>(nOut).fill(0), ...new Array<number>(nIn).fill(1)];
  // scikit-learn shuffles first, then adds noise; kept in that order.
  if (shuffle) {
    const order = permutation(rng, X.length);
    X = order.map((i) => X[i] as number[]);
    y = order.map((i) => y[i] as number);
  }
  if (noise !== null) X = X.map((row) => row.map((v) => v + noise * rng.normal()));
  return { X, y };
}
