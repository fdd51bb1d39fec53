import { invalid } from "../_lib/assert.js";
import { assertKnownOptions, boolOption, intOption, numberOption, seedOption } from "./_options.js";
import { permutation, shuffleInPlace } from "./_random.js";
import { createRng } from "./createRng.js";

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
  /** Shuffle the points and the feature columns. Default true. */
  shuffle?: boolean;
  /** Seed of {@link createRng}. Default 0. */
  seed?: number;
}

const KNOWN = ["nSamples", "nFeatures", "nInformative", "nTargets", "bias", "noise", "shuffle", "seed"] as const;

/**
 * A random linear regression problem, as scikit-learn's `make_regression` (without
 * `effective_rank`): standard normal features, `nInformative` of them with coefficients uniform in
 * [0, 100), `y = X · coef + bias + noise`. The numbers differ from scikit-learn's because the random
 * generator differs; the same seed gives the same data in every JS engine.
 * @param options see {@link MakeRegressionOptions}
 * @returns `X`, `y` (a vector when `nTargets` is 1, else rows) and `coef` (the true coefficients,
 * one per feature, or one row of `nTargets` per feature), as scikit-learn's `coef=True`
 * @throws {InvalidArgumentError} for an unknown option or an invalid value
 * @example
 * const { y } = makeRegression({ nSamples: 50, nFeatures: 2, nInformative: 1, bias: -1000, seed: 0 });
 * y.every((v) => v < 0) //=> true
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
  const shuffle = boolOption(fn, "shuffle", options.shuffle, true);
  const rng = createRng(seedOption(fn, options.seed));
  if (options.nInformative !== undefined && nInformativeRaw > nFeatures) {
    invalid(fn, "nInformative", `at most nFeatures (${nFeatures})`, nInformativeRaw);
  }
  // scikit-learn clips the default 10 to nFeatures.
  const nInformative = Math.min(nInformativeRaw, nFeatures);

  const X = Array.from({ length: nSamples }, () => Array.from({ length: nFeatures }, () => rng.normal()));
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
