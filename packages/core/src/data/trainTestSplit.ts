import { assertNumber, assertSameLength, invalid } from "../_lib/assert.js";
import { formatValue } from "../_lib/format.js";
import { InvalidArgumentError } from "../errors.js";
import { compareCodePoints } from "../metrics/_pyFormat.js";
import { assertKnownOptions, boolOption, seedOption } from "./_options.js";
import { permutation, shuffleInPlace } from "./_random.js";
import { createRng, type Rng } from "./createRng.js";

/** Options of {@link trainTestSplit}: scikit-learn's `train_test_split` parameters in camelCase. */
export interface TrainTestSplitOptions {
  /** Share of samples in the test set (a number in (0, 1)) or their count (an integer >= 1). Default 0.25, or the complement of `trainSize`. */
  testSize?: number;
  /** Share or count of samples in the training set. Default: all samples not in the test set. */
  trainSize?: number;
  /** Shuffle before splitting; without, the training set is the first samples and the test set the next. Default true. */
  shuffle?: boolean;
  /** Seed of {@link createRng}. Default 0. */
  seed?: number;
  /**
   * Class labels, one per sample (numbers, strings or booleans, one kind throughout; often `y` itself):
   * each class then gets the same share of the training and of the test set, as scikit-learn's
   * `stratify`. Requires `shuffle`. Default: none (a plain random split).
   */
  stratify?: readonly unknown[];
}

const KNOWN = ["testSize", "trainSize", "shuffle", "seed", "stratify"] as const;

/** Resolves a size given as a share (float in (0, 1)) or a count (integer >= 1), as scikit-learn's `_validate_shuffle_split`. */
function resolveSize(name: string, value: number, n: number): { share: boolean; value: number } {
  const fn = "trainTestSplit";
  assertNumber(fn, name, value, { min: 0, exclusiveMin: true });
  if (Number.isInteger(value) && value >= 1) {
    if (value >= n) invalid(fn, name, `a count below the number of samples (${n}) or a share in (0, 1)`, value);
    return { share: false, value };
  }
  if (value >= 1) invalid(fn, name, "a share in (0, 1) or an integer count", value);
  return { share: true, value };
}

type Label = number | string | boolean;

/**
 * The classes of `stratify` in NumPy's `np.unique` order (numbers ascending, strings by code point,
 * false before true), with the indices of each class's samples in sample order.
 */
function groupClasses(fn: string, stratify: readonly unknown[]): { classes: Label[]; members: number[][] } {
  const groups = new Map<Label, number[]>();
  const kind = typeof stratify[0];
  for (let i = 0; i < stratify.length; i++) {
    const label = stratify[i];
    const ok =
      (typeof label === "number" && Number.isFinite(label)) || typeof label === "string" || typeof label === "boolean";
    if (!ok) invalid(fn, `stratify[${i}]`, "a finite number, a string or a boolean", label);
    // NumPy would turn [1, "a"] into the strings ["1", "a"]; in JavaScript a mix is almost always a bug.
    if (typeof label !== kind) invalid(fn, `stratify[${i}]`, `a ${kind} like stratify[0]`, label);
    const members = groups.get(label);
    if (members) members.push(i);
    else groups.set(label, [i]);
  }
  const classes = [...groups.keys()].sort((a, b) =>
    typeof a === "string" ? compareCodePoints(a, b as string) : Number(a) - Number(b),
  );
  return { classes, members: classes.map((c) => groups.get(c) as number[]) };
}

/**
 * How many samples of each class to draw so that `nDraws` in all follow the class shares, as
 * scikit-learn's `_approximate_mode` (sklearn/utils/extmath.py): floor each class's share
 * `count / total · nDraws`, then give one more to the classes with the largest remainders. When classes tie
 * on a remainder and not all of them can get one, scikit-learn picks among them at random, and so does this
 * with `rng`, which differs from NumPy's: such tied counts may differ from scikit-learn's; all others agree.
 */
function approximateMode(counts: readonly number[], nDraws: number, rng: Rng): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  // Same operations in the same order as NumPy's `class_counts / class_counts.sum() * n_draws`, so the
  // remainders, and hence which of them tie, are bit for bit scikit-learn's.
  const continuous = counts.map((c) => (c / total) * nDraws);
  const drawn = continuous.map(Math.floor);
  let needToAdd = nDraws - drawn.reduce((s, c) => s + c, 0);
  const remainder = continuous.map((c, i) => c - (drawn[i] as number));
  const values = [...new Set(remainder)].sort((a, b) => b - a);
  for (const value of values) {
    if (needToAdd === 0) break;
    const tied = remainder.flatMap((r, i) => (r === value ? [i] : []));
    const addNow = Math.min(tied.length, needToAdd);
    const chosen = addNow < tied.length ? shuffleInPlace(rng, tied).slice(0, addNow) : tied;
    for (const i of chosen) drawn[i] = (drawn[i] as number) + 1;
    needToAdd -= addNow;
  }
  return drawn;
}

/**
 * Train and test indices for a stratified split, as scikit-learn's `StratifiedShuffleSplit._iter_indices`:
 * per-class counts from {@link approximateMode} (training first, then the test set from what is left), a
 * random permutation within each class, and finally each set shuffled.
 */
function stratifiedIndices(
  fn: string,
  stratify: readonly unknown[],
  nTrain: number,
  nTest: number,
  rng: Rng,
): { trainIdx: number[]; testIdx: number[] } {
  const { classes, members } = groupClasses(fn, stratify);
  const counts = members.map((m) => m.length);
  const lonely = classes.filter((_, i) => counts[i] === 1);
  if (lonely.length > 0) {
    throw new InvalidArgumentError(
      `${fn}: stratify must have at least 2 members in every class (scikit-learn: "The least populated classes in y have only 1 member, which is too few"); got 1 member in classes ${formatValue(lonely, 10)}.`,
    );
  }
  // scikit-learn: "The train_size = … should be greater or equal to the number of classes = …", and so for test_size.
  for (const [param, set, size] of [
    ["trainSize", "training", nTrain],
    ["testSize", "test", nTest],
  ] as const) {
    if (size < classes.length) {
      throw new InvalidArgumentError(
        `${fn}: ${param} must leave at least one ${set} sample per class of stratify (${classes.length} classes); got ${size} ${set} samples.`,
      );
    }
  }

  const nI = approximateMode(counts, nTrain, rng);
  const tI = approximateMode(
    counts.map((c, i) => c - (nI[i] as number)),
    nTest,
    rng,
  );
  const trainIdx: number[] = [];
  const testIdx: number[] = [];
  members.forEach((m, i) => {
    // A loop rather than push(...slice): spreading a large class would exceed the engine's argument limit.
    const perm = permutation(rng, m.length);
    const a = nI[i] as number;
    const b = a + (tI[i] as number);
    for (let k = 0; k < b; k++) (k < a ? trainIdx : testIdx).push(m[perm[k] as number] as number);
  });
  return { trainIdx: shuffleInPlace(rng, trainIdx), testIdx: shuffleInPlace(rng, testIdx) };
}

/**
 * Splits samples into random train and test subsets, as scikit-learn's `train_test_split` with
 * `ShuffleSplit`'s sizes: `nTest = ceil(testSize · n)` for a share, `nTrain = floor(trainSize · n)`
 * (or the rest). With `shuffle`, a seeded permutation picks the test samples first, then the training ones;
 * without, the training set is the first `nTrain` samples and the test set the next `nTest`. With
 * `stratify`, as scikit-learn's `StratifiedShuffleSplit`, each class's count in either set is its share of
 * that set rounded down or up (scikit-learn's `_approximate_mode`), then samples are drawn within each class.
 * Which samples land where differs from scikit-learn's because the random generator differs; so do the
 * per-class counts when classes tie on the rounding and scikit-learn breaks the tie at random.
 * @param X samples (rows)
 * @param y targets, one per sample (numbers, labels or rows)
 * @param options see {@link TrainTestSplitOptions}
 * @returns `{ XTrain, XTest, yTrain, yTest }`
 * @throws {ShapeError} when `X`, `y` (or `stratify`) have different numbers of samples
 * @throws {InvalidArgumentError} for an unknown option, a size out of range, or sizes that leave a set empty or exceed n;
 * with `stratify`: a label that is not a number, string or boolean, mixed kinds, a class with a single
 * member, fewer training or test samples than classes, or `shuffle: false`
 * @example
 * const { XTrain, XTest } = trainTestSplit([[0], [1], [2], [3]], [0, 1, 0, 1], { testSize: 0.25, seed: 0 });
 * [XTrain.length, XTest.length] //=> [3, 1]
 * const labels = ["a", "a", "a", "a", "a", "a", "b", "b"];
 * const { yTest } = trainTestSplit(labels, labels, { testSize: 4, stratify: labels, seed: 0 });
 * yTest.filter((l) => l === "b").length //=> 1
 */
export function trainTestSplit<R, T>(
  X: R[],
  y: T[],
  options: TrainTestSplitOptions = {},
): { XTrain: R[]; XTest: R[]; yTrain: T[]; yTest: T[] } {
  const fn = "trainTestSplit";
  if (!Array.isArray(X)) invalid(fn, "X", "an array of samples", X);
  if (!Array.isArray(y)) invalid(fn, "y", "an array of targets", y);
  assertSameLength(fn, "X", X.length, "y", y.length);
  assertKnownOptions(fn, options, KNOWN);
  const shuffle = boolOption(fn, "shuffle", options.shuffle, true);
  const stratify = options.stratify;
  if (stratify !== undefined) {
    if (!Array.isArray(stratify)) invalid(fn, "stratify", "an array of class labels, one per sample", stratify);
    assertSameLength(fn, "X", X.length, "stratify", stratify.length);
  }
  const n = X.length;
  const test = options.testSize === undefined ? undefined : resolveSize("testSize", options.testSize, n);
  const train = options.trainSize === undefined ? undefined : resolveSize("trainSize", options.trainSize, n);
  if (test?.share && train?.share && test.value + train.value > 1) {
    invalid(fn, "testSize + trainSize", "at most 1", test.value + train.value);
  }
  let nTest: number;
  let nTrain: number;
  if (test === undefined && train === undefined) {
    nTest = Math.ceil(0.25 * n);
    nTrain = n - nTest;
  } else {
    nTest = test === undefined ? NaN : test.share ? Math.ceil(test.value * n) : test.value;
    nTrain = train === undefined ? NaN : train.share ? Math.floor(train.value * n) : train.value;
    if (test === undefined) nTest = n - nTrain;
    if (train === undefined) nTrain = n - nTest;
  }
  if (nTrain + nTest > n)
    invalid(fn, "the sum of train and test sizes", `at most the number of samples (${n})`, nTrain + nTest);
  if (nTrain === 0 || nTest === 0) {
    throw new InvalidArgumentError(
      `${fn}: testSize and trainSize must leave both sets non-empty; got ${nTrain} training and ${nTest} test samples of ${n}.`,
    );
  }

  if (stratify !== undefined && !shuffle) {
    // scikit-learn: "Stratified train/test split is not implemented for shuffle=False".
    invalid(
      fn,
      "shuffle",
      "true when stratify is given (a stratified split without shuffling is not implemented)",
      shuffle,
    );
  }

  let trainIdx: number[];
  let testIdx: number[];
  if (stratify !== undefined) {
    ({ trainIdx, testIdx } = stratifiedIndices(fn, stratify, nTrain, nTest, createRng(seedOption(fn, options.seed))));
  } else if (shuffle) {
    const perm = permutation(createRng(seedOption(fn, options.seed)), n);
    testIdx = perm.slice(0, nTest);
    trainIdx = perm.slice(nTest, nTest + nTrain);
  } else {
    trainIdx = Array.from({ length: nTrain }, (_, i) => i);
    testIdx = Array.from({ length: nTest }, (_, i) => nTrain + i);
  }
  return {
    XTrain: trainIdx.map((i) => X[i] as R),
    XTest: testIdx.map((i) => X[i] as R),
    yTrain: trainIdx.map((i) => y[i] as T),
    yTest: testIdx.map((i) => y[i] as T),
  };
}
