// The output bias can absorb any offset, but it has to get there. With targets around −950, a network
// whose output starts near 0 spends its whole training budget walking the bias over; standardizing the
// targets (or starting the bias at their mean) removes the walk. Edit OFFSET and run again.
import { createMlp, fit, makeRegression, predict } from "@nn-explained/core";

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
const options = { loss: "mse", optimizer: "adam", learningRate: 0.01, epochs: 60, seed: 0 } as const;
console.log(`targets: mean ${mean.toFixed(1)}, standard deviation ${sd.toFixed(1)}`);

// 1. Raw targets, default initialisation: the output bias starts at 0.
const plain = createMlp({ sizes: [2, 16, 1], output: "identity", seed: 0 });
fit(plain, X, y, options);
const pPlain = predict(plain, X).map((r) => r[0] as number);
console.log(
  `raw targets:              R² ${r2(pPlain).toFixed(3)}, mean prediction ${(pPlain.reduce((s, v) => s + v) / 200).toFixed(1)}`,
);

// 2. Raw targets, output bias started at the targets' mean.
const biased = createMlp({ sizes: [2, 16, 1], output: "identity", seed: 0 });
(biased.biases[1] as Float64Array)[0] = mean;
fit(biased, X, y, options);
console.log(`bias started at the mean: R² ${r2(predict(biased, X).map((r) => r[0] as number)).toFixed(3)}`);

// 3. Standardized targets (y − mean) / sd, predictions mapped back with · sd + mean.
const scaled = createMlp({ sizes: [2, 16, 1], output: "identity", seed: 0 });
fit(
  scaled,
  X,
  y.map((v) => (v - mean) / sd),
  options,
);
console.log(
  `standardized targets:     R² ${r2(predict(scaled, X).map((r) => (r[0] as number) * sd + mean)).toFixed(3)}`,
);
