// For single-label multi-class data, every wrong prediction is one false positive (for the
// predicted class) and one false negative (for the true class). Pooled, FP = FN, so
// micro precision = micro recall = micro F1 = accuracy. Edit the labels: it stays true.
import { accuracyScore, f1Score, precisionScore, recallScore } from "@nn-explained/core";

const yTrue = ["cat", "dog", "bird", "cat", "cat", "dog", "bird", "cat", "dog", "cat"];
const yPred = ["cat", "cat", "bird", "cat", "dog", "dog", "cat", "cat", "dog", "cat"];

console.log(`accuracy         ${accuracyScore(yTrue, yPred).toFixed(4)}`);
console.log(`micro precision  ${precisionScore(yTrue, yPred, { average: "micro" }).toFixed(4)}`);
console.log(`micro recall     ${recallScore(yTrue, yPred, { average: "micro" }).toFixed(4)}`);
console.log(`micro F1         ${f1Score(yTrue, yPred, { average: "micro" }).toFixed(4)}`);

// The equality needs every class in the pool. Leave one out with `labels` and it breaks:
const withoutCat = f1Score(yTrue, yPred, { average: "micro", labels: ["dog", "bird"] });
console.log(`micro F1 without 'cat': ${withoutCat.toFixed(4)}`);
