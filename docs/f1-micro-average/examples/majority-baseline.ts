// A "model" that always predicts the majority class, on 70/20/10 data.
// Micro-F1 rewards it with 0.70; macro-F1 shows that two of three classes are never found.
import { classificationReport, f1Score, setWarningHandler } from "@nn-explained/core";

const yTrue = [...Array(70).fill("cat"), ...Array(20).fill("dog"), ...Array(10).fill("bird")];
const yPred = Array(100).fill("cat");

for (const average of ["micro", "macro", "weighted"] as const) {
  console.log(`${average.padEnd(8)} F1 = ${f1Score(yTrue, yPred, { average }).toFixed(4)}`);
}

// Precision of "dog" and "bird" is 0/0: scikit-learn warns and uses zero_division (default 0).
const warnings = new Set<string>();
setWarningHandler((warning) => warnings.add(warning.message));
console.log(classificationReport(yTrue, yPred, { digits: 3 }));
for (const message of warnings) console.log(`warning: ${message}`);
