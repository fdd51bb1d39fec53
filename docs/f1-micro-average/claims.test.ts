// The claims of "Why average='micro' in f1_score": every number the prose quotes from a demo, and every
// conclusion it draws from one. The demos are fixed arrays, checked once, but for the two trained models of
// #trained-model: one seed drawn, and each conclusion counted over the 100 seeds the demo sweeps.
// The Python twins print the same lines as the TypeScript examples, so their recordings (scikit-learn 1.9)
// must equal the examples' outputs (core): the numbers the prose quotes are scikit-learn's too.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { describeClaims, sectionText } from "../_claims";

const dir = fileURLToPath(new URL("./", import.meta.url));
const read = (file: string) => readFileSync(`${dir}${file}`, "utf8");
const none = () => [] as string[];
const near = (a = Number.NaN, b = Number.NaN, tolerance = 1e-9) => Math.abs(a - b) <= tolerance;
const allEqual = (values: number[]) => values.every((v) => v === values[0]);
const num = String.raw`(-?\d+(?:\.\d+)?)`;
const countOf = String.raw`(\d+) of (\d+) seeds`;
const spreadOf = String.raw`median ${num}, range ${num} to ${num} \(100 seeds\)`;
/**
 * A model's lines of imbalance-regions.ts at one seed, 17 numbers: its four averages; F1, precision and
 * recall by class (cat, dog, bird); birds found, "bird" answers and the wrong ones; its "bird" area.
 */
const modelLines = (name: string) =>
  `${name}: accuracy ${num}, micro-F1 ${num}, weighted-F1 ${num}, macro-F1 ${num}\n` +
  `  F1 by class: cat ${num}, dog ${num}, bird ${num}\n` +
  `  precision by class: cat ${num}, dog ${num}, bird ${num}\n` +
  `  recall by class: cat ${num}, dog ${num}, bird ${num}\n` +
  `  finds ${num} of the 30 birds; answers "bird" ${num} times, ${num} of them wrong\n` +
  `  answers "bird" on ${num}% of the rectangle`;
const modelA = modelLines(String.raw`A \(trained on 210 cats, 60 dogs, 30 birds\)`);
const modelB = modelLines(String.raw`B \(trained on 100 cats, 100 dogs, 100 birds\)`);
/** At least 95% of the seeds: a conclusion the prose states with its count, which a wider sweep may not keep at 100%. */
const nearlyAll = (k = 0, n = 1) => k / n >= 0.95;

// micro-vs-weighted prints, for each of two models, n and each average before and after the 3 missed C
// samples are found. `models` reads the 14 numbers of `twoModels` back into one record per model.
const model = String.raw`model \d: .*\(n = (\d+)\).*\n\s+micro\s+F1 (\S+) -> (\S+).*\n\s+weighted F1 (\S+) -> (\S+).*\n\s+macro\s+F1 (\S+) -> (\S+).*`;
const twoModels = new RegExp(`${model}\\n${model}`);
function models(numbers: number[]) {
  return [0, 7].map((i) => {
    const [n = 1, micro0 = 0, micro1 = 0, weighted0 = 0, weighted1 = 0, macro0 = 0, macro1 = 0] = numbers.slice(
      i,
      i + 7,
    );
    return {
      n,
      micro0,
      weighted0,
      macro0,
      dMicro: micro1 - micro0,
      dWeighted: weighted1 - weighted0,
      dMacro: macro1 - macro0,
    };
  });
}

describeClaims("f1-micro-average", [
  // #where-micro-comes-from (scikit-learn's message is checked against its recording below)
  {
    section: "where-micro-comes-from",
    claim: "@nn-explained/core stops the same way on three classes without an average",
    example: "default-average",
    line: /^TargetTypeError: f1Score: average must be one of null \| "micro" \| "macro" \| "weighted" for a multiclass target/m,
    quote: none,
  },

  // #argument-order: swapping y_true and y_pred
  {
    section: "argument-order",
    claim: "swapping the arguments leaves micro-F1 unchanged",
    example: "argument-order",
    line: /^micro\s+F1: \(yTrue, yPred\) (\S+)\s+swapped (\S+)/m,
    holds: allEqual,
    quote: none,
  },
  {
    section: "argument-order",
    claim: "swapping the arguments leaves macro-F1 unchanged",
    example: "argument-order",
    line: /^macro\s+F1: \(yTrue, yPred\) (\S+)\s+swapped (\S+)/m,
    holds: allEqual,
    quote: none,
  },
  {
    section: "argument-order",
    claim: "swapping the arguments leaves per-class F1 unchanged",
    example: "argument-order",
    line: /^per-class F1: \(yTrue, yPred\) (\S+) (\S+) (\S+)\s+swapped (\S+) (\S+) (\S+)/m,
    holds: ([a, b, c, a2, b2, c2]) => a === a2 && b === b2 && c === c2,
    quote: none,
  },
  {
    section: "argument-order",
    claim: "swapping the arguments changes weighted-F1 (0.5886 one way, 0.6114 the other)",
    example: "argument-order",
    line: /^weighted F1: \(yTrue, yPred\) (\S+)\s+swapped (\S+)/m,
    holds: ([right = 0, swapped = 0]) => right !== swapped,
    quote: (m) => `(${m[1]} one way, ${m[2]} the other in the demo)`,
  },
  {
    section: "argument-order",
    claim: "swapping the arguments makes precision and recall trade places for every class",
    example: "argument-order",
    line: /precision per class:\s+(\S+) (\S+) (\S+)\nrecall when swapped:\s+(\S+) (\S+) (\S+)/,
    holds: ([a, b, c, a2, b2, c2]) => a === a2 && b === b2 && c === c2,
    quote: none,
  },

  // #micro-equals-accuracy
  {
    section: "micro-equals-accuracy",
    claim: "micro precision = micro recall = micro-F1 = accuracy",
    example: "micro-is-accuracy",
    line: /accuracy\s+(\S+)\nmicro precision\s+(\S+)\nmicro recall\s+(\S+)\nmicro F1\s+(\S+)/,
    holds: allEqual,
    quote: none,
  },
  {
    section: "micro-equals-accuracy",
    claim: "restricted with labels, micro-F1 is no longer accuracy",
    example: "micro-is-accuracy",
    line: /^accuracy\s+(\S+)[\s\S]*micro F1 without 'cat': (\S+)/m,
    holds: ([accuracy = 0, restricted = 0]) => accuracy !== restricted,
    quote: none,
  },

  // #imbalance: the majority baseline on 70/20/10 data
  {
    section: "imbalance",
    claim: "100 samples: 70 cats, 20 dogs and 10 birds; the baseline never finds a dog or bird (two classes of three)",
    example: "majority-baseline",
    line: /bird\s+\S+\s+\S+\s+(\S+)\s+(\d+)\n\s+cat\s+\S+\s+\S+\s+(\S+)\s+(\d+)\n\s+dog\s+\S+\s+\S+\s+(\S+)\s+(\d+)\n\n\s+accuracy\s+\S+\s+(\d+)/,
    holds: ([fBird = 1, , fCat = 0, , fDog = 1]) => fBird === 0 && fDog === 0 && fCat > 0,
    quote: (m) => `Take ${m[7]} samples: ${m[4]} cats, ${m[6]} dogs and ${m[2]} birds`,
  },
  {
    section: "imbalance",
    claim: "micro-F1 (= accuracy) of the majority baseline is 0.700",
    example: "majority-baseline",
    line: /accuracy\s+(\d\.\d{3})\s+100/,
    quote: (m) => `micro (= accuracy) | ${m[1]}`,
  },
  {
    section: "imbalance",
    claim: "weighted-F1 of the majority baseline is 0.576",
    example: "majority-baseline",
    line: /weighted avg\s+\S+\s+\S+\s+(\S+)/,
    quote: (m) => `weighted | ${m[1]}`,
  },
  {
    section: "imbalance",
    claim: "macro-F1 of the majority baseline is 0.275",
    example: "majority-baseline",
    line: /macro avg\s+\S+\s+\S+\s+(\S+)/,
    quote: (m) => [`macro | ${m[1]}`, `the mean, $${m[1]}$`],
  },
  {
    section: "imbalance",
    claim: "the cat class scores F1 = 2·70 / (2·70 + 30) = 0.824",
    example: "majority-baseline",
    line: /cat\s+\S+\s+\S+\s+(\S+)\s+(\d+)[\s\S]*accuracy\s+\S+\s+(\d+)/,
    quote: (m) => `2 \\cdot ${m[2]} / (2 \\cdot ${m[2]} + ${Number(m[3]) - Number(m[2])}) \\approx ${m[1]}`,
  },
  {
    section: "imbalance",
    claim: "weighted-F1 lands between micro and macro here",
    example: "majority-baseline",
    line: /micro\s+F1 = (\S+)\nmacro\s+F1 = (\S+)\nweighted F1 = (\S+)/,
    holds: ([micro = 0, macro = 0, weighted = 0]) => micro > weighted && weighted > macro,
    quote: none,
  },

  {
    section: "imbalance",
    claim: "one minority sample moves micro or weighted by roughly 1/n; only macro gives a small class more weight",
    example: "micro-vs-weighted",
    line: twoModels,
    holds: (numbers) =>
      models(numbers).every(
        ({ n, dMicro, dWeighted, dMacro }) =>
          [dMicro, dWeighted].every((d) => d > 0.5 * (3 / n) && d < 2 * (3 / n)) &&
          dMacro > 2 * Math.max(dMicro, dWeighted),
      ),
    quote: none,
  },
  {
    section: "imbalance",
    claim: "which of micro and weighted moves more, and which is higher, depends on the model: both cases shown",
    example: "micro-vs-weighted",
    line: twoModels,
    holds: (numbers) => {
      const [one, two] = models(numbers);
      if (!one || !two) return false;
      const movesMore = (m: typeof one) => m.dWeighted > m.dMicro;
      const higher = (m: typeof one) => m.weighted0 > m.micro0;
      return movesMore(one) !== movesMore(two) && higher(one) !== higher(two);
    },
    quote: none,
  },

  // #macro-overemphasis: three samples of a rare class among 1000
  {
    section: "macro-overemphasis",
    claim: "the model is right on about 97% of 1000 samples: 600 A, 397 B and 3 C; C is 0.3% of the data",
    example: "rare-class",
    line: /^(\d+) A, (\d+) B and (\d+) C: (\d+) samples; C is (\S+)% of them\n.*\n0 of 3\s+(\S+)/m,
    quote: (m) => [
      `right on about ${Math.round(Number(m[6]) * 100)}% of ${m[4]} samples: ${m[1]} of class A, ${m[2]} of class B and ${m[3]} of a rare class C`,
      `samples, ${m[5]}% of the data`,
    ],
  },
  {
    section: "macro-overemphasis",
    claim: "macro-F1 goes 0.6491, 0.8160, 0.9163, 0.9833 as the C samples are found",
    example: "rare-class",
    line: /^0 of 3\s+\S+\s+(\S+).*\n1 of 3\s+\S+\s+(\S+).*\n2 of 3\s+\S+\s+(\S+).*\n3 of 3\s+\S+\s+(\S+)/m,
    holds: ([m0 = 0, m1 = 0, m2 = 0, m3 = 0]) => m0 < m1 && m1 < m2 && m2 < m3,
    quote: (m) => `macro-F1 goes from ${m[1]} to ${m[2]}, ${m[3]} and ${m[4]}`,
  },
  {
    section: "macro-overemphasis",
    claim: "micro-F1 goes from 0.9730 to 0.9760, one thousandth per sample",
    example: "rare-class",
    line: /^0 of 3\s+(\S+).*\n1 of 3\s+(\S+).*\n2 of 3\s+(\S+).*\n3 of 3\s+(\S+)/m,
    holds: ([m0, m1, m2, m3]) =>
      near((m1 ?? 0) - (m0 ?? 0), 0.001) && near((m2 ?? 0) - (m1 ?? 0), 0.001) && near((m3 ?? 0) - (m2 ?? 0), 0.001),
    quote: (m) => `micro-F1 goes from ${m[1]} to ${m[4]}, one thousandth per sample`,
  },
  {
    section: "macro-overemphasis",
    claim: "three samples move macro-F1 by a third of its range",
    example: "rare-class",
    line: /^0 of 3\s+\S+\s+(\S+)[\s\S]*^3 of 3\s+\S+\s+(\S+)/m,
    holds: ([first = 0, last = 0]) => near(last - first, 1 / 3, 0.01),
    quote: none,
  },
  {
    section: "macro-overemphasis",
    claim: "the F1 of C goes 0, 0.5, 0.8, 1",
    example: "rare-class",
    line: /^0 of 3.*\s(\S+)\n1 of 3.*\s(\S+)\n2 of 3.*\s(\S+)\n3 of 3.*\s(\S+)/m,
    quote: (m) => `it goes ${m.slice(1, 5).map(Number).join(", ")}`,
  },

  {
    section: "macro-overemphasis",
    claim: "weighted-F1 moves from 0.9715 to 0.9760, a little more than micro-F1",
    example: "micro-vs-weighted",
    line: /model 1: [\s\S]*?micro\s+F1 \S+ -> \S+\s+\(\+(\S+)\)\n\s+weighted F1 (\S+) -> (\S+)\s+\(\+(\S+)\)/,
    holds: ([dMicro = 1, , , dWeighted = 0]) => dWeighted > dMicro && dWeighted < 2 * dMicro,
    quote: (m) => `here from ${m[2]} to ${m[3]}, a little more than micro-F1`,
  },
  {
    section: "macro-overemphasis",
    claim: "a second model (524 A, 124 B, 9 C): finding 3 C moves micro +0.0046, weighted only +0.0030",
    example: "micro-vs-weighted",
    line: /model 2: (\d+) A, (\d+) B, (\d+) C \(n = (\d+)\).*\n\s+micro\s+F1 \S+ -> \S+\s+\(\+(\S+)\)\n\s+weighted F1 \S+ -> \S+\s+\(\+(\S+)\)/,
    holds: ([, , , n = 0, dMicro = 0, dWeighted = 1]) => near(dMicro * n, 3, 0.05) && dWeighted < dMicro,
    quote: (m) => [`${m[1]} A, ${m[2]} B, ${m[3]} C`, `moves micro-F1 by +${m[5]} and weighted-F1 by only +${m[6]}`],
  },
  {
    section: "macro-overemphasis",
    claim: "the second model's weighted-F1 (0.8833) is above its micro-F1 (0.8478), not between micro and macro",
    example: "micro-vs-weighted",
    line: /model 2: [\s\S]*?micro\s+F1 (\S+) ->.*\n\s+weighted F1 (\S+) ->.*\n\s+macro\s+F1 (\S+) ->/,
    holds: ([micro = 1, weighted = 0, macro = 1]) => weighted > micro && weighted > macro,
    quote: (m) => `its weighted-F1, ${m[2]}, is above its micro-F1, ${m[1]}`,
  },
  {
    section: "macro-overemphasis",
    claim: "in both models micro and weighted move by less than twice 3/n; macro more than five times as far",
    example: "micro-vs-weighted",
    line: twoModels,
    holds: (numbers) =>
      models(numbers).every(
        ({ n, dMicro, dWeighted, dMacro }) =>
          near(dMicro * n, 3, 0.05) &&
          Math.max(dMicro, dWeighted) < 2 * (3 / n) &&
          dMacro > 5 * Math.max(dMicro, dWeighted),
      ),
    quote: none,
  },

  // #balanced-accuracy-mcc
  {
    section: "balanced-accuracy-mcc",
    claim: "the majority baseline: balanced accuracy 0.3333 (1/K) and MCC 0.0000, where micro-F1 says 0.7000",
    example: "balanced-accuracy-mcc",
    line: /^majority baseline\s+(\S+)\s+\S+\s+(\S+)\s+(\S+)/m,
    holds: ([micro = 0, balanced = 0, mcc = 1]) => near(balanced, 1 / 3, 5e-5) && mcc === 0 && micro > balanced,
    quote: (m) => `balanced accuracy ${m[2]} and MCC ${m[3]}, where micro-F1 says ${m[1]}`,
  },
  {
    section: "balanced-accuracy-mcc",
    claim: "balanced accuracy swings like macro-F1 (0.6499 to 0.9833); MCC moves only from 0.9438 to 0.9502",
    example: "balanced-accuracy-mcc",
    line: /^rare C: 0 of 3 found\s+\S+\s+\S+\s+(\S+)\s+(\S+)\nrare C: 3 of 3 found\s+\S+\s+\S+\s+(\S+)\s+(\S+)/m,
    holds: ([ba0 = 0, mcc0 = 0, ba3 = 0, mcc3 = 0]) => ba3 - ba0 > 0.3 && mcc3 > mcc0 && mcc3 - mcc0 < 0.01,
    quote: (m) => [`from ${m[1]} to ${m[3]} as the three C samples`, `moves only from ${m[2]} to ${m[4]}`],
  },

  // #when-micro: multi-label micro-F1 is not accuracy
  {
    section: "when-micro",
    claim: "multi-label micro-F1 (0.7692) is no longer equal to accuracy (subset accuracy 0.4000)",
    example: "multilabel-and-labels",
    line: /multi-label micro\s+F1 = (\S+)[\s\S]*multi-label subset accuracy = (\S+)/,
    holds: ([micro = 0, accuracy = 0]) => micro !== accuracy,
    quote: (m) => [`micro-F1 is ${m[1]}`, `label set is right), is ${m[2]}`],
  },

  // #when-micro: the O tag, scored per token
  {
    section: "when-micro",
    claim: "token-level micro-F1 over all tags is 0.9200, 0.7778 without O: O swamps the rest",
    example: "multilabel-and-labels",
    line: /all tags:\s+(\S+)\ntoken-level micro F1, PER and LOC:\s+(\S+)/,
    holds: ([all = 0, entities = 1]) => all > entities,
    quote: (m) => `all tags is ${m[1]}, and ${m[2]} once`,
  },

  // #zero-division: which calls warn (scikit-learn's messages; the recording must equal core's output)
  {
    section: "zero-division",
    claim: "f1_score does not warn about a class that has true samples but is never predicted",
    example: "majority-baseline",
    line: /^warnings from f1_score: none$/m,
    quote: none,
  },
  {
    section: "zero-division",
    claim: "the warning comes from precision (classification_report), and only that one",
    example: "majority-baseline",
    line: /^warnings from classification_report: (Precision is ill-defined and being set to 0\.0 in labels with no predicted samples)\. Use `zero_division` parameter to control this behavior\.$/m,
    quote: (m) => `("${m[1]}")`,
  },
  {
    section: "zero-division",
    claim: "f1_score warns (F-score is ill-defined) for a label in neither y_true nor y_pred",
    example: "majority-baseline",
    line: /^warnings from f1_score with labels=\['cat', 'fish'\]: (F-score is ill-defined and being set to 0\.0 in labels with no true nor predicted samples)\. Use `zero_division` parameter to control this behavior\.$/m,
    quote: (m) => `("${m[1]}")`,
  },
  {
    section: "zero-division",
    claim: "multi-label: f1_score warns for a label column empty in both arrays, without labels=",
    example: "multilabel-and-labels",
    line: /^empty label and row, macro {3}F1 = \S+; warns: F-score is ill-defined and being set to 0\.0 (in labels with no true nor predicted samples)\. Use `zero_division` parameter to control this behavior\.$/m,
    quote: (m) => `("F-score is ill-defined and being set to 0.0 ${m[1]}")`,
  },
  {
    section: "zero-division",
    claim: "multi-label, average='samples': f1_score warns for a row empty in both arrays",
    example: "multilabel-and-labels",
    line: /^empty label and row, samples F1 = \S+; warns: F-score is ill-defined and being set to 0\.0 (in samples with no true nor predicted labels)\. Use `zero_division` parameter to control this behavior\.$/m,
    quote: (m) => `("… ${m[1]}")`,
  },
  {
    section: "zero-division",
    claim: "zero_division=1 raises macro precision from 0.233 to 0.900 but leaves macro-F1 at 0.275",
    example: "majority-baseline",
    line: /macro avg\s+(\S+)\s+\S+\s+(\S+)[\s\S]*zero_division=1: macro precision (\S+), macro F1 (\S+)/,
    holds: ([p0 = 0, f0 = 0, p1 = 0, f1 = 1]) => p1 > p0 && f1 === f0,
    quote: (m) => `from ${m[1]} to ${m[3]} but leaves macro-F1 at ${m[4]}`,
  },

  // #trained-model: imbalance-regions.ts, seed 0 drawn, 100 seeds counted. The numbers of one model's
  // lines (modelLines) are at 0-16 for A and 17-33 for B; match groups are one higher.
  {
    section: "trained-model",
    claim: "seed 0: A's micro-F1 is its accuracy and above its macro-F1; A misses more birds than cats",
    example: "imbalance-regions",
    line: new RegExp(`^${modelA}$`, "m"),
    holds: (v) => v[0] === v[1] && (v[1] ?? 0) > (v[3] ?? 1) && (v[12] ?? 1) < (v[10] ?? 0),
    quote: (m) => [
      `A's micro-F1 is ${m[2]}, the same number as its accuracy`,
      `while its macro-F1 is ${m[4]}: A finds ${m[13]} of the birds (its recall) and ${m[11]} of the cats`,
    ],
  },
  {
    section: "trained-model",
    claim: "seed 0: B finds more birds, answers bird on more of the plane, and ranks second on all three averages",
    example: "imbalance-regions",
    line: new RegExp(`^${modelA}\n${modelB}$`, "m"),
    holds: (v) => {
      const at = (i: number) => v[i] ?? Number.NaN;
      const [a, b] = [0, 17];
      const secondOnAll = [1, 2, 3].every((k) => at(b + k) < at(a + k));
      return at(b + 12) > at(a + 12) && at(b + 16) > at(a + 16) && secondOnAll;
    },
    quote: (m) => [
      `B finds ${m[30]} of the birds, and its micro-F1 falls to ${m[19]}`,
      `(${m[17]}% of the rectangle against ${m[34]}%)`,
      `(${30 - Number(m[14])} of the 30 for A, ${30 - Number(m[31])} for B)`,
      `B finds ${Number(m[31]) - Number(m[14])} more birds than A and raises ${Number(m[33]) - Number(m[16])} more false alarms (${m[33]} against ${m[16]})`,
    ],
  },
  {
    section: "trained-model",
    claim: "A's micro-F1 is above its macro-F1, and its bird recall below its cat recall, in every seed",
    example: "imbalance-regions",
    line: new RegExp(
      `^  A: micro-F1 above macro-F1 in ${countOf}; micro − macro ${spreadOf}\n  A: bird recall below cat recall in ${countOf}$`,
      "m",
    ),
    holds: ([k1 = 0, n1 = -1, , , , k2 = 0, n2 = -1]) => k1 === n1 && k2 === n2,
    quote: (m) => [
      `A's micro-F1 is above its macro-F1 in ${m[1]} of ${m[2]} seeds (median ${m[3]} apart, range ${m[4]} to ${m[5]})`,
      `its bird recall is below its cat recall in ${m[6]} of ${m[7]} seeds`,
    ],
  },
  {
    section: "trained-model",
    claim: "B finds more birds in nearly every seed; A's bird region is the smaller one in most",
    example: "imbalance-regions",
    line: new RegExp(
      `^  bird recall higher for B in ${countOf}; A ${spreadOf}; B ${spreadOf}\n` +
        `.*\n  "bird" area smaller for A in ${countOf}; % of the rectangle, A ${spreadOf}; B ${spreadOf}$`,
      "m",
    ),
    holds: ([k1, n1, , , , , , , k2 = 0, n2 = 1]) => nearlyAll(k1, n1) && k2 / n2 > 0.8,
    quote: (m) => [
      `B finds more birds in ${m[1]} of ${m[2]} seeds (bird recall median ${m[6]}, range ${m[7]} to ${m[8]}, against A's median ${m[3]}, range ${m[4]} to ${m[5]})`,
      `A's bird region is the smaller one in ${m[9]} of ${m[10]} seeds (a median ${m[11]}% of the rectangle against ${m[14]}%)`,
    ],
  },
  {
    section: "trained-model",
    claim: "micro-F1 ranks A first in nearly every seed, macro-F1 in most but not all; B's bird precision is lower",
    example: "imbalance-regions",
    line: new RegExp(
      `^  micro-F1 \\(accuracy\\) higher for A in ${countOf}; A − B ${spreadOf}\n` +
        `  macro-F1 higher for A in ${countOf}; A − B ${spreadOf}\n` +
        `.*\n  bird precision higher for A in ${countOf}; A ${spreadOf}; B ${spreadOf}$`,
      "m",
    ),
    holds: ([k1, n1, , , , k2 = 0, n2 = 1, , , , k3, n3]) =>
      nearlyAll(k1, n1) && k2 / n2 > 0.5 && k2 < n2 && nearlyAll(k3, n3),
    quote: (m) => [
      `micro-F1 ranks A first in ${m[1]} of ${m[2]} seeds, and macro-F1 does too, in ${m[6]} of ${m[7]} seeds`,
      `its bird precision is lower in ${m[11]} of ${m[12]} seeds (median ${m[16]} for B, ${m[13]} for A)`,
    ],
  },

  // #common-mistakes
  {
    section: "common-mistakes",
    claim: "the majority baseline: micro 0.700, macro 0.275",
    example: "majority-baseline",
    line: /accuracy\s+(\S+)\s+100[\s\S]*macro avg\s+\S+\s+\S+\s+(\S+)/,
    quote: (m) => `micro ${m[1]}, macro ${m[2]}`,
  },
  {
    section: "common-mistakes",
    claim: "the order does not matter for micro and macro; it does for weighted",
    example: "argument-order",
    line: /^micro\s+F1: \(yTrue, yPred\) (\S+)\s+swapped (\S+)\nmacro\s+F1: \(yTrue, yPred\) (\S+)\s+swapped (\S+)\nweighted F1: \(yTrue, yPred\) (\S+)\s+swapped (\S+)/m,
    holds: ([mi, mi2, ma, ma2, w, w2]) => mi === mi2 && ma === ma2 && w !== w2,
    quote: none,
  },
  {
    section: "common-mistakes",
    claim: "single-label micro-F1 is accuracy, to the last digit",
    example: "micro-is-accuracy",
    line: /accuracy\s+(\S+)\nmicro precision\s+\S+\nmicro recall\s+\S+\nmicro F1\s+(\S+)/,
    holds: allEqual,
    quote: none,
  },
  {
    section: "common-mistakes",
    claim: "f1_score gives no warning for a class that has true samples",
    example: "majority-baseline",
    line: /^warnings from f1_score: none$/m,
    quote: none,
  },
]);

describe("f1-micro-average: the scikit-learn recordings print what core prints", () => {
  const twins = [
    "argument-order",
    "balanced-accuracy-mcc",
    "majority-baseline",
    "micro-is-accuracy",
    "micro-vs-weighted",
    "multilabel-and-labels",
    "rare-class",
  ];
  it.each(twins)("examples/%s.py.output.txt equals the .output.txt of its TypeScript example", (name) => {
    expect(read(`examples/${name}.py.output.txt`)).toBe(read(`examples/${name}.output.txt`));
  });

  it("#where-micro-comes-from quotes scikit-learn's error as the recording shows it", () => {
    const recorded = read("examples/default-average.py.output.txt");
    const quoted = "Please choose another average setting, one of [None, 'micro', 'macro', 'weighted']";
    expect(recorded).toContain(`ValueError: Target is multiclass but average='binary'. ${quoted}.`);
    const section = sectionText(read("index.mdx"), "where-micro-comes-from") ?? "";
    expect(section.replace(/\s+/g, " ")).toContain(quoted);
  });
});
