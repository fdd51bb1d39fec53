// Macro-F1 gives a class of 3 samples the same vote as a class of 600. A model that is right on
// 97% of 1000 samples finds 0, 1, 2 or all 3 samples of the rare class "C": watch each average.
import { f1Score } from "@nn-explained/core";

// 600 A, 397 B and 3 C. The model confuses 12 A with B and 12 B with A, and finds `found` of the C.
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

const { yTrue: classes } = rareClassData(0);
const count = (label: string) => classes.filter((y) => y === label).length;
const share = ((100 * count("C")) / classes.length).toFixed(1);
console.log(`${count("A")} A, ${count("B")} B and ${count("C")} C: ${classes.length} samples; C is ${share}% of them`);
console.log("C found   micro F1   macro F1   weighted F1   F1 of C");
for (const found of [0, 1, 2, 3]) {
  const { yTrue, yPred } = rareClassData(found);
  const micro = f1Score(yTrue, yPred, { average: "micro" });
  const macro = f1Score(yTrue, yPred, { average: "macro" });
  const weighted = f1Score(yTrue, yPred, { average: "weighted" });
  const [f1C = Number.NaN] = f1Score(yTrue, yPred, { average: null, labels: ["C"] });
  console.log(
    `${found} of 3    ${micro.toFixed(4)}     ${macro.toFixed(4)}     ${weighted.toFixed(4)}        ${f1C.toFixed(4)}`,
  );
}
