import { assertNumber, invalid } from "../_lib/assert.js";
import { ShapeError } from "../errors.js";
import { assertKnownOptions, assertNumbers, boolOption, intOption, seedOption } from "./_options.js";
import { permutation, uniform } from "./_random.js";
import { createRng } from "./createRng.js";

/** Options of {@link makeBlobs}: scikit-learn's `make_blobs` parameters in camelCase. */
export interface MakeBlobsOptions {
  /** Total number of points, split evenly (the first centers get one more), or one count per center. Default 100. */
  nSamples?: number | number[];
  /** Number of features; ignored when `centers` are given as points. Default 2. */
  nFeatures?: number;
  /** Number of centers drawn uniformly in `centerBox`, or the centers themselves. Default 3 (or `nSamples.length`). */
  centers?: number | number[][];
  /** Standard deviation of every cluster, or one per center. Default 1. */
  clusterStd?: number | number[];
  /** Bounds of the box random centers are drawn from. Default [-10, 10]. */
  centerBox?: [number, number];
  /** Shuffle the points (otherwise they come grouped by center). Default true. */
  shuffle?: boolean;
  /** Seed of {@link createRng}. Default 0 (scikit-learn's `random_state=None` would draw fresh randomness). */
  seed?: number;
}

const KNOWN = ["nSamples", "nFeatures", "centers", "clusterStd", "centerBox", "shuffle", "seed"] as const;

/**
 * Isotropic Gaussian blobs for clustering and classification, as scikit-learn's `make_blobs`:
 * same options (camelCase) and meanings. The numbers differ from scikit-learn's because the random
 * generator differs; the same seed gives the same data in every JS engine.
 * @param options see {@link MakeBlobsOptions}
 * @returns `X` (one row per point), `y` (the index of the point's center) and the `centers`
 * @throws {InvalidArgumentError} for an unknown option or an invalid value
 * @throws {ShapeError} when `nSamples` and `centers` or `clusterStd` disagree in length, or centers differ in width
 * @example
 * const { X, y } = makeBlobs({ nSamples: 4, centers: [[0, 0], [10, 10]], clusterStd: 0.1, shuffle: false, seed: 1 });
 * y //=> [0, 0, 1, 1]
 */
export function makeBlobs(options: MakeBlobsOptions = {}): { X: number[][]; y: number[]; centers: number[][] } {
  const fn = "makeBlobs";
  assertKnownOptions(fn, options, KNOWN);
  const { nSamples = 100, centers: centersOpt, clusterStd = 1, centerBox = [-10, 10] } = options;
  let nFeatures = intOption(fn, "nFeatures", options.nFeatures, 2, 1);
  const shuffle = boolOption(fn, "shuffle", options.shuffle, true);
  const rng = createRng(seedOption(fn, options.seed));

  if (typeof nSamples === "number") {
    assertNumber(fn, "nSamples", nSamples, { min: 1, integer: true });
  } else if (Array.isArray(nSamples) && nSamples.length > 0) {
    assertNumbers(fn, "nSamples", nSamples, { min: 0, integer: true });
  } else {
    invalid(fn, "nSamples", "a positive integer or a non-empty array of counts", nSamples);
  }
  if (
    !Array.isArray(centerBox) ||
    centerBox.length !== 2 ||
    !centerBox.every(Number.isFinite) ||
    centerBox[0] > centerBox[1]
  ) {
    invalid(fn, "centerBox", "a pair [low, high] of finite numbers with low <= high", centerBox);
  }

  // Centers: given points, or drawn uniformly in the box (row by row, feature by feature).
  let centers: number[][];
  if (Array.isArray(centersOpt)) {
    if (centersOpt.length === 0)
      invalid(fn, "centers", "a positive integer or a non-empty array of points", centersOpt);
    nFeatures = centersOpt[0]?.length ?? 0;
    centersOpt.forEach((c, i) => {
      if (!Array.isArray(c) || c.length !== nFeatures || nFeatures === 0) {
        throw new ShapeError(
          `${fn}: centers must be points of equal, non-zero length; got ${JSON.stringify(c)} at centers[${i}].`,
        );
      }
      assertNumbers(fn, `centers[${i}]`, c);
    });
    centers = centersOpt.map((c) => [...c]);
  } else {
    const nCenters = centersOpt ?? (Array.isArray(nSamples) ? nSamples.length : 3);
    assertNumber(fn, "centers", nCenters, { min: 1, integer: true });
    centers = Array.from({ length: nCenters }, () =>
      Array.from({ length: nFeatures }, () => uniform(rng, centerBox[0], centerBox[1])),
    );
  }
  const nCenters = centers.length;
  if (Array.isArray(nSamples) && nSamples.length !== nCenters) {
    throw new ShapeError(
      `${fn}: nSamples and centers must have the same length; got ${nSamples.length} and ${nCenters}.`,
    );
  }

  const stds = typeof clusterStd === "number" ? new Array<number>(nCenters).fill(clusterStd) : clusterStd;
  if (!Array.isArray(stds)) invalid(fn, "clusterStd", "a number or an array of numbers", clusterStd);
  if (stds.length !== nCenters) {
    throw new ShapeError(`${fn}: clusterStd must have one value per center (${nCenters}); got ${stds.length}.`);
  }
  if (typeof clusterStd === "number") assertNumber(fn, "clusterStd", clusterStd, { min: 0 });
  else assertNumbers(fn, "clusterStd", stds, { min: 0 });

  // Points per center: as given, or an even split with the remainder going to the first centers.
  let perCenter: number[];
  if (Array.isArray(nSamples)) perCenter = nSamples;
  else {
    perCenter = new Array<number>(nCenters).fill(Math.floor(nSamples / nCenters));
    for (let i = 0; i < nSamples % nCenters; i++) perCenter[i] = (perCenter[i] as number) + 1;
  }

  const X: number[][] = [];
  const y: number[] = [];
  perCenter.forEach((n, k) => {
    const c = centers[k] as number[];
    const s = stds[k] as number;
    for (let i = 0; i < n; i++) {
      X.push(c.map((m) => m + s * rng.normal()));
      y.push(k);
    }
  });
  if (!shuffle) return { X, y, centers };
  const order = permutation(rng, X.length);
  return { X: order.map((i) => X[i] as number[]), y: order.map((i) => y[i] as number), centers };
}
