// Every claim the sigmoid-multiclass article draws from a demo, and every number it quotes from one.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Claim, checkClaim, describeClaims } from "../_claims";

const num = String.raw`(-?\d+(?:\.\d+)?)`;
const countOf = String.raw`(\d+) of (\d+) seeds`;
const farOf = String.raw`(\d+) of (\d+) far points`;
const all = ([k = 0, n = -1]: number[]) => k === n;
const most = ([k = 0, n = 1]: number[]) => k / n > 0.5;

describeClaims("sigmoid-multiclass", [
  // Sigmoids on exclusive classes: one seed (an illustration) and 30.
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "seed 3: test accuracy of both heads",
    example: "exclusive-classes",
    line: new RegExp(`test accuracy +softmax ${num} +sigmoids ${num}`),
    quote: (m) => [`test accuracy ${m[1]} (softmax) and ${m[2]} (sigmoids)`],
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "sigmoids and softmax reach about the same accuracy over 30 seeds",
    example: "exclusive-classes-sweep",
    line: new RegExp(`test accuracy, sigmoids − softmax: median ${num}, range ${num} to ${num} \\((\\d+) seeds\\)`),
    holds: ([median = 1, lo = -1, hi = 1, n = 0]) => Math.abs(median) <= 0.01 && lo >= -0.05 && hi <= 0.05 && n >= 20,
    quote: (m) => `median ${m[1]}, range ${m[2]} to ${m[3]} (${m[4]} seeds)`,
  },
  {
    section: "common-mistakes",
    claim: "sigmoids' accuracy differs from softmax's by a median of 0.000",
    example: "exclusive-classes-sweep",
    line: new RegExp(`test accuracy, sigmoids − softmax: median ${num}`),
    quote: (m) => `a median of ${m[1]} over 30 seeds`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "seed 3: the sigmoids of one test point sum to 0.827 to 1.462, not 1",
    example: "exclusive-classes",
    line: new RegExp(`sum of the sigmoids +${num} to ${num}`),
    holds: ([lo = 1, hi = 1]) => lo < 0.95 && hi > 1.05,
    quote: (m) => `anything from ${m[1]} to ${m[2]}`,
  },
  {
    section: "common-mistakes",
    claim: "sigmoid outputs summed to 0.827 to 1.462 at seed 3",
    example: "exclusive-classes",
    line: new RegExp(`sum of the sigmoids +${num} to ${num}`),
    quote: (m) => `summed to ${m[1]} to ${m[2]} on test points at seed 3`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "renormalized sigmoids have the lower test log-loss in most seeds",
    example: "exclusive-classes-sweep",
    line: new RegExp(`renormalized sigmoids lower in ${countOf}, softmax lower in ${countOf}`),
    holds: ([k = 0, n = 1, j = 0]) => k / n > 0.5 && k > j,
    quote: (m) => `lower test log-loss in ${m[1]} of ${m[2]} seeds, softmax in ${m[3]} of ${m[4]} seeds`,
  },
  {
    section: "common-mistakes",
    claim: "renormalized sigmoids even had the lower test log-loss in 25 of 30 seeds",
    example: "exclusive-classes-sweep",
    line: new RegExp(`renormalized sigmoids lower in ${countOf}`),
    holds: most,
    quote: (m) => `lower test log-loss in ${m[1]} of ${m[2]} seeds`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "log-loss difference, renormalized − softmax, is small (as good or slightly better)",
    example: "exclusive-classes-sweep",
    line: new RegExp(`test log-loss, renormalized − softmax: median ${num}, range ${num} to ${num} \\((\\d+) seeds\\)`),
    holds: ([median = 1, lo = -1, hi = 1]) => median <= 0 && lo > -0.1 && hi < 0.05,
    quote: (m) => `median ${m[1]}, range ${m[2]} to ${m[3]} (${m[4]} seeds)`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "seed 3 is one of the exceptions: softmax's log-loss is lower",
    example: "exclusive-classes",
    line: new RegExp(`test log-loss +softmax ${num} +renormalized sigmoids ${num}`),
    holds: ([softmax = 1, renormalized = 0]) => softmax < renormalized,
    quote: (m) => `${m[2]} against softmax's ${m[1]}`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "seed 3: at [20, 20] two sigmoids say yes (sum 2.00)",
    example: "exclusive-classes",
    line: new RegExp(`x = \\[20,20\\] +sigmoids [\\d. ]+\\(sum ${num}\\)`),
    holds: ([sum = 0]) => sum >= 1.5,
    quote: (m) => `(sum ${m[1]})`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "seed 3: at [-10, 10] all three are low (sum 0.63), renormalized to 1.00",
    example: "exclusive-classes",
    line: new RegExp(`x = \\[-10,10\\] +sigmoids [\\d. ]+\\(sum ${num}\\) +renormalized [\\d.]+ [\\d.]+ ${num}`),
    holds: ([sum = 1, top = 0]) => sum < 1 && top > 0.95,
    quote: (m) => `sum ${m[1]}, renormalized to ${m[2]}`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "far from the data, softmax is confident (top probability >= 0.99) at most far points",
    example: "exclusive-classes-sweep",
    line: new RegExp(`softmax's top probability is 0.99 or more: ${farOf}`),
    holds: most,
    quote: (m) => `softmax's top probability is 0.99 or more at ${m[1]} of ${m[2]} far points`,
  },
  {
    section: "common-mistakes",
    claim: "softmax's top probability was 0.99 or more at 432 of 480 far points",
    example: "exclusive-classes-sweep",
    line: new RegExp(`softmax's top probability is 0.99 or more: ${farOf}`),
    holds: most,
    quote: (m) => `0.99 or more at ${m[1]} of ${m[2]} far points`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "far from the data, the renormalized sigmoids are confident at most far points",
    example: "exclusive-classes-sweep",
    line: new RegExp(`renormalized sigmoids' top probability is 0.99 or more: ${farOf}`),
    holds: most,
    quote: (m) => `the renormalized sigmoids' at ${m[1]} of ${m[2]} far points`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "the sigmoids sum to about 1 at most far points",
    example: "exclusive-classes-sweep",
    line: new RegExp(`sum to 1 ± 0.05: ${farOf}`),
    holds: most,
    quote: (m) => `sum to 1 ± 0.05 at ${m[1]} of ${m[2]} far points`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "two sigmoids say yes at once at a few far points, in most seeds",
    example: "exclusive-classes-sweep",
    line: new RegExp(`sum to 1.5 or more \\(two classes at once\\): ${farOf}, in ${countOf}`),
    holds: ([k = 0, n = 1, s = 0, t = 1]) => k > 0 && k / n < 0.2 && s / t > 0.5,
    quote: (m) => `at ${m[1]} of ${m[2]} far points, in ${m[3]} of ${m[4]} seeds`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "all three sigmoids are low at a few far points",
    example: "exclusive-classes-sweep",
    line: new RegExp(`sum to 0.5 or less \\(no class\\): ${farOf}, in ${countOf}`),
    holds: ([k = 0, n = 1]) => k > 0 && k / n < 0.1,
    quote: (m) => `At ${m[1]} of ${m[2]} far points, in ${m[3]} of ${m[4]} seeds`,
  },
  {
    section: "sigmoids-on-exclusive-classes",
    claim: "renormalizing usually turns all-low sigmoids into a confident answer",
    example: "exclusive-classes-sweep",
    line: /of these, renormalized to a top probability of 0.9 or more: (\d+) of (\d+)/,
    holds: most,
    quote: (m) => `a top probability of 0.9 or more at ${m[1]} of ${m[2]} of them`,
  },

  // Multi-label: one seed (seed 7, an illustration) and 20.
  {
    section: "multi-label",
    claim: "seed 7: documents carry 1.87 labels",
    example: "multilabel",
    line: new RegExp(`labels per test document: ${num} on average`),
    quote: (m) => `the documents carry ${m[1]}`,
  },
  {
    section: "multi-label",
    claim: "seed 7 at 0.5: softmax predicts fewer than one label per document, far below the sigmoids",
    example: "multilabel",
    line: new RegExp(`softmax +threshold 0.5 +micro-F1 ${num} +samples-F1 ${num} +labels predicted ${num}`),
    holds: ([, , labels = 1]) => labels < 1,
    quote: (m) => [`softmax predicts ${m[3]} labels per document`, `micro-F1 of ${m[1]}`],
  },
  {
    section: "multi-label",
    claim: "seed 7 at 0.5: the sigmoids' micro-F1",
    example: "multilabel",
    line: new RegExp(`sigmoids +threshold 0.5 +micro-F1 ${num}`),
    quote: (m) => `against the sigmoids' ${m[1]}`,
  },
  {
    section: "multi-label",
    claim: "seed 7: test document 1 has labels 0 and 1; sigmoids say yes to both, softmax splits",
    example: "multilabel",
    line: /test document 1: labels 0 and 1 \(counting from 0\)\n {2}sigmoids {2}(\S+) {2}(\S+) .*\n {2}softmax {3}(\S+) {2}(\S+) /,
    holds: ([s0 = 0, s1 = 0, m0 = 1, m1 = 1]) => s0 > 0.5 && s1 > 0.5 && m0 < 0.5 && m1 < 0.5,
    quote: (m) => [
      "Test document 1 shows it: labels 0 and 1 are present",
      `the sigmoids say ${m[1]} and ${m[2]}`,
      `splits its mass into ${m[3]} and ${m[4]}`,
    ],
  },
  {
    section: "multi-label",
    claim: "seed 7 with tuned thresholds: softmax predicts 2.03 labels, micro-F1 0.800, close to the sigmoids' 0.839",
    example: "multilabel",
    line: new RegExp(
      `sigmoids +thresholds [\\d. ]+ +micro-F1 ${num}[^\\n]*\\n[^\\n]*\\nsoftmax +thresholds ([\\d. ]+?) +micro-F1 ${num} +samples-F1 ${num} +labels predicted ${num}`,
    ),
    holds: ([sig = 0, , soft = 0]) => Math.abs(sig - soft) < 0.06,
    quote: (m) => [
      `(${m[2]}) softmax predicts ${m[5]} labels per document and reaches ${m[3]}, against the sigmoids' ${m[1]}`,
    ],
  },
  {
    section: "multi-label",
    claim: "at 0.5 the sigmoids have the higher micro-F1 in every seed",
    example: "multilabel-sweep",
    line: new RegExp(`threshold 0.5, micro-F1: sigmoids higher in ${countOf}, .*median ${num}`),
    holds: all,
    quote: (m) => `higher micro-F1 in ${m[1]} of ${m[2]} seeds, by a median of ${m[3]}`,
  },
  {
    section: "common-mistakes",
    claim: "the gap of 0.385 at 0.5",
    example: "multilabel-sweep",
    line: new RegExp(`threshold 0.5, micro-F1: .*median ${num}`),
    quote: (m) => `the gap of ${m[1]} at 0.5`,
  },
  {
    section: "multi-label",
    claim: "tuned thresholds, all documents: sigmoids higher micro-F1 in most seeds, by a few points",
    example: "multilabel-sweep",
    line: new RegExp(
      `tuned thresholds, all documents, micro-F1: sigmoids higher in ${countOf}, softmax higher in ${countOf}; sigmoids − softmax median ${num}, range ${num} to ${num} \\((\\d+) seeds\\)`,
    ),
    holds: ([k = 0, n = 1, j = 0, , median = 0]) => k / n > 0.5 && j > 0 && median > 0 && median < 0.1,
    quote: (m) => [
      `median of ${m[5]}, range ${m[6]} to ${m[7]} (${m[8]} seeds)`,
      `higher in ${m[1]} of ${m[2]} seeds, softmax in ${m[3]} of ${m[4]} seeds`,
    ],
  },
  {
    section: "multi-label",
    claim: "samples-F1 agrees on all documents: sigmoids higher in most seeds with tuned thresholds",
    example: "multilabel-sweep",
    line: new RegExp(`tuned thresholds, all documents, samples-F1: sigmoids higher in ${countOf}, .*median ${num}`),
    holds: ([k = 0, n = 1, median = 0]) => k / n > 0.5 && median > 0,
    quote: (m) => `higher in ${m[1]} of ${m[2]} seeds, by a median of ${m[3]}`,
  },
  {
    section: "multi-label",
    claim: "seed 7: 20 of 150 test documents have no label; sigmoids leave 13 empty, softmax 0",
    example: "multilabel",
    line: /test documents without labels: (\d+) of (\d+); left without labels by the sigmoids: (\d+), by softmax: (\d+)/,
    holds: ([, , sig = 0, soft = 1]) => sig > soft,
    quote: (m) => [
      `Of the ${m[2]} test documents, ${m[1]} carry no label`,
      `the sigmoids leave ${m[3]} of them without labels, softmax ${m[4]}`,
    ],
  },
  {
    section: "multi-label",
    claim: "about one test document in seven has no label",
    example: "multilabel-sweep",
    line: /test documents without labels: (\d+) of (\d+) \((\d+)%\)/,
    holds: ([k = 0, n = 1]) => k / n > 0.05,
    quote: (m) => `${m[1]} of ${m[2]} test documents (${m[3]}%)`,
  },
  {
    section: "multi-label",
    claim: "the sigmoids leave many label-free documents empty, plain softmax almost none, softmax + none many",
    example: "multilabel-sweep",
    line: /left without labels by sigmoids: (\d+) of (\d+)\n {2}left without labels by softmax: (\d+) of \d+\n {2}left without labels by softmax \+ "none": (\d+) of \d+/,
    holds: ([sig = 0, n = 1, soft = 1, none = 0]) => sig / n > 0.25 && soft / n < 0.02 && none / n > 0.25,
    quote: (m) => [
      `it left ${m[3]} of ${m[2]} of them without labels, the sigmoids ${m[1]} of ${m[2]}`,
      `(it left ${m[4]} of ${m[2]} of them without labels)`,
    ],
  },
  {
    section: "common-mistakes",
    claim: "sigmoids leave label-free documents empty, plain softmax almost never",
    example: "multilabel-sweep",
    line: /left without labels by sigmoids: (\d+) of (\d+)\n {2}left without labels by softmax: (\d+) of \d+/,
    holds: ([sig = 0, n = 1, soft = 1]) => sig / n > 0.25 && soft / n < 0.02,
    quote: (m) =>
      `left ${m[1]} of ${m[2]} test documents without labels that had none, a plain softmax head ${m[3]} of ${m[2]}`,
  },
  // "Level": neither head is higher in three quarters of the seeds, and the median gap is small.
  {
    section: "multi-label",
    claim: "on documents with labels the two heads are level on micro-F1",
    example: "multilabel-sweep",
    line: new RegExp(
      `tuned thresholds, documents with labels, micro-F1: sigmoids higher in ${countOf}, softmax higher in ${countOf}; sigmoids − softmax median ${num}`,
    ),
    holds: ([k = 0, n = 1, j = 0, , median = 1]) => k / n >= 0.25 && j / n >= 0.25 && Math.abs(median) < 0.02,
    quote: (m) => `level on micro-F1 (sigmoids − softmax median ${m[5]}, sigmoids higher in ${m[1]} of ${m[2]} seeds)`,
  },
  // "Slightly behind": softmax higher in most seeds, by a median gap below 0.05.
  {
    section: "multi-label",
    claim: "on documents with labels the sigmoids are slightly behind softmax on samples-F1",
    example: "multilabel-sweep",
    line: new RegExp(
      `tuned thresholds, documents with labels, samples-F1: sigmoids higher in ${countOf}, softmax higher in ${countOf}; sigmoids − softmax median ${num}`,
    ),
    holds: ([k = 1, n = 1, j = 0, , median = 1]) => j / n > 0.5 && k < j && median < 0 && median > -0.05,
    quote: (m) => `samples-F1 (median ${m[5]}, sigmoids higher in ${m[1]} of ${m[2]} seeds)`,
  },
  {
    section: "common-mistakes",
    claim: "on documents with labels softmax is level with the sigmoids on micro-F1, slightly ahead on samples-F1",
    example: "multilabel-sweep",
    line: new RegExp(
      `tuned thresholds, documents with labels, micro-F1: sigmoids higher in ${countOf}, softmax higher in ${countOf}; sigmoids − softmax median ${num}.*\ntuned thresholds, documents with labels, samples-F1: sigmoids higher in ${countOf}, softmax higher in ${countOf}; sigmoids − softmax median ${num}`,
    ),
    holds: ([k = 0, n = 1, j = 0, , median = 1, sk = 1, sn = 1, sj = 0, , smedian = 1]) =>
      k / n >= 0.25 &&
      j / n >= 0.25 &&
      Math.abs(median) < 0.02 &&
      sj / sn > 0.5 &&
      sk < sj &&
      smedian < 0 &&
      smedian > -0.05,
    quote: (m) => [
      `level with the sigmoids on micro-F1 (median difference ${m[5]})`,
      `slightly ahead on samples-F1 (higher in ${m[8]} of ${m[9]} seeds)`,
    ],
  },
  {
    section: "multi-label",
    claim: "with a none class, softmax closes the gap on all documents (micro-F1)",
    example: "multilabel-sweep",
    line: new RegExp(
      `softmax with a "none" class, all documents, micro-F1: sigmoids higher in ${countOf}, .*median ${num}`,
    ),
    holds: ([, , median = 1]) => Math.abs(median) < 0.02,
    quote: (m) => `median of ${m[3]} micro-F1 (sigmoids higher in ${m[1]} of ${m[2]} seeds)`,
  },
  {
    section: "multi-label",
    claim: "with a none class, softmax closes the gap on all documents (samples-F1)",
    example: "multilabel-sweep",
    line: new RegExp(
      `softmax with a "none" class, all documents, samples-F1: sigmoids higher in ${countOf}, .*median ${num}`,
    ),
    holds: ([, , median = 1]) => Math.abs(median) < 0.02,
    quote: (m) => `${m[3]} samples-F1 (sigmoids higher in ${m[1]} of ${m[2]} seeds)`,
  },

  // Calibration and temperature scaling: seed 4, then 30 seeds.
  {
    section: "temperature-scaling",
    claim: "seed 4: fitted T = 2.80",
    example: "temperature-scaling",
    line: new RegExp(`seed 4: fitted temperature T = ${num}`),
    holds: ([T = 0]) => T > 1,
    quote: (m) => `$T = ${m[1]}$`,
  },
  {
    section: "temperature-scaling",
    claim: "seed 4: overconfident before, less so after, same accuracy",
    example: "temperature-scaling",
    line: new RegExp(
      `T = 1.00 +test accuracy ${num} +mean confidence ${num} +cross-entropy ${num} +ECE ${num}\\nT = \\S+ +test accuracy ${num} +mean confidence ${num} +cross-entropy ${num} +ECE ${num}`,
    ),
    holds: ([acc = 0, conf = 0, ce = 0, ece = 0, acc2 = 1, conf2 = 1, ce2 = 1, ece2 = 1]) =>
      conf > acc && acc2 === acc && conf2 < conf && ce2 < ce && ece2 < ece,
    quote: (m) => [
      `confidence is ${m[2]} for an accuracy of ${m[1]}`,
      `lowers it to ${m[6]}, the test cross-entropy from ${m[3]} to ${m[7]}`,
      `from ${m[4]} to ${m[8]}`,
    ],
  },
  {
    section: "temperature-scaling",
    claim: "overconfident in every seed",
    example: "temperature-scaling",
    line: new RegExp(`overconfident before \\(mean confidence > accuracy\\): ${countOf}`),
    holds: all,
    quote: (m) => `overconfident in ${m[1]} of ${m[2]} seeds`,
  },
  {
    section: "temperature-scaling",
    claim: "fitted T above 1 in every seed",
    example: "temperature-scaling",
    line: new RegExp(`fitted T: median ${num}, range ${num} to ${num} \\((\\d+) seeds\\); T > 1 in ${countOf}`),
    holds: ([, , , , k = 0, n = -1]) => k === n,
    quote: (m) => `above 1 in ${m[5]} of ${m[6]} seeds (median ${m[1]}, range ${m[2]} to ${m[3]})`,
  },
  {
    section: "temperature-scaling",
    claim: "test cross-entropy drops in most seeds (likely, not guaranteed; count stated)",
    example: "temperature-scaling",
    line: new RegExp(`test cross-entropy lower after: ${countOf}`),
    holds: ([k = 0, n = 1]) => k / n >= 0.8,
    quote: (m) => `drops in ${m[1]} of ${m[2]} seeds`,
  },
  {
    section: "temperature-scaling",
    claim: "ECE drops in most seeds (count stated)",
    example: "temperature-scaling",
    line: new RegExp(`ECE lower after: ${countOf}`),
    holds: most,
    quote: (m) => `the ECE in ${m[1]} of ${m[2]} seeds`,
  },
  {
    section: "temperature-scaling",
    claim: "accuracy unchanged in every seed",
    example: "temperature-scaling",
    line: new RegExp(`accuracy unchanged: ${countOf}`),
    holds: all,
    quote: (m) => `stays the same in ${m[1]} of ${m[2]} seeds`,
  },

  // Deterministic demos: the numbers quoted.
  {
    section: "gradient-softmax-minus-y",
    claim: "softmax(z) − y matches finite differences",
    example: "gradient-check",
    line: /largest difference +(\S+)/,
    holds: ([d = 1]) => d < 1e-8,
    quote: (m) => `the largest difference is ${m[1]}`,
  },
  {
    section: "gradient-softmax-minus-y",
    claim: "the entries of the gradient sum to 0",
    example: "gradient-check",
    line: /sum of the gradient +(\S+)/,
    holds: ([s = 1]) => Math.abs(s) < 1e-12,
    quote: (m) => `sum to ${m[1]}`,
  },
  {
    section: "log-softmax",
    claim: "log-space cross-entropy is a finite 800",
    example: "log-space",
    line: /crossEntropy: +(\S+)/,
    quote: (m) => `a finite loss of ${m[1]}`,
  },
  {
    section: "log-softmax",
    claim: "BCE on probabilities reports 100 for logit 40 and 400; on logits 40 and 400",
    example: "log-space",
    line: /logit 40: +sigmoid = 1 +binaryCrossEntropy = (\S+) +binaryCrossEntropyWithLogits = (\S+)\n.*logit 400: +sigmoid = 1 +binaryCrossEntropy = (\S+) +binaryCrossEntropyWithLogits = (\S+)/,
    holds: ([a = 0, b = 0, c = 0, d = 0]) => a === 100 && c === 100 && b === 40 && d === 400,
    quote: (m) => [`reports a loss of ${m[1]}`, `reports the true ${m[2]} and ${m[4]}`],
  },
  {
    section: "double-softmax",
    claim: "the doubled loss's floor",
    example: "double-softmax",
    line: /floor of the doubled loss: (\S+)/,
    quote: (m) => `= ${m[1]}`,
  },
  {
    section: "double-softmax",
    claim: "at a uniform start the doubled gradient is a third of the correct one",
    example: "double-softmax",
    line: /^ 0 +\S+ +\S+ +\S+ +(\S+) +(\S+)$/m,
    holds: ([right = 0, twice = 0]) => Math.abs(twice / right - 1 / 3) < 0.01,
    quote: (m) => `(${m[2]} against ${m[1]}`,
  },
  {
    section: "double-softmax",
    claim: "after 200 steps the doubled loss is stuck near its floor",
    example: "double-softmax",
    line: /right .*step 200: p\(true\) \S+, loss (\S+)\ntwice .*step 200: p\(true\) \S+, loss (\S+)/,
    holds: ([right = 1, twice = 0]) => right < 0.01 && twice > 0.55 && twice < 0.56,
    quote: (m) => `the correct loss is ${m[1]} and the doubled one ${m[2]}`,
  },
  // #no-label-several-labels: label-regions.ts, seed 3 drawn, 30 seeds counted (shares of grid cells).
  {
    section: "no-label-several-labels",
    claim: "seed 3: some of the data's rectangle gets no label, some several",
    example: "label-regions",
    line: new RegExp(`^seed 3, near the data: no label on ${num}%, several on ${num}% of the rectangle$`, "m"),
    holds: ([none = 0, several = 0]) => none > 0 && several > 0,
    quote: (m) => `no sigmoid passes 0.5 on ${m[1]}% of the data's rectangle and several do on ${m[2]}%`,
  },
  {
    section: "no-label-several-labels",
    claim: "near the data, no label and several labels both occur in every seed",
    example: "label-regions",
    line: new RegExp(
      `^near the data, no sigmoid above 0\\.5: in ${countOf}; % of the area median ${num}, range ${num} to ${num} \\(30 seeds\\)\\n` +
        `near the data, 2 or more sigmoids above 0\\.5: in ${countOf}; % of the area median ${num}, range ${num} to ${num} `,
      "m",
    ),
    holds: ([k1 = 0, n1 = 1, , , , k2 = 0, n2 = 1]) => k1 === n1 && k2 === n2,
    quote: (m) => [
      `every seed (${m[1]} of ${m[2]} seeds)`,
      `no label on a median ${m[3]}% of the rectangle (range ${m[4]} to ${m[5]}%)`,
      `two or more on a median ${m[8]}% (range ${m[9]} to ${m[10]}%)`,
    ],
  },
  {
    section: "no-label-several-labels",
    claim:
      "outside the data's rectangle, several labels occur in every seed and no label in most but not all; softmax is near-certain on most of it",
    example: "label-regions",
    line: new RegExp(
      `^far square outside the rectangle, no sigmoid above 0\\.5: in ${countOf}; % of the area median ${num}, range ${num} to ${num} \\(30 seeds\\)\\n` +
        `far square outside the rectangle, 2 or more sigmoids above 0\\.5: in ${countOf}; % of the area median ${num}, range ${num} to ${num} \\(30 seeds\\)\\n` +
        `far square outside the rectangle, softmax's top probability above 0\\.99: in ${countOf}; % of the area median ${num}, range ${num} to ${num} `,
      "m",
    ),
    holds: ([k1 = 0, n1 = 1, , , , k2 = 0, n2 = 1, , , , , , , sureMin = 0]) =>
      most([k1, n1]) && k1 < n1 && all([k2, n2]) && sureMin > 50,
    quote: (m) => [
      `several sigmoids say yes in ${m[6]} of ${m[7]} seeds, on a median ${m[8]}% of that area (range ${m[9]} to ${m[10]}%)`,
      `none in ${m[1]} of ${m[2]} seeds, most but not all, on a median ${m[3]}% (range ${m[4]} to ${m[5]}%)`,
      `above 0.99 on a median ${m[13]}% (range ${m[14]} to ${m[15]}%)`,
    ],
  },
]);

// The scikit-learn twin of the multi-label sweep: the counts the prose quotes from its recorded output.
describe("sigmoid-multiclass: what the prose quotes from the recorded Python twins", () => {
  const dir = fileURLToPath(new URL("./", import.meta.url));
  const pyClaims: Claim[] = [
    {
      section: "multi-label",
      claim: "scikit-learn: on all documents the sigmoids lead in most seeds",
      example: "multilabel-sweep.py",
      line: new RegExp(`tuned thresholds, all documents, micro-F1: sigmoids higher in ${countOf}, .*median ${num}`),
      holds: ([k = 0, n = 1, median = 0]) => k / n > 0.5 && median > 0,
      quote: (m) => `micro-F1 is higher in ${m[1]} of ${m[2]} seeds (median ${m[3]})`,
    },
    {
      section: "multi-label",
      claim: "scikit-learn: on documents with labels softmax is higher in most seeds",
      example: "multilabel-sweep.py",
      line: new RegExp(
        `tuned thresholds, documents with labels, micro-F1: sigmoids higher in ${countOf}, softmax higher in ${countOf}; sigmoids − softmax median ${num}`,
      ),
      holds: ([, , j = 0, n = 1, median = 1]) => j / n > 0.5 && median <= 0,
      quote: (m) => `softmax's is higher in ${m[3]} of ${m[4]} seeds (median ${m[5]})`,
    },
    {
      section: "multi-label",
      claim: "scikit-learn: on documents with labels softmax's samples-F1 is higher in most seeds",
      example: "multilabel-sweep.py",
      line: new RegExp(
        `tuned thresholds, documents with labels, samples-F1: sigmoids higher in ${countOf}, softmax higher in ${countOf}`,
      ),
      holds: ([, , j = 0, n = 1]) => j / n > 0.5,
      quote: (m) => `and its samples-F1 in ${m[3]} of ${m[4]} seeds`,
    },
  ];
  it.each(pyClaims.map((c) => [`#${c.section}: ${c.claim}`, c] as const))("%s", (_, claim) => {
    const output = readFileSync(`${dir}examples/${claim.example}.output.txt`, "utf8");
    const mdx = readFileSync(`${dir}index.mdx`, "utf8");
    expect(checkClaim("sigmoid-multiclass", claim, output, mdx)).toEqual([]);
  });
});
