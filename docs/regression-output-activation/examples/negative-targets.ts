// Four output heads trained on the same regression problem, whose targets are all negative by default.
// Edit LOW and HIGH (the targets' range) and run again to see which heads break:
// try [-0.5, -0.1] (close to zero), [-4, 3] (both signs) and [1, 8] (all positive).
// This is one run (seed 0), an illustration: negative-heads-seeds.ts trains every head from 20 seeds.
import { createMlp, fit, makeRegression, meanSquaredError, predict, stuckAtBoundFraction } from "@nn-explained/core";
import { lineChart } from "@nn-explained/playground";

const LOW = -8;
const HIGH = -1;

// A noisy linear problem from makeRegression, rescaled so the targets span [LOW, HIGH].
const { X, y: raw } = makeRegression({ nSamples: 200, nFeatures: 2, nInformative: 2, noise: 10, seed: 0 });
const min = Math.min(...raw);
const max = Math.max(...raw);
const y = raw.map((v) => LOW + ((HIGH - LOW) * (v - min)) / (max - min));
const mean = y.reduce((s, v) => s + v, 0) / y.length;
// MSE and R² of the trained model's predictions (fit's history averages each epoch's batches as they trained).
const r2 = (p: number[]) =>
  1 - p.reduce((s, v, i) => s + (v - (y[i] as number)) ** 2, 0) / y.reduce((s, v) => s + (v - mean) ** 2, 0);

// "-relu" outputs −max(0, z) <= 0 and "-softplus" outputs −log(1 + e^z) < 0.
const heads = ["identity", "relu", "-relu", "-softplus"] as const;
const curves: number[][] = [];
const fitted: number[][] = [];
console.log("head               MSE      R²   samples with no gradient   first predictions");
for (const output of heads) {
  const model = createMlp({ sizes: [2, 16, 1], hidden: "relu", output, seed: 0 });
  const history = fit(model, X, y, { loss: "mse", optimizer: "adam", learningRate: 0.01, epochs: 60, seed: 0 });
  const stuck = stuckAtBoundFraction(model, X)[0] as number;
  const p = predict(model, X).map((row) => row[0] as number);
  curves.push(history.loss);
  fitted.push(p);
  console.log(
    `${output.padEnd(10)} ${meanSquaredError(y, p).toFixed(4).padStart(11)} ` +
      `${r2(p).toFixed(3).padStart(7)} ${`${Math.round(stuck * 100)}%`.padStart(26)}   ` +
      p
        .slice(0, 3)
        .map((v) => v.toFixed(2))
        .join("  "),
  );
}
console.log(
  `first targets${" ".repeat(61)}${y
    .slice(0, 3)
    .map((v) => v.toFixed(2))
    .join("  ")}`,
);

lineChart({
  title: "Training loss (log10 of the MSE) per epoch",
  xLabel: "epoch",
  yLabel: "log10 MSE",
  series: heads.map((h, i) => ({ name: h, y: (curves[i] as number[]).map(Math.log10) })),
});

// Predictions against targets, samples sorted by target: a head that fits follows the target line.
const order = y.map((_, i) => i).sort((a, b) => (y[a] as number) - (y[b] as number));
lineChart({
  title: "Predictions, samples sorted by target",
  xLabel: "sample (sorted by target)",
  yLabel: "value",
  series: [
    { name: "target", y: order.map((i) => y[i] as number) },
    ...heads.map((h, k) => ({ name: h, y: order.map((i) => (fitted[k] as number[])[i] as number) })),
  ],
});
