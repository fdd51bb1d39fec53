// A ReLU on the output of a regressor: the output can only be >= 0, and a sample whose pre-activation z is
// ≤ 0 is predicted as exactly 0 with zero gradient. Each head is trained from SEEDS random starts on
// targets spanning each RANGE: all negative, then all positive.
// Edit RANGES and run again.
import { createMlp, fit, makeRegression, predict, stuckAtBoundFraction } from "@nn-explained/core";
import { sweepSeeds } from "@nn-explained/playground";

const RANGES = [
  [-8, -1],
  [1, 8],
] as const;
const SEEDS = 20;

// A linear problem with noise, rescaled below so the targets span [low, high].
const { X, y: raw } = makeRegression({ nSamples: 200, nFeatures: 2, nInformative: 2, noise: 10, seed: 0 });
const min = Math.min(...raw);
const max = Math.max(...raw);

for (const [low, high] of RANGES) {
  const y = raw.map((v) => low + ((high - low) * (v - min)) / (max - min));
  const mean = y.reduce((a, b) => a + b, 0) / y.length;
  const total = y.reduce((a, v) => a + (v - mean) ** 2, 0);
  console.log(`targets in [${low}, ${high}]:`);
  for (const output of ["identity", "relu"] as const) {
    const sweep = sweepSeeds(
      SEEDS,
      (seed) => {
        const model = createMlp({ sizes: [2, 16, 1], hidden: "relu", output, seed });
        const stuckBefore = stuckAtBoundFraction(model, X)[0] as number;
        fit(model, X, y, { loss: "mse", optimizer: "adam", learningRate: 0.01, epochs: 60, seed });
        // R² of the trained model on all the samples (fit's history holds epoch averages).
        const p = predict(model, X).map((row) => row[0] as number);
        const r2 = 1 - p.reduce((a, pi, i) => a + (pi - (y[i] as number)) ** 2, 0) / total;
        return { stuckBefore, r2, allZero: p.every((pi) => pi === 0) };
      },
      { label: `${output} head` },
    );
    // "3 of 20 seeds (seeds 1, 13, 16)": which seeds, when at most half.
    const count = (test: (r: (typeof sweep.results)[number]) => boolean) => {
      const c = sweep.count(test);
      return c.hits > 0 && c.hits <= c.total / 2 ? `${c.text} (seeds ${c.seeds.join(", ")})` : c.text;
    };
    console.log(`  ${output} head: R² ${sweep.spread((r) => r.r2).text}`);
    console.log(`    R² above 0.9: ${count((r) => r.r2 > 0.9)}`);
    console.log(`    predicts exactly 0 for every sample: ${count((r) => r.allZero)}`);
    if (output === "relu") {
      console.log(`    every sample starts at z ≤ 0 (100% stuck): ${count((r) => r.stuckBefore === 1)}`);
      console.log(`    no sample starts at z ≤ 0 (0% stuck): ${count((r) => r.stuckBefore === 0)}`);
    }
  }
}
