// f1_score's signature is f1_score(y_true, y_pred): truth first.
// Swapping the two arguments swaps precision and recall for every class. F1 is symmetric in
// them, so micro and macro do not change; weighted does, because its weights are the class
// counts in the first argument.
import { f1Score, precisionScore, recallScore } from "@nn-explained/core";

const yTrue = [0, 0, 0, 0, 1, 1, 2, 2, 2, 2];
const yPred = [0, 0, 1, 2, 1, 1, 2, 2, 0, 0];

for (const average of ["micro", "macro", "weighted"] as const) {
  const right = f1Score(yTrue, yPred, { average });
  const swapped = f1Score(yPred, yTrue, { average });
  console.log(`${average.padEnd(8)} F1: (yTrue, yPred) ${right.toFixed(4)}   swapped ${swapped.toFixed(4)}`);
}

const show = (values: number[]) => values.map((v) => v.toFixed(4)).join(" ");
const perClass = show(f1Score(yTrue, yPred, { average: null }));
const perClassSwapped = show(f1Score(yPred, yTrue, { average: null }));
console.log(`per-class F1: (yTrue, yPred) ${perClass}   swapped ${perClassSwapped}`);
console.log(`precision per class:  ${show(precisionScore(yTrue, yPred, { average: null }))}`);
console.log(`recall when swapped:  ${show(recallScore(yPred, yTrue, { average: null }))}`);
