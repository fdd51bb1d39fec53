// A ReLU on the output of a regressor whose targets are all negative: the output can only be >= 0, and
// once a sample's pre-activation z is below 0 its prediction is exactly 0 with zero gradient.
// Edit LOW and HIGH (the targets' range) and run again: with positive targets the same head is fine.
import { createMlp, fit, makeRegression, predict, stuckAtBoundFraction } from "@nn-explained/core";

const LOW = -8;
const HIGH = -1;

// A linear problem with noise, rescaled so the targets span [LOW, HIGH].
const { X, y: raw } = makeRegression({ nSamples: 200, nFeatures: 2, nInformative: 2, noise: 10, seed: 0 });
const min = Math.min(...raw);
const max = Math.max(...raw);
const y = raw.map((v) => LOW + ((HIGH - LOW) * (v - min)) / (max - min));

for (const output of ["identity", "relu"] as const) {
  const model = createMlp({ sizes: [2, 16, 1], hidden: "relu", output, seed: 0 });
  const stuckBefore = stuckAtBoundFraction(model, X)[0] as number;
  const history = fit(model, X, y, { loss: "mse", optimizer: "adam", learningRate: 0.01, epochs: 60, seed: 0 });
  const stuckAfter = stuckAtBoundFraction(model, X)[0] as number;
  const predictions = predict(model, X).map((row) => row[0] as number);
  console.log(`output ${output}:`);
  console.log(
    `  loss ${history.loss[0]?.toFixed(2)} → ${history.loss.at(-1)?.toFixed(4)}, R² ${history.metric.at(-1)?.toFixed(3)}`,
  );
  console.log(`  samples with zero output gradient: ${stuckBefore * 100}% before training, ${stuckAfter * 100}% after`);
  console.log(
    `  first targets     ${y
      .slice(0, 4)
      .map((v) => v.toFixed(2))
      .join("  ")}`,
  );
  console.log(
    `  first predictions ${predictions
      .slice(0, 4)
      .map((v) => v.toFixed(2))
      .join("  ")}`,
  );
}
