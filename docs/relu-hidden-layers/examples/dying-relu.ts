// Dying ReLU: a unit whose pre-activation is negative for every sample outputs 0 and its weights get no
// gradient. A learning rate that is too high can kill units wholesale, up to a whole layer.
// SEED = 2 is one of the seeds where a layer dies at 0.3 (the next playground counts how many do).
// Edit the learning rates or SEED and run again.
import { binaryCrossEntropy, createMlp, deadUnitFraction, fit, makeMoons, predict } from "@nn-explained/core";
import { barChart } from "@nn-explained/playground";

const { X, y } = makeMoons({ nSamples: 200, noise: 0.1, seed: 0 });
const sizes = [2, 16, 16, 16, 1];
const SEED = 2;

const runs = [
  { hidden: "relu", learningRate: 0.01 },
  { hidden: "relu", learningRate: 0.3 },
  { hidden: "leakyRelu", learningRate: 0.3 },
] as const;

const pct = (v: number) => `${Math.round(100 * v)}%`.padStart(4);
const dead = runs.map(({ hidden, learningRate }) => {
  const model = createMlp({ sizes, hidden, output: "sigmoid", init: "he", seed: SEED });
  const before = deadUnitFraction(model, X);
  fit(model, X, y, { loss: "bceWithLogits", optimizer: "adam", learningRate, epochs: 20, seed: SEED });
  const after = deadUnitFraction(model, X);
  // The trained model's loss and accuracy on all the samples (fit's history holds epoch averages).
  const p = predict(model, X).map((row) => row[0] as number);
  const loss = binaryCrossEntropy(y, p);
  const accuracy = p.filter((pi, i) => (pi > 0.5 ? 1 : 0) === y[i]).length / y.length;
  console.log(
    `${hidden.padEnd(9)} lr ${String(learningRate).padEnd(4)}  dead units per layer: ` +
      `${before.map(pct).join(" ")} before → ${after.map(pct).join(" ")} after;  ` +
      `loss ${loss.toFixed(3)}, accuracy ${accuracy.toFixed(3)}`,
  );
  return after;
});

barChart({
  title: "Share of dead units after training",
  yLabel: "dead units",
  labels: ["layer 1", "layer 2", "layer 3"],
  series: runs.map((r, i) => ({ name: `${r.hidden}, lr ${r.learningRate}`, values: dead[i] as number[] })),
});
