// Temperature scaling (Guo et al., 2017): divide the logits by one number T > 0,
// fitted on held-out data. A small network trained too long on few, overlapping
// points is overconfident; T > 1 softens its probabilities without changing a
// single prediction, since z / T keeps the argmax.
import {
  accuracyScore,
  createMlp,
  crossEntropy,
  fit,
  makeBlobs,
  predict,
  softmax,
  trainTestSplit,
} from "@nn-explained/core";

const { X, y } = makeBlobs({
  nSamples: 400,
  centers: [
    [0, 0],
    [3, 0],
    [1.5, 2.5],
  ],
  clusterStd: 1.3,
  seed: 4,
});
// 80 training points; the other 320 are split into a validation set (to fit T) and
// a test set.
const split = trainTestSplit(X, y, { testSize: 0.8, seed: 4 });
const held = trainTestSplit(split.XTest, split.yTest, { testSize: 0.5, seed: 4 });

const net = createMlp({ sizes: [2, 32, 3], hidden: "relu", output: "identity", seed: 4 });
fit(net, split.XTrain, split.yTrain, { loss: "crossEntropy", epochs: 200, learningRate: 0.03 });

const scale = (logits: number[][], T: number) => logits.map((row) => row.map((z) => z / T));
const validationLogits = predict(net, held.XTrain);
const testLogits = predict(net, held.XTest);

// Fit T by minimizing the validation cross-entropy over a grid (Guo et al. use
// L-BFGS; same minimum).
let best = { T: 1, loss: Number.POSITIVE_INFINITY };
for (let T = 0.25; T <= 10; T += 0.05) {
  const loss = crossEntropy(held.yTrain, scale(validationLogits, T));
  if (loss < best.loss) best = { T, loss };
}

// Expected calibration error: sort predictions into 15 bins by confidence (the top
// probability), then average |accuracy − mean confidence| over the bins, weighted
// by their sizes, as Guo et al. measure it.
function expectedCalibrationError(P: number[][], labels: number[], bins = 15): number {
  let total = 0;
  for (let b = 0; b < bins; b++) {
    const inBin = P.map((row, i) => ({ row, i })).filter(({ row }) => {
      const c = Math.max(...row);
      return c > b / bins && c <= (b + 1) / bins;
    });
    if (inBin.length === 0) continue;
    const confidence = inBin.reduce((a, { row }) => a + Math.max(...row), 0) / inBin.length;
    const hits = inBin.filter(({ row, i }) => row.indexOf(Math.max(...row)) === labels[i]).length / inBin.length;
    total += (inBin.length / P.length) * Math.abs(hits - confidence);
  }
  return total;
}

const argmax = (row: number[]) => row.indexOf(Math.max(...row));
console.log(`fitted temperature T = ${best.T.toFixed(2)}`);
for (const T of [1, best.T]) {
  const P = softmax(scale(testLogits, T));
  const confidence = P.reduce((a, row) => a + Math.max(...row), 0) / P.length;
  console.log(
    `T = ${T.toFixed(2)}   test accuracy ${accuracyScore(held.yTest, P.map(argmax)).toFixed(3)}` +
      `   mean confidence ${confidence.toFixed(3)}` +
      `   cross-entropy ${crossEntropy(held.yTest, scale(testLogits, T)).toFixed(4)}` +
      `   ECE ${expectedCalibrationError(P, held.yTest).toFixed(4)}`,
  );
}
