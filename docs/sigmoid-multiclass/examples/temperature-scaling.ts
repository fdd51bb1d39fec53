// Temperature scaling (Guo et al., 2017): divide the logits by one number T > 0,
// fitted on held-out data. A small network trained too long on few, overlapping
// points is overconfident; T > 1 softens its probabilities without changing a
// single prediction, since z / T keeps the argmax. One seed in detail, then 30.
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
import { sweepSeeds } from "@nn-explained/playground";

const argmax = (row: number[]) => row.indexOf(Math.max(...row));
const scale = (logits: number[][], T: number) => logits.map((row) => row.map((z) => z / T));

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

/** The minimum of a function with one minimum on [a, b], by golden-section search. */
function goldenSection(f: (x: number) => number, a: number, b: number, tolerance = 1e-6): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > tolerance) {
    if (fc < fd) {
      [b, d, fd] = [d, c, fc];
      c = b - r * (b - a);
      fc = f(c);
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + r * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

function calibrate(seed: number) {
  const { X, y } = makeBlobs({
    nSamples: 400,
    centers: [
      [0, 0],
      [3, 0],
      [1.5, 2.5],
    ],
    clusterStd: 1.3,
    seed,
  });
  // 80 training points; the other 320 are split into a validation set (to fit T)
  // and a test set.
  const split = trainTestSplit(X, y, { testSize: 0.8, seed });
  const held = trainTestSplit(split.XTest, split.yTest, { testSize: 0.5, seed });

  const net = createMlp({ sizes: [2, 32, 3], hidden: "relu", output: "identity", seed });
  fit(net, split.XTrain, split.yTrain, { loss: "crossEntropy", epochs: 200, learningRate: 0.03, seed });
  const validationLogits = predict(net, held.XTrain);
  const testLogits = predict(net, held.XTest);

  // Fit T by minimizing the validation cross-entropy. It is convex in 1/T, so it has
  // one minimum, which a golden-section search on log T finds (Guo et al. use L-BFGS).
  const validationLoss = (logT: number) => crossEntropy(held.yTrain, scale(validationLogits, Math.exp(logT)));
  const best = { T: Math.exp(goldenSection(validationLoss, Math.log(0.01), Math.log(1000))) };
  const score = (T: number) => {
    const P = softmax(scale(testLogits, T));
    return {
      accuracy: accuracyScore(held.yTest, P.map(argmax)),
      confidence: P.reduce((a, row) => a + Math.max(...row), 0) / P.length,
      crossEntropy: crossEntropy(held.yTest, scale(testLogits, T)),
      ece: expectedCalibrationError(P, held.yTest),
    };
  };
  return { T: best.T, before: score(1), after: score(best.T) };
}

const one = calibrate(4);
console.log(`seed 4: fitted temperature T = ${one.T.toFixed(2)}`);
for (const [T, s] of [
  [1, one.before],
  [one.T, one.after],
] as const) {
  console.log(
    `T = ${T.toFixed(2)}   test accuracy ${s.accuracy.toFixed(3)}   mean confidence ${s.confidence.toFixed(3)}` +
      `   cross-entropy ${s.crossEntropy.toFixed(4)}   ECE ${s.ece.toFixed(4)}`,
  );
}

const sweep = sweepSeeds(30, calibrate, { label: "temperature scaling" });
console.log(
  `overconfident before (mean confidence > accuracy): ${sweep.count((r) => r.before.confidence > r.before.accuracy).text}`,
);
console.log(`fitted T: ${sweep.spread((r) => r.T, 2).text}; T > 1 in ${sweep.count((r) => r.T > 1).text}`);
console.log(`test cross-entropy lower after: ${sweep.count((r) => r.after.crossEntropy < r.before.crossEntropy).text}`);
console.log(`ECE lower after: ${sweep.count((r) => r.after.ece < r.before.ece).text}`);
console.log(`accuracy unchanged: ${sweep.count((r) => r.after.accuracy === r.before.accuracy).text}`);
