// Which number does each loss estimate? Fit one constant c to skewed negative targets y = −exp(1 + σ·ε)
// by minimising each loss over c (a golden-section search; every loss here is convex in c), and compare
// it with the sample mean, the sample median and −exp(mean of log(−y)), what a model fit to log(−y) and
// inverted predicts for a constant. Seed 0 first, then 100 seeds. Edit SIGMA (the skew) or DELTA.
import { createRng, huberLoss, meanAbsoluteError, meanSquaredError } from "@nn-explained/core";
import { sweepSeeds } from "@nn-explained/playground";

const SIGMA = 0.8;
const DELTA = 1; // Huber's threshold, PyTorch's default
const N = 401; // odd: the median is one sample, and MAE's minimiser is unique

/** The c in [lo, hi] that minimises a convex f, to about 1e-9. */
function argmin(f: (c: number) => number, lo: number, hi: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [lo, hi];
  while (b - a > 1e-9) {
    const c1 = b - g * (b - a);
    const c2 = a + g * (b - a);
    if (f(c1) <= f(c2)) b = c2;
    else a = c1;
  }
  return (a + b) / 2;
}

// Poisson and Gamma deviances of a positive target t (here t = −y) against a constant prediction m: not in
// core's losses, so written out (scikit-learn's mean_poisson_deviance and mean_gamma_deviance).
const poissonDeviance = (t: number[], m: number) =>
  t.reduce((s, v) => s + 2 * (v * Math.log(v / m) - (v - m)), 0) / t.length;
const gammaDeviance = (t: number[], m: number) =>
  t.reduce((s, v) => s + 2 * (Math.log(m / v) + v / m - 1), 0) / t.length;

function estimates(seed: number) {
  const rng = createRng(seed);
  const y = Array.from({ length: N }, () => -Math.exp(1 + SIGMA * rng.normal()));
  const t = y.map((v) => -v);
  const sorted = [...y].sort((a, b) => a - b);
  const [lo, hi] = [sorted[0] as number, sorted[N - 1] as number];
  const constant = (c: number) => y.map(() => c);
  return {
    mean: y.reduce((s, v) => s + v, 0) / N,
    median: sorted[(N - 1) / 2] as number,
    geometric: -Math.exp(t.reduce((s, v) => s + Math.log(v), 0) / N),
    mse: argmin((c) => meanSquaredError(y, constant(c)), lo, hi),
    mae: argmin((c) => meanAbsoluteError(y, constant(c)), lo, hi),
    huber: argmin((c) => huberLoss(y, constant(c), { delta: DELTA }), lo, hi),
    poisson: -argmin((m) => poissonDeviance(t, m), -hi, -lo),
    gamma: -argmin((m) => gammaDeviance(t, m), -hi, -lo),
  };
}

const e = estimates(0);
console.log(
  `seed 0, ${N} samples; true mean ${(-Math.exp(1 + SIGMA ** 2 / 2)).toFixed(3)}, true median ${(-Math.E).toFixed(3)}`,
);
console.log(
  `  sample mean ${e.mean.toFixed(3)}, sample median ${e.median.toFixed(3)}, −exp(mean log(−y)) ${e.geometric.toFixed(3)}`,
);
console.log(
  `  the constant that minimises   MSE ${e.mse.toFixed(3)}   MAE ${e.mae.toFixed(3)}   Huber (delta ${DELTA}) ${e.huber.toFixed(3)}`,
);
console.log(
  `                                Poisson deviance of −y ${e.poisson.toFixed(3)}   Gamma deviance of −y ${e.gamma.toFixed(3)}`,
);

const SEEDS = 100; // one constant per loss: cheap, so more seeds than the training sweeps
const sweep = sweepSeeds(SEEDS, estimates, { label: "estimates" });
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
console.log(`seeds 0 to ${SEEDS - 1}:`);
console.log(
  `  MSE, Poisson and Gamma deviance give the sample mean: ${sweep.count((r) => near(r.mse, r.mean) && near(r.poisson, r.mean) && near(r.gamma, r.mean)).text}`,
);
console.log(`  MAE gives the sample median: ${sweep.count((r) => near(r.mae, r.median)).text}`);
console.log(
  `  Huber lies between the median and the mean: ${sweep.count((r) => r.huber < r.median && r.huber > r.mean).text} ` +
    `(beyond the median: ${sweep.count((r) => r.huber >= r.median).text})`,
);
console.log(`  Huber minus the sample median: ${sweep.spread((r) => r.huber - r.median).text}`);
console.log(`  −exp(mean log(−y)) minus the sample median: ${sweep.spread((r) => r.geometric - r.median).text}`);
console.log(`  −exp(mean log(−y)) minus the sample mean: ${sweep.spread((r) => r.geometric - r.mean).text}`);
