import { invalid } from "../_lib/assert.js";
import { householderQr } from "./_linalg.js";
import { detExp } from "./_math.js";
import { assertKnownOptions, boolOption, intOption, numberOption, seedOption } from "./_options.js";
import { permutation, shuffleInPlace } from "./_random.js";
import { createRng, type Rng } from "./createRng.js";

/** Options of {@link makeRegression}: scikit-learn's `make_regression` parameters in camelCase. */
export interface MakeRegressionOptions {
  /** Number of points. Default 100. */
  nSamples?: number;
  /** Number of features. Default 100. */
  nFeatures?: number;
  /** Features with a non-zero coefficient. Default 10. */
  nInformative?: number;
  /** Number of targets; with 1, `y` is a vector, otherwise one row per point. Default 1. */
  nTargets?: number;
  /** Added to every target: a negative bias makes all targets negative (the ReLU-output article). Default 0. */
  bias?: number;
  /** Standard deviation of Gaussian noise added to the targets. Default 0. */
  noise?: number;
  /**
   * Approximate number of singular vectors that explain most of `X` (an integer >= 1): `X` is then a
   * low-rank, correlated matrix as scikit-learn's `make_low_rank_matrix` instead of independent standard
   * normal features. Default: none (well-conditioned `X`).
   */
  effectiveRank?: number;
  /** With `effectiveRank`, the share in [0, 1] of the slowly decaying tail of the singular values. Default 0.5. */
  tailStrength?: number;
  /** Shuffle the points and the feature columns. Default true. */
  shuffle?: boolean;
  /** Seed of {@link createRng}. Default 0. */
  seed?: number;
}

const KNOWN = [
  "nSamples",
  "nFeatures",
  "nInformative",
  "nTargets",
  "bias",
  "noise",
  "effectiveRank",
  "tailStrength",
  "shuffle",
  "seed",
] as const;

/**
 * The singular values of scikit-learn's `make_low_rank_matrix`: a bell-shaped profile of width
 * `effectiveRank` plus a fat exponential tail, `(1 − t) e^(−(i/r)²) + t e^(−0.1 i/r)` for i = 0..n−1.
 */
function lowRankProfile(n: number, effectiveRank: number, tailStrength: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    const q = i / effectiveRank;
    // NumPy's expressions term by term, `-1.0 * (i / r) ** 2` and `-0.1 * i / r` (left to right), with q·q for
    // `** 2` and detExp for exp, which ECMAScript leaves implementation-approximated (see _math.ts).
    const lowRank = (1 - tailStrength) * detExp(-1.0 * (q * q));
    const tail = tailStrength * detExp((-0.1 * i) / effectiveRank);
    return lowRank + tail;
  });
}

/**
 * scikit-learn's `make_low_rank_matrix`: `X = U diag(s) Vᵀ` with U (nSamples×n) and V (nFeatures×n),
 * n = min(nSamples, nFeatures), the orthonormal Q factors of standard normal matrices drawn in that order,
 * and s from {@link lowRankProfile}.
 */
function lowRankMatrix(
  rng: Rng,
  nSamples: number,
  nFeatures: number,
  effectiveRank: number,
  tailStrength: number,
): number[][] {
  const n = Math.min(nSamples, nFeatures);
  const gaussian = (rows: number) => Array.from({ length: rows }, () => Array.from({ length: n }, () => rng.normal()));
  const U = householderQr(gaussian(nSamples)).Q;
  const V = householderQr(gaussian(nFeatures)).Q;
  const s = lowRankProfile(n, effectiveRank, tailStrength);
  return U.map((u) => {
    const us = u.map((x, k) => x * (s[k] as number));
    return V.map((v) => {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += (us[k] as number) * (v[k] as number);
      return sum;
    });
  });
}

/**
 * A random linear regression problem, as scikit-learn's `make_regression`: standard normal features,
 * `nInformative` of them with coefficients uniform in [0, 100), `y = X · coef + bias + noise`. With
 * `effectiveRank` r and `tailStrength` t, `X` is instead scikit-learn's `make_low_rank_matrix`: `U diag(s) Vᵀ`
 * with random orthonormal U and V (QR of Gaussian matrices) and singular values
 * `s_i = (1 − t) e^(−(i/r)²) + t e^(−0.1 i/r)`, i = 0 … min(nSamples, nFeatures) − 1. The numbers differ
 * from scikit-learn's because the random generator differs; the same seed gives the same data in every
 * JS engine.
 * @param options see {@link MakeRegressionOptions}
 * @returns `X`, `y` (a vector when `nTargets` is 1, else rows) and `coef` (the true coefficients,
 * one per feature, or one row of `nTargets` per feature), as scikit-learn's `coef=True`
 * @throws {InvalidArgumentError} for an unknown option or an invalid value
 * @example
 * const { y } = makeRegression({ nSamples: 50, nFeatures: 2, nInformative: 1, bias: -1000, seed: 0 });
 * y.every((v) => v < 0) //=> true
 * // Singular values 1, e^-1, e^-4: the squared entries of X sum to 1 + e^-2 + e^-8.
 * const { X } = makeRegression({ nSamples: 20, nFeatures: 3, effectiveRank: 1, tailStrength: 0, seed: 0 });
 * X.flat().reduce((s, v) => s + v * v, 0) //=> 1.1357
 */
export function makeRegression(options?: MakeRegressionOptions & { nTargets?: 1 }): {
  X: number[][];
  y: number[];
  coef: number[];
};
export function makeRegression(options: MakeRegressionOptions): {
  X: number[][];
  y: number[] | number[][];
  coef: number[] | number[][];
};
export function makeRegression(options: MakeRegressionOptions = {}): {
  X: number[][];
  y: number[] | number[][];
  coef: number[] | number[][];
} {
  const fn = "makeRegression";
  assertKnownOptions(fn, options, KNOWN);
  const nSamples = intOption(fn, "nSamples", options.nSamples, 100, 1);
  const nFeatures = intOption(fn, "nFeatures", options.nFeatures, 100, 1);
  const nInformativeRaw = intOption(fn, "nInformative", options.nInformative, 10, 0);
  const nTargets = intOption(fn, "nTargets", options.nTargets, 1, 1);
  const bias = numberOption(fn, "bias", options.bias, 0);
  const noise = numberOption(fn, "noise", options.noise, 0, { min: 0 });
  const effectiveRank =
    options.effectiveRank === undefined ? undefined : intOption(fn, "effectiveRank", options.effectiveRank, 1, 1);
  // Checked even without effectiveRank, where it has no effect, as scikit-learn validates every parameter.
  const tailStrength = numberOption(fn, "tailStrength", options.tailStrength, 0.5, { min: 0, max: 1 });
  const shuffle = boolOption(fn, "shuffle", options.shuffle, true);
  const rng = createRng(seedOption(fn, options.seed));
  if (options.nInformative !== undefined && nInformativeRaw > nFeatures) {
    invalid(fn, "nInformative", `at most nFeatures (${nFeatures})`, nInformativeRaw);
  }
  // scikit-learn clips the default 10 to nFeatures.
  const nInformative = Math.min(nInformativeRaw, nFeatures);

  const X =
    effectiveRank === undefined
      ? Array.from({ length: nSamples }, () => Array.from({ length: nFeatures }, () => rng.normal()))
      : lowRankMatrix(rng, nSamples, nFeatures, effectiveRank, tailStrength);
  const coef = Array.from({ length: nFeatures }, (_, j) =>
    Array.from({ length: nTargets }, () => (j < nInformative ? 100 * rng.next() : 0)),
  );
  const Y = X.map((row) =>
    Array.from({ length: nTargets }, (_, t) => {
      let s = bias;
      for (let j = 0; j < nInformative; j++) s += (row[j] as number) * ((coef[j] as number[])[t] as number);
      return s;
    }),
  );
  if (noise > 0)
    for (const row of Y) for (let t = 0; t < nTargets; t++) row[t] = (row[t] as number) + noise * rng.normal();

  let Xo = X;
  let Yo = Y;
  let coefO = coef;
  if (shuffle) {
    const order = permutation(rng, nSamples);
    const cols = shuffleInPlace(
      rng,
      Array.from({ length: nFeatures }, (_, j) => j),
    );
    Xo = order.map((i) => cols.map((j) => (X[i] as number[])[j] as number));
    Yo = order.map((i) => Y[i] as number[]);
    coefO = cols.map((j) => coef[j] as number[]);
  }
  if (nTargets === 1) return { X: Xo, y: Yo.map((r) => r[0] as number), coef: coefO.map((r) => r[0] as number) };
  return { X: Xo, y: Yo, coef: coefO };
}
