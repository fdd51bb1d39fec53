import { assertNumber, assertSameLength, invalid } from "../_lib/assert.js";
import { InvalidArgumentError } from "../errors.js";
import { assertKnownOptions, boolOption, seedOption } from "./_options.js";
import { permutation } from "./_random.js";
import { createRng } from "./createRng.js";

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
}

const KNOWN = ["testSize", "trainSize", "shuffle", "seed"] as const;

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

/**
 * Splits samples into random train and test subsets, as scikit-learn's `train_test_split` with
 * `ShuffleSplit`'s sizes: `nTest = ceil(testSize · n)` for a share, `nTrain = floor(trainSize · n)`
 * (or the rest). With `shuffle`, a seeded permutation picks the test samples first, then the training ones;
 * without, the training set is the first `nTrain` samples and the test set the next `nTest`. Which
 * samples land where differs from scikit-learn's because the random generator differs.
 * @param X samples (rows)
 * @param y targets, one per sample (numbers, labels or rows)
 * @param options see {@link TrainTestSplitOptions}
 * @returns `{ XTrain, XTest, yTrain, yTest }`
 * @throws {ShapeError} when `X` and `y` have different numbers of samples
 * @throws {InvalidArgumentError} for an unknown option, a size out of range, or sizes that leave a set empty or exceed n
 * @example
 * const { XTrain, XTest } = trainTestSplit([[0], [1], [2], [3]], [0, 1, 0, 1], { testSize: 0.25, seed: 0 });
 * [XTrain.length, XTest.length] //=> [3, 1]
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

  let trainIdx: number[];
  let testIdx: number[];
  if (shuffle) {
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
