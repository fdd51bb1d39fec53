// Transform-and-invert changes what is estimated. The targets are −exp(μ(x) + σ·ε) with Gaussian ε:
// negative, skewed, with the spread growing with |y|. Model A fits y with MSE; model B fits log(−y) with
// MSE and predicts −exp(ẑ). B estimates −exp(E[log(−y) | x]), the conditional median here, not the mean.
import { createMlp, createRng, fit, makeRegression, meanSquaredError, predict } from "@nn-explained/core";

const SIGMA = 0.8;

const { X } = makeRegression({ nSamples: 400, nFeatures: 1, nInformative: 1, seed: 1 });
const rng = createRng(1);
const mu = X.map((row) => 1 + 0.5 * (row[0] as number));
const y = mu.map((m) => -Math.exp(m + SIGMA * rng.normal()));
const avg = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const options = { loss: "mse", optimizer: "adam", learningRate: 0.01, epochs: 100, seed: 0 } as const;

// A: MSE on y itself, linear output.
const a = createMlp({ sizes: [1, 16, 1], seed: 0 });
fit(a, X, y, options);
const pA = predict(a, X).map((r) => r[0] as number);

// B: MSE on log(−y), then invert: ŷ = −exp(ẑ).
const b = createMlp({ sizes: [1, 16, 1], seed: 0 });
fit(
  b,
  X,
  y.map((v) => Math.log(-v)),
  options,
);
const pB = predict(b, X).map((r) => -Math.exp(r[0] as number));

const mean = avg(y);
console.log(
  `mean target ${mean.toFixed(3)}; true conditional means average ${avg(mu.map((m) => -Math.exp(m + SIGMA ** 2 / 2))).toFixed(3)}, medians ${avg(mu.map((m) => -Math.exp(m))).toFixed(3)}`,
);
for (const [name, p] of [
  ["A: MSE on y          ", pA],
  ["B: MSE on log(−y)    ", pB],
] as const) {
  const below = avg(y.map((v, i) => (v < (p[i] as number) ? 1 : 0)));
  console.log(
    `${name} mean prediction ${avg(p).toFixed(3)}, MSE ${meanSquaredError(y, p).toFixed(3)}, ` +
      `targets below the prediction ${(100 * below).toFixed(1)}%`,
  );
}
console.log(
  `mean of A / mean of B = ${(avg(pA) / avg(pB)).toFixed(3)}; exp(σ²/2) = ${Math.exp(SIGMA ** 2 / 2).toFixed(3)}`,
);
