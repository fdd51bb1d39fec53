// Balanced accuracy (the mean recall per class) and the Matthews correlation coefficient, beside
// micro-F1 (= accuracy) and macro-F1, on the two data sets above: the majority baseline on 70/20/10
// data, and the model that misses or finds the 3 samples of a rare class among 1000.
import { f1Score } from "@nn-explained/core";
import { balancedAccuracyScore, matthewsCorrcoef } from "./_balanced-metrics";

const baseline = {
  yTrue: [...Array(70).fill("cat"), ...Array(20).fill("dog"), ...Array(10).fill("bird")],
  yPred: Array(100).fill("cat"),
};
function rareClassData(found: number) {
  const yTrue = [...Array(600).fill("A"), ...Array(397).fill("B"), ...Array(3).fill("C")];
  const yPred = [
    ...Array(588).fill("A"),
    ...Array(12).fill("B"),
    ...Array(385).fill("B"),
    ...Array(12).fill("A"),
    ...Array(found).fill("C"),
    ...Array(3 - found).fill("A"),
  ];
  return { yTrue, yPred };
}

const cases = [
  ["majority baseline", baseline],
  ["rare C: 0 of 3 found", rareClassData(0)],
  ["rare C: 3 of 3 found", rareClassData(3)],
] as const;

console.log("                      micro F1   macro F1   balanced acc   MCC");
for (const [name, { yTrue, yPred }] of cases) {
  const micro = f1Score(yTrue, yPred, { average: "micro" });
  const macro = f1Score(yTrue, yPred, { average: "macro" });
  const balanced = balancedAccuracyScore(yTrue, yPred);
  const mcc = matthewsCorrcoef(yTrue, yPred);
  console.log(
    `${name.padEnd(20)}  ${micro.toFixed(4)}     ${macro.toFixed(4)}     ${balanced.toFixed(4)}         ${mcc.toFixed(4)}`,
  );
}
