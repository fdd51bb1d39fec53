// The output bias can absorb any offset, but it has to get there. With targets around −950, a network
// whose output starts near 0 spends its whole training budget walking the bias over; standardizing the
// targets (or starting the bias at their mean) removes the walk. Seed 0 first, then 20 seeds.
// Edit OFFSET and run again.
import { createMlp, fit, makeRegression, predict } from "@nn-explained/core";
import { sweepSeeds } from "@nn-explained/playground";

const OFFSET = -950;
const SPREAD = 100;

const { X, y: raw } = makeRegression({ nSamples: 200, nFeatures: 2, nInformative: 2, noise: 10, seed: 0 });
const min = Math.min(...raw);
const max = Math.max(...raw);
const y = raw.map((v) => OFFSET - SPREAD / 2 + (SPREAD * (v - min)) / (max - min));

const mean = y.reduce((s, v) => s + v, 0) / y.length;
const sd = Math.sqrt(y.reduce((s, v) => s + (v - mean) ** 2, 0) / y.length);
const r2 = (p: number[]) =>
  1 - p.reduce((s, v, i) => s + (v - (y[i] as number)) ** 2, 0) / y.reduce((s, v) => s + (v - mean) ** 2, 0);
console.log(`targets: mean ${mean.toFixed(1)}, standard deviation ${sd.toFixed(1)}`);

/** The same network trained three ways from one seed (initialisation and shuffling). */
function trainThreeWays(seed: number) {
  const options = { loss: "mse", optimizer: "adam", learningRate: 0.01, epochs: 60, seed } as const;
  // 1. Raw targets, default initialisation: the output bias starts at 0.
  const plain = createMlp({ sizes: [2, 16, 1], output: "identity", seed });
  fit(plain, X, y, options);
  const pPlain = predict(plain, X).map((r) => r[0] as number);
  // 2. Raw targets, output bias started at the targets' mean.
  const biased = createMlp({ sizes: [2, 16, 1], output: "identity", seed });
  (biased.biases[1] as Float64Array)[0] = mean;
  fit(biased, X, y, options);
  // 3. Standardized targets (y − mean) / sd, predictions mapped back with · sd + mean.
  const scaled = createMlp({ sizes: [2, 16, 1], output: "identity", seed });
  fit(
    scaled,
    X,
    y.map((v) => (v - mean) / sd),
    options,
  );
  return {
    raw: r2(pPlain),
    meanPrediction: pPlain.reduce((s, v) => s + v, 0) / pPlain.length,
    biased: r2(predict(biased, X).map((r) => r[0] as number)),
    standardized: r2(predict(scaled, X).map((r) => (r[0] as number) * sd + mean)),
  };
}

const one = trainThreeWays(0);
console.log("seed 0:");
console.log(`  raw targets:              R² ${one.raw.toFixed(3)}, mean prediction ${one.meanPrediction.toFixed(1)}`);
console.log(`  bias started at the mean: R² ${one.biased.toFixed(3)}`);
console.log(`  standardized targets:     R² ${one.standardized.toFixed(3)}`);

const sweep = sweepSeeds(20, trainThreeWays, { label: "three ways" });
console.log("seeds 0 to 19:");
console.log(
  `  raw targets:              R² ${sweep.spread((r) => r.raw).text}; R² < 0 in ${sweep.count((r) => r.raw < 0).text}`,
);
console.log(`  bias started at the mean: R² ${sweep.spread((r) => r.biased).text}`);
console.log(`  standardized targets:     R² ${sweep.spread((r) => r.standardized).text}`);
