// Three exclusive classes, two heads on the same network (see _exclusive-classes.ts): softmax with
// cross-entropy, and three independent sigmoids with binary cross-entropy on one-hot targets. One seed, as
// an illustration; exclusive-classes-sweep.ts runs 30.
import { predict } from "@nn-explained/core";
import { renormalize, trainBothHeads } from "./_exclusive-classes";

const SEED = 3;
const run = trainBothHeads(SEED);
console.log(
  `test accuracy        softmax ${run.accuracySoftmax.toFixed(3)}   sigmoids ${run.accuracySigmoids.toFixed(3)}`,
);
console.log(
  `sum of the sigmoids  ${run.sigmoidSumMin.toFixed(3)} to ${run.sigmoidSumMax.toFixed(3)} on test points (softmax: always 1)`,
);
console.log(
  `test log-loss        softmax ${run.logLossSoftmax.toFixed(4)}   renormalized sigmoids ${run.logLossRenormalized.toFixed(4)}`,
);

// Far from every blob, nothing ties the three sigmoids together.
const far = [
  [20, 20],
  [-10, 10],
  [12, -10],
];
const farSigmoid = predict(run.sigmoidNet, far);
const farSoftmax = predict(run.softmaxNet, far);
const farRenormalized = renormalize(farSigmoid);
const show = (row: number[]) => row.map((p) => p.toFixed(2)).join(" ");
far.forEach((point, i) => {
  const s = farSigmoid[i] as number[];
  console.log(
    `x = [${point}]`.padEnd(15) +
      `sigmoids ${show(s)} (sum ${s.reduce((a, b) => a + b, 0).toFixed(2)})` +
      `   renormalized ${show(farRenormalized[i] as number[])}   softmax ${show(farSoftmax[i] as number[])}`,
  );
});
