// Transform-and-invert changes what is estimated. The targets are −exp(μ(x) + σ·ε) with Gaussian ε:
// negative, skewed, with the spread growing with |y|. Model A fits y with MSE; model B fits log(−y) with
// MSE and predicts −exp(ẑ). B estimates −exp(E[log(−y) | x]), the conditional median here, not the mean.
// Seed 0 first, then 20 seeds (data, initialisation and shuffling all drawn from the seed).
import { createMlp, createRng, fit, meanSquaredError, predict } from "@nn-explained/core";
import { sweepSeeds } from "@nn-explained/playground";

const SIGMA = 0.8;
const avg = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;

/** n samples: x standard normal, μ(x) = 1 + 0.5·x, y = −exp(μ + σ·ε). */
function draw(seed: number, n: number) {
  const rng = createRng(seed);
  const X = Array.from({ length: n }, () => [rng.normal()]);
  const mu = X.map((row) => 1 + 0.5 * (row[0] as number));
  const y = mu.map((m) => -Math.exp(m + SIGMA * rng.normal()));
  return { X, mu, y };
}

/** Share of the targets below (more negative than) the predictions. */
const below = (y: readonly number[], p: readonly number[]) => avg(y.map((v, i) => (v < (p[i] as number) ? 1 : 0)));

function trainBoth(seed: number) {
  const train = draw(seed, 400);
  const test = draw(1000 + seed, 2000); // new samples from the same distribution
  const options = { loss: "mse", optimizer: "adam", learningRate: 0.01, epochs: 100, seed } as const;
  // A: MSE on y itself, linear output.
  const a = createMlp({ sizes: [1, 16, 1], seed });
  fit(a, train.X, train.y, options);
  // B: MSE on log(−y), then invert: ŷ = −exp(ẑ).
  const b = createMlp({ sizes: [1, 16, 1], seed });
  fit(
    b,
    train.X,
    train.y.map((v) => Math.log(-v)),
    options,
  );
  const pA = (X: number[][]) => predict(a, X).map((r) => r[0] as number);
  const pB = (X: number[][]) => predict(b, X).map((r) => -Math.exp(r[0] as number));
  const [A, B, testA, testB] = [pA(train.X), pB(train.X), pA(test.X), pB(test.X)] as [
    number[],
    number[],
    number[],
    number[],
  ];
  return {
    train,
    A,
    B,
    belowA: below(train.y, A),
    belowB: below(train.y, B),
    ratio: avg(A) / avg(B),
    mseA: meanSquaredError(train.y, A),
    mseB: meanSquaredError(train.y, B),
    testMseA: meanSquaredError(test.y, testA),
    testMseB: meanSquaredError(test.y, testB),
  };
}

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
// Training both models takes a moment: say what is happening first.
console.log("seed 0: training A (MSE on y) and B (MSE on log(−y)), 100 epochs each…");
const one = trainBoth(0);
const { mu, y } = one.train;
console.log(
  `seed 0: mean target ${avg(y).toFixed(3)}; true conditional means average ${avg(mu.map((m) => -Math.exp(m + SIGMA ** 2 / 2))).toFixed(3)}, medians ${avg(mu.map((m) => -Math.exp(m))).toFixed(3)}`,
);
console.log(
  `  A: MSE on y        mean prediction ${avg(one.A).toFixed(3)}, targets below the prediction ${pct(one.belowA)}, ` +
    `MSE on y ${one.mseA.toFixed(3)} (new samples ${one.testMseA.toFixed(3)})`,
);
console.log(
  `  B: MSE on log(−y)  mean prediction ${avg(one.B).toFixed(3)}, targets below the prediction ${pct(one.belowB)}, ` +
    `MSE on y ${one.mseB.toFixed(3)} (new samples ${one.testMseB.toFixed(3)})`,
);
console.log(`  mean of A / mean of B = ${one.ratio.toFixed(3)}; exp(σ²/2) = ${Math.exp(SIGMA ** 2 / 2).toFixed(3)}`);

const sweep = sweepSeeds(20, trainBoth, { label: "A and B" });
console.log("seeds 0 to 19:");
console.log(`  % of targets below A's predictions: ${sweep.spread((r) => 100 * r.belowA, 1).text}`);
console.log(`  % of targets below B's predictions: ${sweep.spread((r) => 100 * r.belowB, 1).text}`);
console.log(`  mean of A / mean of B: ${sweep.spread((r) => r.ratio).text}`);
console.log(`  B's MSE on y above A's, on the training data: ${sweep.count((r) => r.mseB > r.mseA).text}`);
console.log(`  B's MSE on y above A's, on 2,000 new samples: ${sweep.count((r) => r.testMseB > r.testMseA).text}`);
