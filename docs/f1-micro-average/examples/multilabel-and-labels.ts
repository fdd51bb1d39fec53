// Where micro-averaging is the right choice.
import { accuracyScore, f1Score, setWarningHandler } from "@nn-explained/core";

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
// accuracy_score on multi-label data is subset accuracy: the share of rows predicted exactly.
console.log(`multi-label subset accuracy = ${accuracyScore(Y, P).toFixed(4)}`);

// 2. A dominant "nothing here" class, as the "O" tag of named-entity recognition, scored per token
//    (NER is normally scored per entity; see the text). Leaving "O" out with `labels` makes
//    token-level micro-F1 measure the entity tokens only.
const yTrue = [...Array(80).fill("O"), ...Array(8).fill("PER"), ...Array(12).fill("LOC")];
const yPred = [
  ...Array(78).fill("O"),
  ...Array(2).fill("PER"),
  ...Array(5).fill("PER"),
  ...Array(3).fill("O"),
  ...Array(9).fill("LOC"),
  ...Array(3).fill("O"),
];
const allTags = f1Score(yTrue, yPred, { average: "micro" });
const entityTags = f1Score(yTrue, yPred, { average: "micro", labels: ["PER", "LOC"] });
console.log(`token-level micro F1, all tags:     ${allTags.toFixed(4)}`);
console.log(`token-level micro F1, PER and LOC:  ${entityTags.toFixed(4)}`);

// 3. Multi-label F1 is 0/0 without any `labels`: a label column empty in both arrays (here the third),
//    or, with "samples", a row empty in both (here the fourth). f1_score warns for each.
const warnings = new Set<string>();
setWarningHandler((warning) => warnings.add(warning.message));
const Yq = [
  [1, 0, 0],
  [0, 1, 0],
  [1, 1, 0],
  [0, 0, 0],
];
const Pq = [
  [1, 0, 0],
  [0, 0, 0],
  [1, 1, 0],
  [0, 0, 0],
];
for (const average of ["macro", "samples"] as const) {
  const f1 = f1Score(Yq, Pq, { average });
  console.log(
    `empty label and row, ${average.padEnd(7)} F1 = ${f1.toFixed(4)}; warns: ${[...warnings].join(" | ") || "none"}`,
  );
  warnings.clear();
}
