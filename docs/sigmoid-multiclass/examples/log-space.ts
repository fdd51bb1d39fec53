// Losses need log-probabilities, and log(softmax(z)) fails where softmax rounds to
// 0 or 1. Computing in log space from the logits stays exact: this is why losses
// take logits.
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  crossEntropy,
  logSoftmax,
  logSumExp,
  sigmoid,
  softmax,
} from "@nn-explained/core";

// log Σ exp(z): the sum overflows, the shifted form m + log Σ exp(z − m) does not.
const big = [1000, 1000];
console.log("log(Σ exp(z)):     ", Math.log(Math.exp(1000) + Math.exp(1000)));
console.log("logSumExp(z):      ", logSumExp(big));

// A confidently wrong prediction: the true class 0 has a logit 800 below the top
// one.
const z = [0, 800, 0];
console.log("log(softmax(z)):   ", softmax(z).map(Math.log));
console.log("logSoftmax(z):     ", logSoftmax(z)); // z − logSumExp(z)
console.log("crossEntropy:      ", crossEntropy([0], [z])); // −logSoftmax(z)[0], finite

// The same for one sigmoid: σ(40) rounds to exactly 1 in float64, so log(1 − σ) =
// log(0). nn.BCELoss (core's binaryCrossEntropy) clamps the log at −100 and reports
// 100, whatever the logit; nn.BCEWithLogitsLoss (binaryCrossEntropyWithLogits)
// works from the logit and reports the true loss.
for (const logit of [40, 400]) {
  console.log(
    `label 0, logit ${logit}:  sigmoid = ${sigmoid(logit)}` +
      `   binaryCrossEntropy = ${binaryCrossEntropy([0], [sigmoid(logit)])}` +
      `   binaryCrossEntropyWithLogits = ${binaryCrossEntropyWithLogits([0], [logit])}`,
  );
}
