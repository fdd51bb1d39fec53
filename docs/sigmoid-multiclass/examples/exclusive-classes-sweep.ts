// The comparison of exclusive-classes.ts over 30 seeds (data, split, initial weights, shuffling), with 16
// points far from the data for each seed: at distance 20 from the middle of the blobs, whose spread is 1.2.
import { predict } from "@nn-explained/core";
import { sweepSeeds } from "@nn-explained/playground";
import { farPoints, renormalize, trainBothHeads } from "./_exclusive-classes";

const far = farPoints(20);
const sweep = sweepSeeds(
  30,
  (seed) => {
    const run = trainBothHeads(seed);
    const farSigmoid = predict(run.sigmoidNet, far);
    return {
      ...run,
      farSums: farSigmoid.map((row) => row.reduce((a, b) => a + b, 0)),
      farTopSoftmax: predict(run.softmaxNet, far).map((row) => Math.max(...row)),
      farTopRenormalized: renormalize(farSigmoid).map((row) => Math.max(...row)),
    };
  },
  { label: "exclusive classes" },
);

console.log(`test accuracy, sigmoids − softmax: ${sweep.spread((r) => r.accuracySigmoids - r.accuracySoftmax).text}`);
console.log(
  `test log-loss: renormalized sigmoids lower in ${sweep.count((r) => r.logLossRenormalized < r.logLossSoftmax).text}, ` +
    `softmax lower in ${sweep.count((r) => r.logLossSoftmax < r.logLossRenormalized).text}`,
);
console.log(
  `test log-loss, renormalized − softmax: ${sweep.spread((r) => r.logLossRenormalized - r.logLossSoftmax, 4).text}`,
);

// Far points: how the three sigmoids add up, and how confident each head is.
const all = (pick: (r: (typeof sweep.results)[number]) => number[]) => sweep.results.flatMap(pick);
const share = (values: number[], test: (v: number) => boolean) =>
  `${values.filter(test).length} of ${values.length} far points`;
const sums = all((r) => r.farSums);
console.log(`far points whose sigmoids sum to 1 ± 0.05: ${share(sums, (s) => Math.abs(s - 1) <= 0.05)}`);
console.log(
  `far points whose sigmoids sum to 1.5 or more (two classes at once): ${share(sums, (s) => s >= 1.5)}, in ${sweep.count((r) => r.farSums.some((s) => s >= 1.5)).text}`,
);
console.log(
  `far points whose sigmoids sum to 0.5 or less (no class): ${share(sums, (s) => s <= 0.5)}, in ${sweep.count((r) => r.farSums.some((s) => s <= 0.5)).text}`,
);
const lowTops = sweep.results.flatMap((r) => r.farTopRenormalized.filter((_, i) => (r.farSums[i] as number) <= 0.5));
console.log(
  `  of these, renormalized to a top probability of 0.9 or more: ${lowTops.filter((p) => p >= 0.9).length} of ${lowTops.length}`,
);
console.log(
  `far points where softmax's top probability is 0.99 or more: ${share(
    all((r) => r.farTopSoftmax),
    (p) => p >= 0.99,
  )}`,
);
console.log(
  `far points where the renormalized sigmoids' top probability is 0.99 or more: ${share(
    all((r) => r.farTopRenormalized),
    (p) => p >= 0.99,
  )}`,
);
