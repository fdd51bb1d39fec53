// A "model" that always predicts the majority class, on 70/20/10 data.
// Micro-F1 rewards it with 0.70; macro-F1 shows that two of three classes are never found.
import { classificationReport, f1Score, precisionScore, setWarningHandler } from "@nn-explained/core";

const yTrue = [...Array(70).fill("cat"), ...Array(20).fill("dog"), ...Array(10).fill("bird")];
const yPred = Array(100).fill("cat");

// Precision of "dog" and "bird" is 0/0; their F1, 2TP / (2TP + FP + FN), is 0/20 and 0/10, not 0/0.
// Collect the warnings of each step and print each message once, as Python's default filter does.
const warnings = new Set<string>();
setWarningHandler((warning) => warnings.add(warning.message));
function printWarnings(step: string) {
  console.log(`warnings from ${step}: ${warnings.size === 0 ? "none" : [...warnings].join(" | ")}`);
  warnings.clear();
}

for (const average of ["micro", "macro", "weighted"] as const) {
  console.log(`${average.padEnd(8)} F1 = ${f1Score(yTrue, yPred, { average }).toFixed(4)}`);
}
f1Score(yTrue, yPred, { average: null });
printWarnings("f1_score");

console.log(classificationReport(yTrue, yPred, { digits: 3 }));
printWarnings("classification_report");

// zero_division=1 turns the two undefined precisions into perfect ones; F1 does not move.
const precision1 = precisionScore(yTrue, yPred, { average: "macro", zeroDivision: 1 });
const f1With1 = f1Score(yTrue, yPred, { average: "macro", zeroDivision: 1 });
console.log(`zero_division=1: macro precision ${precision1.toFixed(3)}, macro F1 ${f1With1.toFixed(3)}`);

// F1 itself is 0/0 only for a label in neither yTrue nor yPred, passed in `labels`; only then does f1_score warn.
const withFish = f1Score(yTrue, yPred, { average: null, labels: ["cat", "fish"] });
console.log(`F1 of cat and fish: ${withFish.map((v) => v.toFixed(3)).join(" ")}`);
printWarnings("f1_score with labels=['cat', 'fish']");
