// Dying ReLU: a unit whose pre-activation is negative for every sample outputs 0 and passes no gradient,
// so gradient descent can never bring it back. A learning rate that is too high kills units wholesale.
// Edit the learning rates or SEED and run again: how many units die varies from seed to seed.
import { createMlp, deadUnitFraction, fit, makeMoons } from "@nn-explained/core";
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
  const history = fit(model, X, y, { loss: "bceWithLogits", optimizer: "adam", learningRate, epochs: 20, seed: SEED });
  const after = deadUnitFraction(model, X);
  console.log(
    `${hidden.padEnd(9)} lr ${String(learningRate).padEnd(4)}  dead units per layer: ` +
      `${before.map(pct).join(" ")} before → ${after.map(pct).join(" ")} after;  ` +
      `loss ${history.loss.at(-1)?.toFixed(3)}, accuracy ${history.metric.at(-1)?.toFixed(3)}`,
  );
  return after;
});

barChart({
  title: "Share of dead units after training",
  yLabel: "dead units",
  labels: ["layer 1", "layer 2", "layer 3"],
  series: runs.map((r, i) => ({ name: `${r.hidden}, lr ${r.learningRate}`, values: dead[i] as number[] })),
});
