// Shared by exclusive-classes.ts and exclusive-classes-sweep.ts: three overlapping blobs (every point
// belongs to exactly one), and the same small network trained twice, once with a softmax head and
// cross-entropy, once with three independent sigmoid heads and binary cross-entropy on one-hot targets.
// The losses take the logits, as in PyTorch (fit fuses each head into its loss); predict applies the head.
import { accuracyScore, createMlp, fit, type Mlp, makeBlobs, predict, trainTestSplit } from "@nn-explained/core";

const oneHot = (labels: number[]) => labels.map((k) => [0, 1, 2].map((c) => (c === k ? 1 : 0)));
const argmax = (row: number[]) => row.indexOf(Math.max(...row));
const sum = (row: number[]) => row.reduce((a, b) => a + b, 0);
/** Divides each row by its sum: the common patch that makes sigmoid outputs sum to 1. */
export const renormalize = (P: number[][]) => P.map((row) => row.map((p) => p / sum(row)));
// Log-loss of probability rows: the mean of −log p(true class).
const logLoss = (P: number[][], labels: number[]) =>
  -labels.reduce((acc, k, i) => acc + Math.log((P[i] as number[])[k] as number), 0) / labels.length;

/** Called before training (epoch 0) and after each epoch of each network: to draw it as it trains. */
export type OnEpoch = (head: "softmax" | "sigmoids", net: Mlp, epoch: number) => void;

/** Trains both heads for one seed (data, split, initial weights and shuffling) and scores them on the test half. */
export function trainBothHeads(seed: number, onEpoch?: OnEpoch) {
  const { X, y } = blobs(seed);
  const { XTrain, XTest, yTrain, yTest } = trainTestSplit(X, y, { testSize: 0.5, seed });
  const softmaxNet = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "softmax", seed });
  const sigmoidNet = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "sigmoid", seed });
  const watch = (head: "softmax" | "sigmoids", net: Mlp) => {
    onEpoch?.(head, net, 0);
    return { epochs: 100, learningRate: 0.01, seed, onEpoch: (epoch: number) => onEpoch?.(head, net, epoch + 1) };
  };
  fit(softmaxNet, XTrain, yTrain, { loss: "crossEntropy", ...watch("softmax", softmaxNet) });
  fit(sigmoidNet, XTrain, oneHot(yTrain), { loss: "bceWithLogits", ...watch("sigmoids", sigmoidNet) });

  const pSoftmax = predict(softmaxNet, XTest);
  const pSigmoid = predict(sigmoidNet, XTest);
  const sums = pSigmoid.map(sum);
  return {
    X,
    y,
    softmaxNet,
    sigmoidNet,
    accuracySoftmax: accuracyScore(yTest, pSoftmax.map(argmax)),
    accuracySigmoids: accuracyScore(yTest, pSigmoid.map(argmax)),
    sigmoidSumMin: Math.min(...sums),
    sigmoidSumMax: Math.max(...sums),
    logLossSoftmax: logLoss(pSoftmax, yTest),
    logLossRenormalized: logLoss(renormalize(pSigmoid), yTest),
  };
}

/** The data of one seed: 300 points in three overlapping blobs (spread 1.2) centred at [0, 0], [3, 0] and [1.5, 2.5]. */
export function blobs(seed: number) {
  return makeBlobs({
    nSamples: 300,
    centers: [
      [0, 0],
      [3, 0],
      [1.5, 2.5],
    ],
    clusterStd: 1.2,
    seed,
  });
}

/** Points far from every blob: 16 directions around the data, at distance `radius` from [1.5, 1]. */
export function farPoints(radius: number): number[][] {
  return Array.from({ length: 16 }, (_, i) => {
    const angle = (2 * Math.PI * i) / 16;
    return [1.5 + radius * Math.cos(angle), 1 + radius * Math.sin(angle)];
  });
}
