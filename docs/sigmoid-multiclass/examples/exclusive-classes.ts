// Three exclusive classes (every point belongs to exactly one blob). Two heads on
// the same network: a softmax head trained with cross-entropy, and three
// independent sigmoid heads trained with binary cross-entropy on one-hot targets.
// Both models output logits; the losses take logits, as in PyTorch.
import {
  accuracyScore,
  binaryCrossEntropyWithLogits,
  createMlp,
  crossEntropy,
  fit,
  makeBlobs,
  predict,
  sigmoid,
  softmax,
  trainTestSplit,
} from "@nn-explained/core";

const SEED = 3;
const { X, y } = makeBlobs({
  nSamples: 300,
  centers: [
    [0, 0],
    [3, 0],
    [1.5, 2.5],
  ],
  clusterStd: 1.2,
  seed: SEED,
});
const { XTrain, XTest, yTrain, yTest } = trainTestSplit(X, y, { testSize: 0.5, seed: SEED });
const oneHot = (labels: number[]) => labels.map((k) => [0, 1, 2].map((c) => (c === k ? 1 : 0)));

const softmaxNet = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "identity", seed: SEED });
const sigmoidNet = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "identity", seed: SEED });
fit(softmaxNet, XTrain, yTrain, { loss: "crossEntropy", epochs: 100, learningRate: 0.01 });
fit(sigmoidNet, XTrain, oneHot(yTrain), { loss: "bceWithLogits", epochs: 100, learningRate: 0.01 });

const softmaxLogits = predict(softmaxNet, XTest);
const sigmoidLogits = predict(sigmoidNet, XTest);
const pSoftmax = softmax(softmaxLogits);
const pSigmoid = sigmoid(sigmoidLogits);
const pRenormalized = pSigmoid.map((row) => {
  const total = row.reduce((a, b) => a + b, 0);
  return row.map((p) => p / total);
});

const argmax = (row: number[]) => row.indexOf(Math.max(...row));
const sums = (P: number[][]) => P.map((row) => row.reduce((a, b) => a + b, 0));
// Log-loss of probability rows: the mean of −log p(true class).
const logLoss = (P: number[][], labels: number[]) =>
  -labels.reduce((acc, k, i) => acc + Math.log((P[i] as number[])[k] as number), 0) / labels.length;

const sigmoidSums = sums(pSigmoid);
console.log(
  `test accuracy        softmax ${accuracyScore(yTest, pSoftmax.map(argmax)).toFixed(3)}` +
    `   sigmoids ${accuracyScore(yTest, pSigmoid.map(argmax)).toFixed(3)}`,
);
console.log(
  `sum of outputs       softmax ${Math.min(...sums(pSoftmax)).toFixed(3)} to ${Math.max(...sums(pSoftmax)).toFixed(3)}` +
    `   sigmoids ${Math.min(...sigmoidSums).toFixed(3)} to ${Math.max(...sigmoidSums).toFixed(3)}`,
);
console.log(
  `test log-loss        softmax ${crossEntropy(yTest, softmaxLogits).toFixed(4)}` +
    `   renormalized sigmoids ${logLoss(pRenormalized, yTest).toFixed(4)}`,
);
console.log(
  `sigmoid heads' own binary cross-entropy: ${binaryCrossEntropyWithLogits(oneHot(yTest), sigmoidLogits).toFixed(4)}`,
);

// Far from every blob, nothing ties the three sigmoids together.
const far = [
  [20, 20],
  [-10, 10],
  [12, -10],
];
const farSigmoid = sigmoid(predict(sigmoidNet, far));
const farSoftmax = softmax(predict(softmaxNet, far));
far.forEach((point, i) => {
  const s = farSigmoid[i] as number[];
  const total = s.reduce((a, b) => a + b, 0);
  const show = (row: number[]) => row.map((p) => p.toFixed(2)).join(" ");
  console.log(
    `x = [${point}]`.padEnd(15) +
      `sigmoids ${show(s)} (sum ${total.toFixed(2)})` +
      `   renormalized ${show(s.map((p) => p / total))}   softmax ${show(farSoftmax[i] as number[])}`,
  );
});
