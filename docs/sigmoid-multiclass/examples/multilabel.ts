// A multi-label problem: each sample carries any number of the 4 labels (0 to 4 of
// them). One sigmoid per label, trained with binary cross-entropy, against a
// softmax head trained with cross-entropy on one (sample, label) pair per label
// present. Outputs above 0.5 count as predicted labels.
import {
  accuracyScore,
  createMlp,
  f1Score,
  fit,
  makeMultilabelClassification,
  predict,
  sigmoid,
  softmax,
  trainTestSplit,
} from "@nn-explained/core";

const K = 4;
const data = makeMultilabelClassification({ nSamples: 300, nFeatures: 10, nClasses: K, nLabels: 2, seed: 3 });
// The features are word counts; dividing by each document's length puts them on a
// common scale.
const X = data.X.map((row) => {
  const length = row.reduce((a, b) => a + b, 0);
  return row.map((count) => (10 * count) / length);
});
const { XTrain, XTest, yTrain, yTest } = trainTestSplit(X, data.y, { testSize: 0.5, seed: 0 });

const sigmoidNet = createMlp({ sizes: [10, 16, K], hidden: "relu", output: "identity", seed: 1 });
fit(sigmoidNet, XTrain, yTrain, { loss: "bceWithLogits", epochs: 60, learningRate: 0.01 });

// Softmax needs one class per example: repeat a sample once for each of its labels.
const XPairs: number[][] = [];
const yPairs: number[] = [];
XTrain.forEach((x, i) => {
  (yTrain[i] as number[]).forEach((present, k) => {
    if (present === 1) {
      XPairs.push(x);
      yPairs.push(k);
    }
  });
});
const softmaxNet = createMlp({ sizes: [10, 16, K], hidden: "relu", output: "identity", seed: 1 });
fit(softmaxNet, XPairs, yPairs, { loss: "crossEntropy", epochs: 60, learningRate: 0.01 });

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const count = (row: number[]) => row.reduce((a, b) => a + b, 0);
console.log(`labels per test sample: ${mean(yTest.map(count)).toFixed(2)} on average`);
const pSigmoid = sigmoid(predict(sigmoidNet, XTest));
const pSoftmax = softmax(predict(softmaxNet, XTest));
for (const [name, P] of [
  ["sigmoids", pSigmoid],
  ["softmax ", pSoftmax],
] as const) {
  const predicted = P.map((row) => row.map((p) => (p > 0.5 ? 1 : 0)));
  console.log(
    `${name}  exact-set accuracy ${accuracyScore(yTest, predicted).toFixed(3)}` +
      `   micro-F1 ${f1Score(yTest, predicted, { average: "micro" }).toFixed(3)}` +
      `   labels predicted ${mean(predicted.map(count)).toFixed(2)}` +
      `   sum of outputs ${Math.min(...P.map(count)).toFixed(2)} to ${Math.max(...P.map(count)).toFixed(2)}`,
  );
}

// The first test sample with two or more labels that the sigmoid head gets exactly
// right: the sigmoids can say yes to each label; softmax has to share a total of 1
// among them.
const i = yTest.findIndex(
  (row, j) => count(row) >= 2 && row.every((t, k) => t === (((pSigmoid[j] as number[])[k] as number) > 0.5 ? 1 : 0)),
);
const show = (row: number[]) => row.map((p) => p.toFixed(2)).join("  ");
console.log(`test sample ${i}: labels    ${(yTest[i] as number[]).join("     ")}`);
console.log(`test sample ${i}: sigmoids  ${show(pSigmoid[i] as number[])}`);
console.log(`test sample ${i}: softmax   ${show(pSoftmax[i] as number[])}`);
