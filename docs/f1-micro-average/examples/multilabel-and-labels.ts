// Where micro-averaging is the right choice.
import { f1Score } from "@nn-explained/core";

// 1. Multi-label: each row is a sample, each column a label (0/1). Micro pools every
//    (sample, label) decision; "samples" averages F1 per row; macro averages per label.
const Y = [
  [1, 0, 1],
  [0, 1, 0],
  [1, 1, 0],
  [0, 0, 1],
  [1, 0, 0],
];
const P = [
  [1, 0, 0],
  [0, 1, 0],
  [1, 1, 1],
  [0, 0, 0],
  [1, 0, 0],
];
for (const average of ["micro", "macro", "weighted", "samples"] as const) {
  console.log(`multi-label ${average.padEnd(8)} F1 = ${f1Score(Y, P, { average }).toFixed(4)}`);
}

// 2. A dominant "nothing here" class, as the "O" tag in named-entity recognition.
//    Leaving it out with `labels` makes micro-F1 measure the entities only.
const yTrue = [...Array(80).fill("O"), ...Array(8).fill("PER"), ...Array(12).fill("LOC")];
const yPred = [
  ...Array(78).fill("O"),
  ...Array(2).fill("PER"),
  ...Array(5).fill("PER"),
  ...Array(3).fill("O"),
  ...Array(9).fill("LOC"),
  ...Array(3).fill("O"),
];
console.log("NER micro F1, all tags     ", f1Score(yTrue, yPred, { average: "micro" }).toFixed(4));
console.log(
  "NER micro F1, PER and LOC  ",
  f1Score(yTrue, yPred, { average: "micro", labels: ["PER", "LOC"] }).toFixed(4),
);
