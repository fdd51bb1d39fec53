import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Claim, checkClaim, describeClaims, sectionText } from "../_claims";

/** A number as the tables print it: a true minus sign. */
const minus = (s: string) => s.replace(/-/g, "−");
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The sweep tables of #heads-over-seeds: each cell is "median (min to max), k0 / k9", k0 the seeds with
 * R² < 0 and k9 those with R² < 0.9, as examples/_heads.ts prints them for one head and one block.
 */
function cell(example: string, block: string, head: string, expected: [number, number]): Claim {
  return {
    section: "heads-over-seeds",
    claim: `${head} on ${block}: R² < 0 in ${expected[0]} and R² < 0.9 in ${expected[1]} of 20 seeds`,
    example,
    line: new RegExp(
      `targets in ${esc(block)}:\\n(?:  .*\\n)*?  ${esc(head)} +R² median (\\S+), range (\\S+) to (\\S+) \\(20 seeds\\); ` +
        "R² < 0 in (\\d+) of 20 seeds, R² < 0.9 in (\\d+) of 20 seeds",
    ),
    holds: ([, , , k0, k9]) => k0 === expected[0] && k9 === expected[1],
    quote: (m) => `${minus(m[1] as string)} (${minus(m[2] as string)} to ${minus(m[3] as string)}), ${m[4]} / ${m[5]}`,
  };
}

const DEFAULT_NEAR = "[-0.5, -0.1], 200 samples, 60 epochs (420 Adam steps)";
const DEFAULT_FAR = "[-8, -1], 200 samples, 60 epochs (420 Adam steps)";
const SMALL = "[-0.5, -0.1], 100 samples, 40 epochs (160 Adam steps)";
const BOTH_SIGNS = "[-4, 3], 200 samples, 60 epochs (420 Adam steps)";
const POSITIVE = "[1, 8], 200 samples, 60 epochs (420 Adam steps)";

/** The lines of one block of _heads.ts's output, up to `head`'s line (lines of other heads skipped). */
const upTo = (block: string, head: string) => `targets in ${esc(block)}:\\n(?:  .*\\n)*?  ${esc(head)} +`;

/** The two lines _heads.ts prints under a ReLU head: seeds with every sample stuck, before and after training. */
const STUCK =
  "R² median \\S+, range \\S+ to \\S+ \\(20 seeds\\); R² < 0 in (\\d+) of 20 seeds, R² < 0.9 in \\d+ of 20 seeds\\n" +
  "    every sample stuck at the start: (\\d+) of 20 seeds; at the end: (\\d+) of 20 seeds\\n" +
  "    the (\\d+) seeds with R² < 0: every sample stuck at the end in (\\d+); at the start every sample in (\\d+), some in (\\d+), none in (\\d+)";

/** The median R² of `head` in `block`. */
const median = (block: string, head: string) => `${upTo(block, head)}R² median (\\S+),`;
const N = "negative-heads-seeds";
const O = "other-ranges-seeds";

describeClaims("regression-output-activation", [
  // #bias-handles-offset
  {
    section: "bias-handles-offset",
    claim: "targets with mean -954.4 and standard deviation 18.6",
    example: "standardize-targets",
    line: /targets: mean (\S+), standard deviation (\S+)/,
    quote: (m) => [`mean ${m[1]} and standard deviation ${m[2]}`],
  },
  {
    section: "bias-handles-offset",
    claim: "seed 0: raw targets R² -555.848, mean prediction -524.9",
    example: "standardize-targets",
    line: /seed 0:\n {2}raw targets: +R² (\S+), mean prediction (\S+)/,
    quote: (m) => [`R^2 = ${m[1]}`, `prediction, $${m[2]}$`],
  },
  {
    section: "bias-handles-offset",
    claim: "seed 0: bias at the mean 0.984, standardized 0.989",
    example: "standardize-targets",
    line: /seed 0:\n.*\n {2}bias started at the mean: R² (\S+)\n {2}standardized targets: +R² (\S+)/,
    quote: (m) => [`R^2 = ${m[1]}`, `gives $${m[2]}$`],
  },
  {
    section: "bias-handles-offset",
    claim: "raw targets end with R² < 0 from every seed",
    example: "standardize-targets",
    line: /seeds 0 to 19:\n {2}raw targets: +R² median (\S+), range (\S+) to (\S+) \(20 seeds\); R² < 0 in (\d+) of (\d+) seeds/,
    holds: ([, , , k = 0, n = 0]) => k === n,
    quote: (m) => [`R² < 0 in ${m[4]} of ${m[5]} seeds (median ${m[1]}, range ${m[2]} to\n${m[3]})`],
  },
  {
    section: "bias-handles-offset",
    claim: "bias at the mean and standardized targets fit from every seed",
    example: "standardize-targets",
    line: /seeds 0 to 19:\n.*\n {2}bias started at the mean: R² median (\S+), range (\S+) to (\S+) \(20 seeds\)\n {2}standardized targets: +R² median (\S+), range (\S+) to (\S+) \(20 seeds\)/,
    holds: ([, b = 0, , , s = 0]) => b > 0.9 && s > 0.9,
    quote: (m) => [`median ${m[1]}, range ${m[2]} to ${m[3]}`, `median ${m[4]},\nrange ${m[5]} to ${m[6]}`],
  },
  {
    section: "bias-handles-offset",
    claim: "the raw model is on its way to the targets' mean",
    example: "standardize-targets",
    line: /targets: mean (\S+),/,
    quote: (m) => `its way to the targets' mean, $${m[1]}$`,
  },
  // #four-heads (seed 0)
  {
    section: "four-heads",
    claim: "seed 0: identity R² 0.969",
    example: "negative-targets",
    line: /identity +\S+ +(\S+) +0%/,
    quote: (m) => `$R^2 = ${m[1]}$. Nothing special was needed.`,
  },
  {
    section: "four-heads",
    claim: "seed 0: ReLU head collapses, every prediction 0.00, 100% stuck",
    example: "negative-targets",
    line: /relu +\S+ +(\S+) +(\d+)% +0\.00 +0\.00 +0\.00/,
    holds: ([, stuck]) => stuck === 100,
    quote: (m) => [`$R^2 = ${m[1]}$. Every prediction is $0.00$ and ${m[2]}% of the samples`],
  },
  {
    section: "four-heads",
    claim: "seed 0: -ReLU and -softplus slightly ahead of the identity",
    example: "negative-targets",
    line: /identity +\S+ +(\S+) .*\n.*\n-relu +\S+ +(\S+) .*\n-softplus +\S+ +(\S+) /,
    holds: ([id = 0, nr = 0, ns = 0]) => nr > id && ns > id && nr - id < 0.05 && ns - id < 0.05,
    quote: (m) => `$R^2 = ${m[2]}$ and $${m[3]}$, slightly ahead of the`,
  },
  // #heads-over-seeds: the first table
  cell(N, DEFAULT_FAR, "identity", [0, 0]),
  cell(N, DEFAULT_FAR, "identity, standardized y", [0, 0]),
  cell(N, DEFAULT_FAR, "relu", [20, 20]),
  cell(N, DEFAULT_FAR, "-relu", [3, 3]),
  cell(N, DEFAULT_FAR, "-softplus", [0, 0]),
  cell(N, DEFAULT_NEAR, "identity", [0, 6]),
  cell(N, DEFAULT_NEAR, "relu", [20, 20]),
  cell(N, DEFAULT_NEAR, "-relu", [9, 10]),
  cell(N, DEFAULT_NEAR, "-softplus", [0, 5]),
  cell(N, DEFAULT_NEAR, "-softplus, y / sd", [0, 0]),
  cell(N, SMALL, "identity", [3, 18]),
  cell(N, SMALL, "identity, standardized y", [0, 0]),
  cell(N, SMALL, "-relu", [11, 19]),
  cell(N, SMALL, "-softplus", [1, 12]),
  cell(N, SMALL, "-softplus, y / sd", [0, 16]),
  // #heads-over-seeds: the second table
  cell(O, BOTH_SIGNS, "identity", [0, 0]),
  cell(O, BOTH_SIGNS, "relu", [20, 20]),
  cell(O, BOTH_SIGNS, "-relu", [8, 20]),
  cell(O, BOTH_SIGNS, "-softplus", [0, 20]),
  cell(O, POSITIVE, "identity", [0, 0]),
  cell(O, POSITIVE, "relu", [3, 3]),
  cell(O, POSITIVE, "-relu", [20, 20]),
  cell(O, POSITIVE, "-softplus", [20, 20]),
  // #heads-over-seeds: the prose under the tables (its counts are asserted by the cells above)
  {
    section: "heads-over-seeds",
    claim: "-softplus on the small budget: worst seed -0.646, 1 of 20 below 0, 12 of 20 below 0.9",
    example: N,
    line: new RegExp(
      `targets in ${esc(SMALL)}:\\n(?:  .*\\n)*?  -softplus +R² median \\S+, range (\\S+) to \\S+ \\(20 seeds\\); R² < 0 in (\\d+) of 20 seeds, R² < 0.9 in (\\d+) of 20 seeds`,
    ),
    quote: (m) => [`$R^2 = ${m[1]}$, ${m[2]} of 20 below 0, with\n${m[3]} of 20 below 0.9`],
  },
  {
    section: "heads-over-seeds",
    claim: "-softplus and identity on a par on [-8, -1]",
    example: N,
    line: new RegExp(`${median(DEFAULT_FAR, "identity")}(?:.*\\n)*?  -softplus +R² median (\\S+),`),
    holds: ([id = 0, sp = 0]) => Math.abs(id - sp) < 0.01,
    quote: (m) => `(medians ${m[2]} and ${m[1]})`,
  },
  {
    section: "heads-over-seeds",
    claim: "standardized identity: median 0.990, range 0.989 to 0.991; small budget median 0.964",
    example: N,
    line: new RegExp(
      `${upTo(DEFAULT_FAR, "identity, standardized y")}R² median (\\S+), range (\\S+) to (\\S+) (?:.*\\n)*?${median(SMALL, "identity, standardized y")}`,
    ),
    holds: ([a = 0, , , b = 0]) => a > 0.95 && b > 0.9,
    quote: (m) => [
      `median ${m[1]}, range ${m[2]}\nto ${m[3]} on the default budget`,
      `median ${m[4]} with no seed below 0.9`,
    ],
  },
  {
    section: "heads-over-seeds",
    claim: "budgets: 420 Adam steps by default, 160 on the small budget",
    example: N,
    line: /targets in \[-8, -1\], 200 samples, 60 epochs \((\d+) Adam steps\):(?:.*\n)*?targets in \[-0.5, -0.1\], 100 samples, 40 epochs \((\d+) Adam steps\)/,
    quote: (m) => `${m[2]} Adam steps instead of ${m[1]}`,
  },
  {
    section: "heads-over-seeds",
    claim: "the best heads reach 0.99",
    example: N,
    line: new RegExp(`${upTo(DEFAULT_FAR, "identity, standardized y")}R² median (\\S+),`),
    holds: ([m = 0]) => m >= 0.985,
    quote: (m) => `the best heads\nreach ${Number(m[1]).toFixed(2)} on this problem`,
  },
  {
    section: "heads-over-seeds",
    claim: "-ReLU on [-8, -1]: the 3 seeds that fail are the 3 that start with every sample stuck",
    example: N,
    line: new RegExp(`${upTo(DEFAULT_FAR, "-relu")}${STUCK}`),
    holds: ([k = 0, startAll = 0, , failed = 0, end = 0, start = 0]) =>
      k > 0 && failed === k && end === k && start === k && startAll === k,
    quote: (m) => [
      `it ends with $R^2 < 0$ in ${m[1]} of 20 seeds, every sample stuck at the end in all ${m[5]}, and those are the ${m[2]} of 20\nseeds that start with every sample stuck`,
    ],
  },
  {
    section: "heads-over-seeds",
    claim: "-ReLU close to zero: 9 fail, 7 with every sample stuck at the end; 3 start dead, 4 partly, 2 not at all",
    example: N,
    line: new RegExp(`${upTo(DEFAULT_NEAR, "-relu")}${STUCK}`),
    // "training pushes samples onto the flat side": some failed seeds start with no sample stuck.
    holds: ([k = 0, , , failed = 0, end = 0, , , none = 0]) => failed === k && end < k && none > 0,
    quote: (m) => [
      `Close to zero it ends with $R^2 < 0$ in ${m[1]} of 20 seeds, every sample stuck at the end in ${m[5]} of them. Of those ${m[4]},\n${m[6]} start dead, ${m[7]} start with some samples stuck and ${m[8]} with none`,
    ],
  },
  {
    section: "heads-over-seeds",
    claim: "the counts the bullets under the first table quote",
    example: N,
    line: new RegExp(
      `${upTo(DEFAULT_FAR, "relu")}.*R² < 0 in (\\d+) of 20 seeds,(?:.*\\n)*?${upTo(DEFAULT_NEAR, "relu")}.*R² < 0 in (\\d+) of 20 seeds,` +
        "(?:.*\\n)*?  -softplus +.*R² < 0.9 in (\\d+) of 20 seeds\\n  -softplus, y / sd +.*R² < 0.9 in (\\d+) of 20 seeds" +
        `(?:.*\\n)*?${upTo(SMALL, "identity")}.*R² < 0 in (\\d+) of 20 seeds,(?:.*\\n)*?  -softplus, y / sd +.*R² < 0.9 in (\\d+) of 20 seeds`,
    ),
    quote: (m) => [
      `${m[1]} of 20 in both ranges`,
      `(${m[3]} of 20 seeds below 0.9)`,
      `(${m[4]} of 20 below 0.9)`,
      `(${m[5]} of 20 seeds below 0 on the small budget)`,
      `${m[6]} of 20 seeds stay below 0.9`,
    ],
    holds: ([a = 0, b = 0]) => a === 20 && b === 20,
  },
  // #transform-and-invert
  {
    section: "transform-and-invert",
    claim: "e^(σ²/2) = 1.377",
    example: "log-transform",
    line: /exp\(σ²\/2\) = (\S+)/,
    holds: ([v = 0]) => Math.abs(v - Math.exp(0.32)) < 5e-4,
    quote: (m) => `$e^{\\sigma^2/2} = ${m[1]}$`,
  },
  {
    section: "transform-and-invert",
    claim: "seed 0: mean target and average conditional median",
    example: "log-transform",
    line: /seed 0: mean target (\S+); true conditional means average \S+, medians (\S+)/,
    quote: (m) => [`mean target\n$${m[1]}$`, `conditional median $${m[2]}$`],
  },
  {
    section: "transform-and-invert",
    claim: "seed 0: A's and B's mean predictions, shares below, MSE on y",
    example: "log-transform",
    line: /A: MSE on y +mean prediction (\S+), targets below the prediction (\S+)%, MSE on y (\S+) \(new samples (\S+)\)\n {2}B: MSE on log\(−y\) +mean prediction (\S+), targets below the prediction (\S+)%, MSE on y (\S+) \(new samples (\S+)\)/,
    holds: ([, , a = 0, at = 0, , , b = 0, bt = 0]) => b > a && bt > at,
    quote: (m) => [
      `mean prediction of $${m[1]}$`,
      `${m[2]}% of the targets lie below its predictions`,
      `mean prediction of\n$${m[5]}$`,
      `${m[6]}% of the targets lie below its predictions`,
      `${m[7]} against ${m[3]} on the training data`,
      `${m[8]} against ${m[4]} on 2,000 new samples`,
    ],
  },
  {
    section: "transform-and-invert",
    claim: "about half the targets lie below B's predictions, about a third below A's",
    example: "log-transform",
    line: /% of targets below A's predictions: median (\S+), range (\S+) to (\S+) \(20 seeds\)\n {2}% of targets below B's predictions: median (\S+), range (\S+) to (\S+) \(20 seeds\)/,
    holds: ([a = 0, , aMax = 0, b = 0, bMin = 0, bMax = 0]) =>
      aMax < 45 && a < b && bMin > 45 && bMax < 55 && Math.abs(b - 50) < 2,
    quote: (m) => [`median of ${m[1]}%\n(range ${m[2]}% to ${m[3]}%)`, `below B's ${m[4]}% (${m[5]}% to ${m[6]}%)`],
  },
  {
    section: "transform-and-invert",
    claim: "ratio of mean predictions close to exp(σ²/2)",
    example: "log-transform",
    line: /mean of A \/ mean of B: median (\S+), range (\S+) to (\S+) \(20 seeds\)/,
    holds: ([m = 0]) => Math.abs(m - Math.exp(0.32)) < 0.05,
    quote: (m) => `median of ${m[1]} (range ${m[2]} to ${m[3]})`,
  },
  {
    section: "transform-and-invert",
    claim: "B's MSE on y is higher from every seed, on training data and new samples",
    example: "log-transform",
    line: /on the training data: (\d+) of (\d+) seeds\n {2}B's MSE on y above A's, on 2,000 new samples: (\d+) of (\d+) seeds/,
    holds: ([a = 0, n = 0, b = 0, m = 0]) => a === n && b === m,
    quote: (m) => `${m[1]} of ${m[2]} seeds on the training\ndata and ${m[3]} of ${m[4]} on new samples`,
  },
  // #robust-losses
  {
    section: "robust-losses",
    claim: "seed 0: the constants each loss picks",
    example: "robust-location",
    line: /true mean (\S+), true median (\S+)\n {2}sample mean (\S+), sample median (\S+), −exp\(mean log\(−y\)\) (\S+)\n {2}the constant that minimises +MSE (\S+) +MAE (\S+) +Huber \(delta 1\) (\S+)/,
    holds: ([, , mean = 0, median = 0, , mse = 0, mae = 0, huber = 0]) =>
      mse === mean && mae === median && huber < median && huber > mean,
    quote: (m) => [
      `true mean $${m[1]}$, true median $${m[2]}$`,
      `the sample mean, $${m[6]}$`,
      `the sample median, $${m[7]}$`,
      `picks $${m[8]}$`,
      `log-transform's\n$${m[5]}$ is close to the median`,
    ],
  },
  {
    section: "robust-losses",
    claim: "MSE gives the mean and MAE the median from every seed",
    example: "robust-location",
    line: /MSE, Poisson and Gamma deviance give the sample mean: (\d+) of (\d+) seeds\n {2}MAE gives the sample median: (\d+) of (\d+) seeds/,
    holds: ([a = 0, n = 0, b = 0, m = 0]) => a === n && b === m,
    quote: (m) => [`sample mean in ${m[1]} of ${m[2]} seeds`, `sample median in ${m[3]} of ${m[4]} seeds`],
  },
  {
    section: "robust-losses",
    claim:
      "Huber usually lies between the median and the mean (92 of 100 seeds), in the others up to 0.065 beyond the median",
    example: "robust-location",
    line: /Huber lies between the median and the mean: (\d+) of (\d+) seeds \(beyond the median: (\d+) of \d+ seeds\)\n {2}Huber minus the sample median: median \S+, range \S+ to (\S+) /,
    // "usually": at least 7 in 10; "in the others ... beyond the median": every other seed, on the median's side.
    holds: ([k = 0, n = 0, beyond = 0]) => k / n >= 0.7 && k < n && beyond === n - k,
    quote: (m) => [
      `usually between the two (${m[1]} of ${m[2]} seeds in the playground below)`,
      `Huber lies between the median and the mean in\n${m[1]} of ${m[2]} seeds`,
      `lands up to ${m[4]} beyond the median`,
    ],
  },
  {
    section: "robust-losses",
    claim: "the log-transform's constant is near the sample median, far from the mean",
    example: "robust-location",
    line: /minus the sample median: median (\S+), range (\S+) to (\S+) \(100 seeds\)\n {2}−exp\(mean log\(−y\)\) minus the sample mean: median (\S+), range (\S+) to (\S+) \(100 seeds\)/,
    holds: ([, lo = 0, hi = 0, , far = 0]) => Math.max(-lo, hi) < 0.25 && far > 0.5,
    quote: (m) => `median of ${m[1]} (range ${m[2]} to ${m[3]}), against ${m[4]} (${m[5]} to ${m[6]})`,
  },
  {
    section: "glm-losses",
    claim: "Poisson and Gamma deviances pick the sample mean from every seed",
    example: "robust-location",
    line: /MSE, Poisson and Gamma deviance give the sample mean: (\d+) of (\d+) seeds/,
    holds: ([a = 0, n = 0]) => a === n,
    quote: (m) => `the sample mean, in ${m[1]} of ${m[2]} seeds`,
  },
  // #common-mistakes
  {
    section: "common-mistakes",
    claim: "no constrained head beats the identity on standardized targets: it has the highest median in every block",
    example: N,
    line: new RegExp(
      [
        median(DEFAULT_FAR, "identity"),
        "(?:.*\\n)*?  identity, standardized y +R² median (\\S+),",
        "(?:.*\\n)*?  relu +R² median (\\S+),",
        "(?:.*\\n)*?  -relu +R² median (\\S+),",
        "(?:.*\\n)*?  -softplus +R² median (\\S+),",
        `(?:.*\\n)*?${median(DEFAULT_NEAR, "identity")}`,
        "(?:.*\\n)*?  relu +R² median (\\S+),",
        "(?:.*\\n)*?  -relu +R² median (\\S+),",
        "(?:.*\\n)*?  -softplus +R² median (\\S+),",
        "(?:.*\\n)*?  -softplus, y / sd +R² median (\\S+),",
        `(?:.*\\n)*?${median(SMALL, "identity")}`,
        "(?:.*\\n)*?  identity, standardized y +R² median (\\S+),",
        "(?:.*\\n)*?  -relu +R² median (\\S+),",
        "(?:.*\\n)*?  -softplus +R² median (\\S+),",
        "(?:.*\\n)*?  -softplus, y / sd +R² median (\\S+),",
      ].join(""),
    ),
    // Standardizing turns both default-budget blocks into one problem, so the first block's standardized
    // identity stands for the second block too.
    holds: ([a1 = 0, s = 0, ...rest]) => {
      const [b1, c1, d1, a2 = 0, b2, c2, d2, e2, a3 = 0, s3 = 0, c3, d3, e3] = rest as number[];
      return (
        [a1, b1, c1, d1, a2, b2, c2, d2, e2].every((m) => (m as number) < s) &&
        [a3, c3, d3, e3].every((m) => (m as number) < s3)
      );
    },
    quote: () => "the identity on standardized targets has the\nhighest median $R^2$",
  },
  {
    section: "common-mistakes",
    claim:
      "ReLU head: R² < 0 from 20 of 20 seeds; -ReLU from 3 of 20 on [-8, -1] and 9 of 20 close to zero; unrescaled, -softplus and the identity both weak close to zero",
    example: N,
    line: new RegExp(
      `${upTo(DEFAULT_FAR, "relu")}R² .*R² < 0 in (\\d+) of 20 seeds,(?:.*\\n)*?  -relu +R² .*R² < 0 in (\\d+) of 20 seeds,(?:.*\\n)*?${upTo(DEFAULT_NEAR, "identity")}R² .*R² < 0.9 in (\\d+) of 20 seeds\\n(?:.*\\n)*?  -relu +R² .*R² < 0 in (\\d+) of 20 seeds,(?:.*\\n)*?  -softplus +R² .*R² < 0.9 in (\\d+) of 20 seeds`,
    ),
    // "the targets' scale matters as much as the head": unrescaled, the identity is weak close to zero too.
    holds: ([relu = 0, a = 0, id9 = 0, b = 0, sp9 = 0]) => relu === 20 && a > 0 && b > a && id9 > 0 && sp9 > 0,
    quote: (m) => [
      `predicts $0$ for everything from ${m[1]} of 20 seeds`,
      `ends with $R^2 < 0$ from ${m[2]} of 20 seeds on $[-8, -1]$ and ${m[4]} of 20 close to zero`,
      `ends below 0.9 in ${m[5]} of 20 seeds and the identity in ${m[3]} of 20`,
    ],
  },
  {
    section: "common-mistakes",
    claim: "a ReLU head on [1, 8] fails from 3 of 20 seeds, each of them with every sample stuck from the start",
    example: O,
    line: new RegExp(`${upTo(POSITIVE, "relu")}${STUCK}`),
    holds: ([k = 0, , , failed = 0, end = 0, start = 0]) => k > 0 && failed === k && end === k && start === k,
    quote: (m) => `ends with $R^2 < 0$ from\n${m[1]} of 20 seeds, all ${m[6]} of them stuck from the start`,
  },
]);

// What the prose says about the Python twins' recorded output (`npm run python:record`; CI never runs Python).
const pythonClaims: (Claim & { recording: string })[] = [
  {
    section: "bias-handles-offset",
    claim: "scikit-learn: raw targets fail from every random state, standardized ones never",
    example: "standardize-targets.py",
    recording: "standardize-targets.py.output.txt",
    line: /raw targets: +R² median \S+, range \S+ to \S+; R² < 0 in (\d+) of (\d+) seeds\nstandardized targets: R² median (\S+), range \S+ to \S+; R² < 0 in (\d+) of (\d+) seeds/,
    holds: ([a = 0, n = 0, , b = 1]) => a === n && b === 0,
    quote: (m) => [
      `R² < 0 in ${m[1]} of ${m[2]} seeds after 60 epochs`,
      `R² median\n${m[3]}, R² < 0 in ${m[4]} of ${m[5]} seeds`,
    ],
  },
  {
    section: "transform-and-invert",
    claim: "PyTorch: about half the targets below B, a third below A; B's MSE higher in 19 of 20 seeds",
    example: "log-transform.py",
    recording: "log-transform.py.output.txt",
    line: /below A's predictions: median (\S+),.*\n.*below B's predictions: median (\S+),(?:.*\n)*?.*on the training data: (\d+) of (\d+) seeds/,
    holds: ([a = 0, b = 0, k = 0, n = 0]) => Math.abs(a - 33.3) < 5 && Math.abs(b - 50) < 3 && k === n - 1,
    quote: (m) => `above A's on the training data in ${m[3]} of ${m[4]} seeds`,
  },
  {
    section: "heads-over-seeds",
    claim:
      "PyTorch: ReLU fails from every seed, -softplus from none, -ReLU from some close to zero, none dead at the start",
    example: "negative-heads-seeds.py",
    recording: "negative-heads-seeds.py.output.txt",
    line: new RegExp(
      "\\[-8.0, -1.0\\].*\\n  identity +R² median (\\S+),(?:.*\\n)*?  relu .*R² < 0 in (\\d+) of 20 seeds,(?:.*\\n)*?" +
        "  -relu .*R² < 0 in (\\d+) of 20 seeds,.*\\n    every sample stuck at the start: (\\d+) of 20(?:.*\\n)*?" +
        "  -softplus .*R² < 0 in (\\d+) of 20 seeds,.*\\n.*\\[-0.5, -0.1\\].*\\n(?:.*\\n)*?  relu .*R² < 0 in (\\d+) of 20 seeds,(?:.*\\n)*?" +
        "  -relu .*R² < 0 in (\\d+) of 20 seeds,.*\\n    every sample stuck at the start: (\\d+) of 20.*\\n" +
        "    the \\d+ seeds with R² < 0: every sample stuck at the end in (\\d+);.*\\n  -softplus .*R² < 0 in (\\d+) of 20 seeds,",
    ),
    holds: ([id = 0, r1, , d1, s1, r2, n2 = 0, d2, , s2]) =>
      id < 0.95 && r1 === 20 && r2 === 20 && s1 === 0 && s2 === 0 && n2 > 0 && d1 === 0 && d2 === 0,
    quote: (m) => [
      `(R² < 0 in ${m[7]} of 20 seeds there, every sample stuck at\nthe end in ${m[9]} of them)`,
      `so all ${m[7]} were caught by the flat\nside during training`,
      `(identity median ${m[1]} on $[-8, -1]$)`,
    ],
  },
  {
    section: "four-heads",
    claim: "PyTorch, seed 0: the ReLU head collapses too",
    example: "negative-targets.py",
    recording: "negative-targets.py.output.txt",
    line: /^relu +MSE +\S+ +R² +(\S+)$/m,
    holds: ([r2 = 0]) => r2 < 0,
    quote: () => "the ReLU head collapses to 0\nthere as well",
  },
];

describe("regression-output-activation: what the prose says about the Python twins holds", () => {
  const dir = fileURLToPath(new URL("./", import.meta.url));
  it.each(pythonClaims.map((c) => [`#${c.section}: ${c.claim}`, c] as const))("%s", (_, claim) => {
    const output = readFileSync(`${dir}examples/${claim.recording}`, "utf8");
    const mdx = readFileSync(`${dir}index.mdx`, "utf8");
    expect(checkClaim("regression-output-activation", claim, output, mdx)).toEqual([]);
  });
});

// Constants the prose derives by hand rather than from a demo: computed here, and quoted as the prose writes them.
describe("regression-output-activation: derived constants in the prose", () => {
  const mdx = readFileSync(fileURLToPath(new URL("./index.mdx", import.meta.url)), "utf8");
  it("#heads-over-seeds: −softplus(z) = −0.5 … −0.1 needs z from −0.43 to −2.25, where σ(z) falls from 0.39 to 0.10", () => {
    const z = (y: number) => Math.log(Math.expm1(-y)); // softplus(z) = −y
    const sigma = (x: number) => 1 / (1 + Math.exp(-x));
    const [z1, z2] = [z(-0.5), z(-0.1)];
    const text = sectionText(mdx, "heads-over-seeds") ?? "";
    expect(text).toContain(`$${z1.toFixed(2)}$ and $${z2.toFixed(2)}$`);
    expect(text).toContain(`from about $${sigma(z1).toFixed(2)}$ to $${sigma(z2).toFixed(2)}$`);
  });
});
