// Shared by negative-heads-seeds.ts and other-ranges-seeds.ts: the heads of negative-targets.ts trained
// from many seeds on makeRegression's problem rescaled to a range of targets, summarised with sweepSeeds.
import {
  createMlp,
  fit,
  makeRegression,
  type OutputActivation,
  predict,
  stuckAtBoundFraction,
} from "@nn-explained/core";
import { sweepSeeds } from "@nn-explained/playground";

/** An output head, and how the targets are rescaled for it (predictions are mapped back before R²). */
export interface Head {
  name: string;
  output: OutputActivation;
  /** "standardize": (y − mean) / sd; "divide by sd": y / sd, which keeps the targets' sign. */
  rescale: "none" | "standardize" | "divide by sd";
}

export const IDENTITY: Head = { name: "identity", output: "identity", rescale: "none" };
export const STANDARDIZED: Head = { name: "identity, standardized y", output: "identity", rescale: "standardize" };
export const RELU: Head = { name: "relu", output: "relu", rescale: "none" };
export const NEG_RELU: Head = { name: "-relu", output: "-relu", rescale: "none" };
export const NEG_SOFTPLUS: Head = { name: "-softplus", output: "-softplus", rescale: "none" };
export const NEG_SOFTPLUS_SCALED: Head = { name: "-softplus, y / sd", output: "-softplus", rescale: "divide by sd" };

/** makeRegression's noisy linear problem (the same for every seed), rescaled so the targets span [low, high]. */
function problem(low: number, high: number, nSamples: number) {
  const { X, y: raw } = makeRegression({ nSamples, nFeatures: 2, nInformative: 2, noise: 10, seed: 0 });
  const min = Math.min(...raw);
  const max = Math.max(...raw);
  return { X, y: raw.map((v) => low + ((high - low) * (v - min)) / (max - min)) };
}

/** Samples per Adam step (core's default, written out so the step count printed below is plainly right). */
const BATCH = 32;

/** One head trained from one seed: R² on the training data, and the share of samples whose output gradient
 * is exactly 0 (core's stuckAtBoundFraction: z <= 0 for the ReLU heads) before and after training. */
interface Run {
  r2: number;
  stuckStart: number;
  stuckEnd: number;
}

function train(head: Head, X: number[][], y: number[], seed: number, epochs: number): Run {
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const sst = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  const sd = Math.sqrt(sst / y.length);
  const shift = head.rescale === "standardize" ? mean : 0;
  const scale = head.rescale === "none" ? 1 : sd;
  const model = createMlp({ sizes: [2, 16, 1], hidden: "relu", output: head.output, seed });
  const stuckStart = stuckAtBoundFraction(model, X)[0] as number;
  fit(
    model,
    X,
    y.map((v) => (v - shift) / scale),
    { loss: "mse", optimizer: "adam", learningRate: 0.01, epochs, batchSize: BATCH, seed },
  );
  const stuckEnd = stuckAtBoundFraction(model, X)[0] as number;
  const p = predict(model, X).map((r) => (r[0] as number) * scale + shift);
  return { r2: 1 - p.reduce((s, v, i) => s + (v - (y[i] as number)) ** 2, 0) / sst, stuckStart, stuckEnd };
}

/**
 * Trains each head from seeds 0 to seeds − 1 on targets in [low, high] and prints, per head, the median and
 * range of R² and how many seeds end worse than predicting the mean (R² < 0) or with a weak fit (R² < 0.9).
 */
export function compareHeads(low: number, high: number, nSamples: number, epochs: number, heads: Head[], seeds = 20) {
  const { X, y } = problem(low, high, nSamples);
  const where = `[${low}, ${high}], ${nSamples} samples, ${epochs} epochs`;
  const sweep = sweepSeeds(seeds, (seed) => heads.map((h) => train(h, X, y, seed, epochs)), { label: where });
  console.log(`targets in ${where} (${epochs * Math.ceil(nSamples / BATCH)} Adam steps):`);
  heads.forEach((h, k) => {
    const run = (r: Run[]) => r[k] as Run;
    console.log(
      `  ${h.name.padEnd(25)} R² ${sweep.spread((r) => run(r).r2).text}; ` +
        `R² < 0 in ${sweep.count((r) => run(r).r2 < 0).text}, R² < 0.9 in ${sweep.count((r) => run(r).r2 < 0.9).text}`,
    );
    if (h.output !== "relu" && h.output !== "-relu") return;
    // A ReLU head has a flat side: how many samples sit on it before and after training, in the seeds that fail.
    const failed = sweep.results.map(run).filter((r) => r.r2 < 0);
    const n = (test: (r: Run) => boolean) => failed.filter(test).length;
    console.log(
      `    every sample stuck at the start: ${sweep.count((r) => run(r).stuckStart === 1).text}; ` +
        `at the end: ${sweep.count((r) => run(r).stuckEnd === 1).text}`,
    );
    console.log(
      `    the ${failed.length} seeds with R² < 0: every sample stuck at the end in ${n((r) => r.stuckEnd === 1)}; ` +
        `at the start every sample in ${n((r) => r.stuckStart === 1)}, some in ` +
        `${n((r) => r.stuckStart > 0 && r.stuckStart < 1)}, none in ${n((r) => r.stuckStart === 0)}`,
    );
  });
}
