// Shared by multilabel.ts and multilabel-sweep.ts: a multi-label problem (each document carries 0 to 4 of
// 4 labels; about one in seven carries none) and three heads on the same small network.
// - Sigmoids: one sigmoid per label, binary cross-entropy on the 0/1 label rows.
// - Softmax: cross-entropy on one (document, label) pair per label present. That is the cross-entropy
//   against the label row divided by its number of labels (a document with labels 1 and 3 gets the
//   target [0, 0.5, 0, 0.5]), weighted by that number; documents without labels are left out, so this
//   head never learns to say "no label".
// - Softmax + "none": the same with a fifth class, "no label", for the documents without labels; its
//   probability is dropped when reading the four labels.
// Each head then turns probabilities into labels with a threshold per label.
import {
  createMlp,
  f1Score,
  fit,
  makeMultilabelClassification,
  predict,
  sigmoid,
  softmax,
  trainTestSplit,
} from "@nn-explained/core";

export const K = 4;
const count = (row: number[]) => row.reduce((a, b) => a + b, 0);
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/** Labels predicted by per-label thresholds. */
export const applyThresholds = (P: number[][], thresholds: number[]) =>
  P.map((row) => row.map((p, k) => (p > (thresholds[k] as number) ? 1 : 0)));

/** Micro-F1 of 0/1 predictions, counted directly (the tuning calls it thousands of times). */
function microF1(Y: number[][], predicted: number[][]): number {
  let tp = 0;
  let wrong = 0;
  Y.forEach((row, i) => {
    row.forEach((t, k) => {
      const p = (predicted[i] as number[])[k];
      if (t === 1 && p === 1) tp++;
      else if (t !== p) wrong++;
    });
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + wrong);
}

/**
 * One threshold per label, chosen on validation documents to maximize micro-F1 (the score reported): starting
 * from 0.5 for every label, each label in turn gets the threshold from 0.05 to 0.95 (steps of 0.05) that
 * scores best with the others held fixed, in two passes over the labels; on a tie the threshold stays.
 */
export function tuneThresholds(P: number[][], Y: number[][]): number[] {
  const thresholds = Array.from({ length: K }, () => 0.5);
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < K; k++) {
      let best = microF1(Y, applyThresholds(P, thresholds));
      for (let step = 1; step <= 19; step++) {
        const tried = thresholds.map((t, j) => (j === k ? step / 20 : t));
        const score = microF1(Y, applyThresholds(P, tried));
        if (score > best) {
          best = score;
          thresholds[k] = step / 20;
        }
      }
    }
  }
  return thresholds;
}

/** Scores of a 0/1 prediction: micro-F1, samples-F1 (a document without labels, predicted as such, scores 1) and labels per document. */
export function scores(Y: number[][], predicted: number[][]) {
  return {
    microF1: f1Score(Y, predicted, { average: "micro", zeroDivision: 0 }),
    samplesF1: f1Score(Y, predicted, { average: "samples", zeroDivision: 1 }),
    labelsPredicted: mean(predicted.map(count)),
  };
}

/**
 * One run: 600 documents (a seeded draw) split into 300 for training, 150 for validation (to tune the
 * thresholds) and 150 for the test; both heads trained from the same initial weights.
 */
export function trainBothHeads(seed: number) {
  const data = makeMultilabelClassification({ nSamples: 600, nFeatures: 10, nClasses: K, nLabels: 2, seed });
  // The features are word counts; dividing by each document's length puts them on a common scale.
  const X = data.X.map((row) => row.map((c) => (10 * c) / count(row)));
  const first = trainTestSplit(X, data.y, { testSize: 0.5, seed });
  const rest = trainTestSplit(first.XTest, first.yTest, { testSize: 0.5, seed });
  const [XTrain, YTrain] = [first.XTrain, first.yTrain];
  const [XVal, YVal, XTest, YTest] = [rest.XTrain, rest.yTrain, rest.XTest, rest.yTest];

  const sigmoidNet = createMlp({ sizes: [10, 16, K], hidden: "relu", output: "identity", seed });
  fit(sigmoidNet, XTrain, YTrain, { loss: "bceWithLogits", epochs: 60, learningRate: 0.01, seed });

  // Softmax needs one class per example: repeat a document once for each of its labels.
  const XPairs: number[][] = [];
  const yPairs: number[] = [];
  XTrain.forEach((x, i) => {
    (YTrain[i] as number[]).forEach((present, k) => {
      if (present === 1) {
        XPairs.push(x);
        yPairs.push(k);
      }
    });
  });
  const softmaxNet = createMlp({ sizes: [10, 16, K], hidden: "relu", output: "identity", seed });
  fit(softmaxNet, XPairs, yPairs, { loss: "crossEntropy", epochs: 60, learningRate: 0.01, seed });

  // Softmax + "none": the same pairs, plus one example of class K ("no label") per document without labels.
  const XNone = [...XPairs];
  const yNone = [...yPairs];
  XTrain.forEach((x, i) => {
    if (count(YTrain[i] as number[]) === 0) {
      XNone.push(x);
      yNone.push(K);
    }
  });
  const noneNet = createMlp({ sizes: [10, 16, K + 1], hidden: "relu", output: "identity", seed });
  fit(noneNet, XNone, yNone, { loss: "crossEntropy", epochs: 60, learningRate: 0.01, seed });

  const heads = {
    sigmoids: (Z: number[][]) => sigmoid(predict(sigmoidNet, Z)),
    softmax: (Z: number[][]) => softmax(predict(softmaxNet, Z)),
    softmaxNone: (Z: number[][]) => softmax(predict(noneNet, Z)).map((row) => row.slice(0, K)),
  };
  // The test documents with at least one label, and those with none.
  const labelled = YTest.flatMap((row, i) => (count(row) > 0 ? [i] : []));
  const unlabelled = YTest.flatMap((row, i) => (count(row) === 0 ? [i] : []));
  const pick = (rows: number[][], idx: number[]) => idx.map((i) => rows[i] as number[]);
  const result = (name: keyof typeof heads) => {
    const thresholds = tuneThresholds(heads[name](XVal), YVal);
    const PTest = heads[name](XTest);
    const predicted = applyThresholds(PTest, thresholds);
    return {
      thresholds,
      PTest,
      atHalf: scores(YTest, applyThresholds(PTest, [0.5, 0.5, 0.5, 0.5])),
      tuned: scores(YTest, predicted),
      /** Tuned thresholds, scored on the test documents that have at least one label. */
      tunedLabelled: scores(pick(YTest, labelled), pick(predicted, labelled)),
      /** Test documents without labels that this head leaves without labels too. */
      emptyWhereNone: pick(predicted, unlabelled).filter((row) => count(row) === 0).length,
    };
  };
  return {
    YTest,
    labelsPerDocument: mean(YTest.map(count)),
    unlabelled: unlabelled.length,
    sigmoids: result("sigmoids"),
    softmax: result("softmax"),
    softmaxNone: result("softmaxNone"),
  };
}
