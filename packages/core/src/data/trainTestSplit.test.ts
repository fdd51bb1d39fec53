import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors.js";
import { type TrainTestSplitOptions, trainTestSplit } from "./trainTestSplit.js";

const X = Array.from({ length: 10 }, (_, i) => [i]);
const y = Array.from({ length: 10 }, (_, i) => i % 2);

describe("trainTestSplit", () => {
  it("splits 10 samples 7/3 by default (test = ceil(0.25 · n)), disjoint and complete, pairs kept", () => {
    const { XTrain, XTest, yTrain, yTest } = trainTestSplit(X, y, { seed: 1 });
    expect([XTrain.length, XTest.length]).toEqual([7, 3]);
    const ids = [...XTrain, ...XTest].map((r) => r[0]).sort((a, b) => (a as number) - (b as number));
    expect(ids).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(yTrain).toEqual(XTrain.map((r) => (r[0] as number) % 2));
    expect(yTest).toEqual(XTest.map((r) => (r[0] as number) % 2));
  });

  it("takes sizes as shares or counts, and keeps order without shuffle", () => {
    expect(trainTestSplit(X, y, { testSize: 4 }).XTest.length).toBe(4);
    expect(trainTestSplit(X, y, { trainSize: 0.5 }).XTest.length).toBe(5);
    const s = trainTestSplit(X, y, { testSize: 0.2, trainSize: 0.5, shuffle: false });
    expect(s.XTrain.map((r) => r[0])).toEqual([0, 1, 2, 3, 4]);
    expect(s.XTest.map((r) => r[0])).toEqual([5, 6]);
  });

  it("is deterministic for a seed", () => {
    expect(trainTestSplit(X, y, { seed: 3 })).toStrictEqual(trainTestSplit(X, y, { seed: 3 }));
    expect(trainTestSplit(X, y, { seed: 3 }).XTest).not.toEqual(trainTestSplit(X, y, { seed: 4 }).XTest);
  });

  it("rejects mismatched inputs and impossible sizes", () => {
    expect(() => trainTestSplit(X, [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: trainTestSplit: X and y must have the same number of samples; got 10 and 2.]`,
    );
    expect(() => trainTestSplit(X, y, { testSize: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: testSize must be a share in (0, 1) or an integer count; got 1.5.]`,
    );
    expect(() => trainTestSplit(X, y, { testSize: 10 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: testSize must be a count below the number of samples (10) or a share in (0, 1); got 10.]`,
    );
    expect(() => trainTestSplit(X, y, { testSize: 0.6, trainSize: 0.6 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: testSize + trainSize must be at most 1; got 1.2.]`,
    );
    expect(() => trainTestSplit([[1]], [1], { testSize: 0.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: testSize and trainSize must leave both sets non-empty; got 0 training and 1 test samples of 1.]`,
    );
  });
});

interface SplitCase {
  id: string;
  stratify: (number | string)[];
  options: { testSize?: number; trainSize?: number; shuffle?: boolean };
  classes?: (number | string)[];
  nTrain?: number;
  nTest?: number;
  trainCounts?: number[];
  testCounts?: number[];
  error?: { type: string; message: string };
}

const fixture = JSON.parse(readFileSync(new URL("../../test/fixtures/sklearn.json", import.meta.url), "utf8")) as {
  versions: Record<string, string>;
  splits: SplitCase[];
};

/** How many of `labels` fall in each of `classes`. */
const countsOf = (labels: readonly unknown[], classes: readonly unknown[]): number[] =>
  classes.map((c) => labels.filter((l) => l === c).length);

/** Samples 0..n-1 as X, their labels as y and as stratify. */
function stratifiedSplit(labels: readonly (number | string)[], options: Omit<TrainTestSplitOptions, "stratify">) {
  const Xi = labels.map((_, i) => i);
  return trainTestSplit(Xi, [...labels], { ...options, stratify: labels });
}

describe(`trainTestSplit with stratify: per-class counts of scikit-learn ${fixture.versions.sklearn}`, () => {
  const golden = fixture.splits.filter((c) => c.error === undefined);
  const rejected = fixture.splits.filter((c) => c.error !== undefined);

  it("the fixture holds the split cases (the lookup itself works)", () => {
    expect(golden.length).toBeGreaterThanOrEqual(15);
    expect(rejected.length).toBeGreaterThanOrEqual(4);
  });

  it.each(golden)("$id gives scikit-learn's train and test counts per class, for any seed", (c) => {
    for (const seed of [0, 1, 2]) {
      const { XTrain, XTest, yTrain, yTest } = stratifiedSplit(c.stratify, { ...c.options, seed });
      expect([XTrain.length, XTest.length]).toEqual([c.nTrain, c.nTest]);
      expect(countsOf(yTrain, c.classes as unknown[])).toEqual(c.trainCounts);
      expect(countsOf(yTest, c.classes as unknown[])).toEqual(c.testCounts);
    }
  });

  it.each(rejected)("$id is rejected as scikit-learn rejects it", (c) => {
    let thrown: unknown;
    try {
      stratifiedSplit(c.stratify, c.options);
    } catch (e) {
      thrown = e;
    }
    expect(thrown, `scikit-learn: ${c.error?.type}: ${c.error?.message}`).toBeInstanceOf(InvalidArgumentError);
    expect((thrown as Error).message.startsWith("trainTestSplit: ")).toBe(true);
  });
});

describe("trainTestSplit with stratify", () => {
  // 60 / 25 / 15 samples of three classes, interleaved.
  const labels = Array.from({ length: 100 }, (_, i) => (i % 20 < 12 ? "a" : i % 20 < 17 ? "b" : "c"));
  const classes = ["a", "b", "c"];

  it("puts every class in both sets, each in its share of that set rounded down or up", () => {
    for (const testSize of [0.1, 0.25, 0.5, 33]) {
      const { yTrain, yTest } = stratifiedSplit(labels, { testSize, seed: 5 });
      const total = countsOf(labels, classes);
      const train = countsOf(yTrain, classes);
      const test = countsOf(yTest, classes);
      classes.forEach((_, k) => {
        const t = total[k] as number;
        const share = (t / labels.length) * yTrain.length;
        expect(train[k]).toBeGreaterThanOrEqual(Math.floor(share));
        expect(train[k]).toBeLessThanOrEqual(Math.ceil(share));
        // The test set is drawn from what the training set left.
        const left = (t - (train[k] as number)) / (labels.length - yTrain.length);
        expect(test[k]).toBeGreaterThanOrEqual(Math.floor(left * yTest.length));
        expect(test[k]).toBeLessThanOrEqual(Math.ceil(left * yTest.length));
        expect(test[k]).toBeGreaterThan(0);
      });
    }
  });

  it("keeps the sizes of the plain split, with disjoint sets and X, y pairs kept", () => {
    for (const options of [{}, { testSize: 0.3 }, { trainSize: 40, testSize: 20 }]) {
      const plain = trainTestSplit(labels, labels, options);
      const { XTrain, XTest, yTrain, yTest } = stratifiedSplit(labels, options);
      expect([XTrain.length, XTest.length]).toEqual([plain.XTrain.length, plain.XTest.length]);
      expect(new Set([...XTrain, ...XTest]).size).toBe(XTrain.length + XTest.length);
      expect(yTrain).toEqual(XTrain.map((i) => labels[i]));
      expect(yTest).toEqual(XTest.map((i) => labels[i]));
    }
  });

  it("is deterministic for a seed, and another seed picks other samples", () => {
    expect(stratifiedSplit(labels, { seed: 7 })).toStrictEqual(stratifiedSplit(labels, { seed: 7 }));
    expect(stratifiedSplit(labels, { seed: 7 }).XTest).not.toEqual(stratifiedSplit(labels, { seed: 8 }).XTest);
  });

  it("breaks ties between classes with the seed: [3, 3, 3] into 4 training samples", () => {
    // Each class's share is 4/3: one class gets a second training sample, chosen at random (as
    // scikit-learn does, with a different generator, so not necessarily the same class).
    const tied = [0, 0, 0, 1, 1, 1, 2, 2, 2];
    const winners = new Set<number>();
    for (let seed = 0; seed < 20; seed++) {
      const train = countsOf(stratifiedSplit(tied, { trainSize: 4, testSize: 3, seed }).yTrain, [0, 1, 2]);
      expect([...train].sort()).toEqual([1, 1, 2]);
      winners.add(train.indexOf(2));
    }
    expect(winners.size).toBe(3);
  });

  it("takes numbers, strings or booleans as labels", () => {
    const bools = labels.map((l) => l === "a");
    const { yTest } = trainTestSplit(bools, bools, { testSize: 10, stratify: bools });
    expect(countsOf(yTest, [false, true])).toEqual([4, 6]);
  });

  it("rejects labels that are not labels, mixed kinds and stratify of the wrong length", () => {
    expect(() =>
      trainTestSplit(X, y, { stratify: [0, 1, 0, 1, 0, 1, 0, 1, 0, Number.NaN] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: stratify[9] must be a finite number, a string or a boolean; got NaN.]`,
    );
    expect(() =>
      trainTestSplit(X, y, { stratify: [0, 1, 0, 1, 0, 1, 0, 1, 0, "1"] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: stratify[9] must be a number like stratify[0]; got "1".]`,
    );
    expect(() => trainTestSplit(X, y, { stratify: X })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: stratify[0] must be a finite number, a string or a boolean; got [0].]`,
    );
    expect(() => trainTestSplit(X, y, { stratify: [0, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: trainTestSplit: X and stratify must have the same number of samples; got 10 and 2.]`,
    );
    expect(() => trainTestSplit(X, y, { stratify: "y" as unknown as string[] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: stratify must be an array of class labels, one per sample; got "y".]`,
    );
  });

  it("rejects what scikit-learn rejects, naming the parameter", () => {
    expect(() => stratifiedSplit([0, 0, 1, 1, 2, 0, 1, 3], { testSize: 0.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: stratify must have at least 2 members in every class (scikit-learn: "The least populated classes in y have only 1 member, which is too few"); got 1 member in classes [2, 3].]`,
    );
    expect(() => stratifiedSplit([0, 0, 1, 1, 2, 2], { trainSize: 2, testSize: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: trainSize must leave at least one training sample per class of stratify (3 classes); got 2 training samples.]`,
    );
    expect(() => stratifiedSplit([0, 0, 1, 1, 2, 2, 3, 3], { testSize: 0.25 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: testSize must leave at least one test sample per class of stratify (4 classes); got 2 test samples.]`,
    );
    expect(() => stratifiedSplit([0, 0, 1, 1], { shuffle: false })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: trainTestSplit: shuffle must be true when stratify is given (a stratified split without shuffling is not implemented); got false.]`,
    );
  });
});
