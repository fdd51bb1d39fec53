import { assertNumber, invalid } from "../_lib/assert.js";
import { ShapeError } from "../errors.js";
import { assertKnownOptions, assertNumbers, boolOption, intOption, numberOption, seedOption } from "./_options.js";
import { permutation, shuffleInPlace } from "./_random.js";
import { createRng, type Rng } from "./createRng.js";

/** Options of {@link makeClassification}: scikit-learn's `make_classification` parameters in camelCase. */
export interface MakeClassificationOptions {
  /** Number of points. Default 100. */
  nSamples?: number;
  /** Total number of features. Default 20. */
  nFeatures?: number;
  /** Features that carry the class signal. Default 2. */
  nInformative?: number;
  /** Random linear combinations of the informative features. Default 2. */
  nRedundant?: number;
  /** Copies of informative or redundant features. Default 0. */
  nRepeated?: number;
  /** Number of classes. Default 2. */
  nClasses?: number;
  /** Gaussian clusters per class. Default 2. */
  nClustersPerClass?: number;
  /** Share of each class (`nClasses` values, or `nClasses − 1` with the last inferred); imbalance for the articles. Default equal. */
  weights?: number[] | null;
  /** Share of points whose label is replaced by a random class (label noise). Default 0.01. */
  flipY?: number;
  /** Half the side of the hypercube the cluster centers sit on: larger is easier. Default 1. */
  classSep?: number;
  /** Centers on the vertices of a hypercube (true) or of a random polytope (false). Default true. */
  hypercube?: boolean;
  /** Added to every feature: a number, one per feature, or `null` for random in [−classSep, classSep]. Default 0. */
  shift?: number | number[] | null;
  /** Multiplies every feature after the shift: a number, one per feature, or `null` for random in [1, 101]. Default 1. */
  scale?: number | number[] | null;
  /** Shuffle the points and the feature columns. Default true. */
  shuffle?: boolean;
  /** Seed of {@link createRng}. Default 0. */
  seed?: number;
}

const KNOWN = [
  "nSamples",
  "nFeatures",
  "nInformative",
  "nRedundant",
  "nRepeated",
  "nClasses",
  "nClustersPerClass",
  "weights",
  "flipY",
  "classSep",
  "hypercube",
  "shift",
  "scale",
  "shuffle",
  "seed",
] as const;

/** `count` distinct random vertices of the unit hypercube {0, 1}^dim (scikit-learn's `_generate_hypercube`). */
function hypercubeVertices(rng: Rng, count: number, dim: number): number[][] {
  const seen = new Set<string>();
  const out: number[][] = [];
  while (out.length < count) {
    const v = Array.from({ length: dim }, () => rng.int(2));
    const key = v.join("");
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

/** A per-feature vector from a number, an array of length n, or `null` (random via `draw`). */
function perFeature(fn: string, name: string, value: unknown, n: number, draw: () => number): number[] {
  if (value === null) return Array.from({ length: n }, draw);
  if (typeof value === "number") {
    assertNumber(fn, name, value);
    return new Array<number>(n).fill(value);
  }
  if (!Array.isArray(value)) invalid(fn, name, "a number, an array of numbers or null", value);
  if (value.length !== n)
    throw new ShapeError(`${fn}: ${name} must have one value per feature (${n}); got ${value.length}.`);
  assertNumbers(fn, name, value);
  return [...value];
}

/**
 * A random n-class problem, as scikit-learn's `make_classification`: Gaussian clusters around the
 * vertices of a hypercube in the informative subspace, then redundant, repeated and useless
 * features, label noise (`flipY`), shift, scale and shuffle, in scikit-learn's order. `weights` makes
 * classes imbalanced. The numbers differ from scikit-learn's because the random generator differs;
 * the same seed gives the same data in every JS engine.
 * @param options see {@link MakeClassificationOptions}
 * @returns `X` (`nSamples` rows of `nFeatures`) and `y` (class indices)
 * @throws {InvalidArgumentError} for an unknown option, an invalid value, more informative, redundant
 * and repeated features than `nFeatures`, or more clusters than the hypercube has vertices
 * @throws {ShapeError} when `weights`, `shift` or `scale` have the wrong length
 * @example
 * const { X, y } = makeClassification({ nSamples: 8, nFeatures: 4, weights: [0.75], flipY: 0, seed: 3 });
 * [X[0].length, y.filter((c) => c === 0).length] //=> [4, 6]
 */
export function makeClassification(options: MakeClassificationOptions = {}): { X: number[][]; y: number[] } {
  const fn = "makeClassification";
  assertKnownOptions(fn, options, KNOWN);
  const nSamples = intOption(fn, "nSamples", options.nSamples, 100, 1);
  const nFeatures = intOption(fn, "nFeatures", options.nFeatures, 20, 1);
  const nInformative = intOption(fn, "nInformative", options.nInformative, 2, 1);
  const nRedundant = intOption(fn, "nRedundant", options.nRedundant, 2, 0);
  const nRepeated = intOption(fn, "nRepeated", options.nRepeated, 0, 0);
  const nClasses = intOption(fn, "nClasses", options.nClasses, 2, 1);
  const nClustersPerClass = intOption(fn, "nClustersPerClass", options.nClustersPerClass, 2, 1);
  const flipY = numberOption(fn, "flipY", options.flipY, 0.01, { min: 0, max: 1 });
  const classSep = numberOption(fn, "classSep", options.classSep, 1);
  const hypercube = boolOption(fn, "hypercube", options.hypercube, true);
  const shuffle = boolOption(fn, "shuffle", options.shuffle, true);
  const rng = createRng(seedOption(fn, options.seed));

  // scikit-learn's checks, with its wording turned into the library's message shape.
  if (nInformative + nRedundant + nRepeated > nFeatures) {
    invalid(
      fn,
      "nInformative + nRedundant + nRepeated",
      `at most nFeatures (${nFeatures})`,
      nInformative + nRedundant + nRepeated,
    );
  }
  const nClusters = nClasses * nClustersPerClass;
  if (nClusters > 2 ** nInformative) {
    invalid(fn, "nClasses * nClustersPerClass", `at most 2 ** nInformative (${2 ** nInformative})`, nClusters);
  }

  let weights: number[];
  const w = options.weights ?? null;
  if (w === null) weights = new Array<number>(nClasses).fill(1 / nClasses);
  else {
    if (!Array.isArray(w)) invalid(fn, "weights", "an array of numbers or null", w);
    if (w.length !== nClasses && w.length !== nClasses - 1) {
      throw new ShapeError(
        `${fn}: weights must have nClasses (${nClasses}) or nClasses - 1 (${nClasses - 1}) values; got ${w.length}.`,
      );
    }
    assertNumbers(fn, "weights", w, { min: 0 });
    weights = w.length === nClasses ? [...w] : [...w, 1 - w.reduce((a, b) => a + b, 0)];
    if ((weights[nClasses - 1] as number) < 0) invalid(fn, "weights", "shares summing to at most 1", w);
  }

  // Points per cluster: int(n * weight / clustersPerClass), the remainder handed out round-robin.
  const perCluster = Array.from({ length: nClusters }, (_, k) =>
    Math.floor((nSamples * (weights[k % nClasses] as number)) / nClustersPerClass),
  );
  const assigned = perCluster.reduce((a, b) => a + b, 0);
  for (let i = 0; i < nSamples - assigned; i++) perCluster[i % nClusters] = (perCluster[i % nClusters] as number) + 1;

  // Centroids on hypercube vertices scaled to ±classSep (optionally squashed to a random polytope).
  const centroids = hypercubeVertices(rng, nClusters, nInformative).map((v) =>
    v.map((b) => b * 2 * classSep - classSep),
  );
  if (!hypercube) {
    const rowScale = centroids.map(() => rng.next());
    const colScale = Array.from({ length: nInformative }, () => rng.next());
    centroids.forEach((c, k) => {
      for (let j = 0; j < nInformative; j++)
        c[j] = (c[j] as number) * (rowScale[k] as number) * (colScale[j] as number);
    });
  }

  const X: number[][] = Array.from({ length: nSamples }, () => new Array<number>(nFeatures).fill(0));
  const y: number[] = new Array<number>(nSamples).fill(0);
  for (const row of X) for (let j = 0; j < nInformative; j++) row[j] = rng.normal();

  // Each cluster: a random covariance (multiply by A with entries in [−1, 1)), then move to its centroid.
  let stop = 0;
  centroids.forEach((centroid, k) => {
    const start = stop;
    stop += perCluster[k] as number;
    const A = Array.from({ length: nInformative }, () =>
      Array.from({ length: nInformative }, () => 2 * rng.next() - 1),
    );
    for (let i = start; i < stop; i++) {
      const row = X[i] as number[];
      y[i] = k % nClasses;
      const xk = row.slice(0, nInformative);
      for (let j = 0; j < nInformative; j++) {
        let s = 0;
        for (let m = 0; m < nInformative; m++) s += (xk[m] as number) * ((A[m] as number[])[j] as number);
        row[j] = s + (centroid[j] as number);
      }
    }
  });

  if (nRedundant > 0) {
    const B = Array.from({ length: nInformative }, () => Array.from({ length: nRedundant }, () => 2 * rng.next() - 1));
    for (const row of X) {
      for (let r = 0; r < nRedundant; r++) {
        let s = 0;
        for (let m = 0; m < nInformative; m++) s += (row[m] as number) * ((B[m] as number[])[r] as number);
        row[nInformative + r] = s;
      }
    }
  }
  if (nRepeated > 0) {
    const n = nInformative + nRedundant;
    const idx = Array.from({ length: nRepeated }, () => Math.floor((n - 1) * rng.next() + 0.5));
    for (const row of X) {
      for (let r = 0; r < nRepeated; r++) row[n + r] = row[idx[r] as number] as number;
    }
  }
  const nUseless = nFeatures - nInformative - nRedundant - nRepeated;
  for (const row of X) for (let j = nFeatures - nUseless; j < nFeatures; j++) row[j] = rng.normal();

  // Label noise: each point, with probability flipY, gets a uniformly random class (maybe its own).
  const flip = y.map(() => rng.next() < flipY);
  flip.forEach((f, i) => {
    if (f) y[i] = rng.int(nClasses);
  });

  const shift = perFeature(
    fn,
    "shift",
    options.shift === undefined ? 0 : options.shift,
    nFeatures,
    () => (2 * rng.next() - 1) * classSep,
  );
  const scale = perFeature(
    fn,
    "scale",
    options.scale === undefined ? 1 : options.scale,
    nFeatures,
    () => 1 + 100 * rng.next(),
  );
  for (const row of X)
    for (let j = 0; j < nFeatures; j++) row[j] = ((row[j] as number) + (shift[j] as number)) * (scale[j] as number);

  if (!shuffle) return { X, y };
  const order = permutation(rng, nSamples);
  const cols = shuffleInPlace(
    rng,
    Array.from({ length: nFeatures }, (_, j) => j),
  );
  return {
    X: order.map((i) => cols.map((j) => (X[i] as number[])[j] as number)),
    y: order.map((i) => y[i] as number),
  };
}
