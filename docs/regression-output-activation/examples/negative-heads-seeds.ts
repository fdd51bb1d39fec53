// −ReLU against −softplus over ten random initialisations: how often does training end worse than
// predicting the mean (R² < 0)? Edit LOW and HIGH (the targets' range) and run again.
import { createMlp, fit, makeRegression, stuckAtBoundFraction } from "@nn-explained/core";
import { barChart } from "@nn-explained/playground";

const LOW = -8;
const HIGH = -1;
const SEEDS = 10;

const { X, y: raw } = makeRegression({ nSamples: 100, nFeatures: 2, nInformative: 2, noise: 10, seed: 0 });
const min = Math.min(...raw);
const max = Math.max(...raw);
const y = raw.map((v) => LOW + ((HIGH - LOW) * (v - min)) / (max - min));

const heads = ["-relu", "-softplus"] as const;
const failures = heads.map((output) => {
  const r2: string[] = [];
  let failed = 0;
  for (let seed = 0; seed < SEEDS; seed++) {
    const model = createMlp({ sizes: [2, 16, 1], hidden: "relu", output, seed });
    const history = fit(model, X, y, { loss: "mse", optimizer: "adam", learningRate: 0.01, epochs: 40, seed });
    const last = history.metric.at(-1) as number;
    if (last < 0) failed++;
    const stuck = stuckAtBoundFraction(model, X)[0] as number;
    r2.push(stuck > 0 ? `${last.toFixed(2)} (${Math.round(100 * stuck)}% stuck)` : last.toFixed(2));
  }
  console.log(`${output}: R² per seed ${r2.join(", ")}`);
  console.log(`${output}: ${failed} of ${SEEDS} seeds end with R² < 0`);
  return failed;
});

barChart({ title: `Runs ending with R² < 0, of ${SEEDS}`, labels: [...heads], values: failures });
