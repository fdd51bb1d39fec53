// The gradient of cross-entropy with respect to the logits is softmax(z) − y.
// Checked here against central finite differences of core's crossEntropy, which
// takes logits as PyTorch's nn.CrossEntropyLoss does.
import { crossEntropy, softmax } from "@nn-explained/core";

const z = [1.5, -0.3, 0.8, 2.2]; // one sample, four classes
const label = 2; // the true class
const y = z.map((_, k) => (k === label ? 1 : 0)); // one-hot

const loss = (logits: number[]) => crossEntropy([label], [logits]);
const h = 1e-5;
const numeric = z.map((_, k) => {
  const up = z.map((v, j) => (j === k ? v + h : v));
  const down = z.map((v, j) => (j === k ? v - h : v));
  return (loss(up) - loss(down)) / (2 * h);
});
const analytic = softmax(z).map((p, k) => p - (y[k] as number));

console.log("loss                 ", loss(z));
console.log("finite differences   ", numeric);
console.log("softmax(z) − y       ", analytic);
console.log("largest difference   ", Math.max(...numeric.map((g, k) => Math.abs(g - (analytic[k] as number)))));
// The gradient's entries sum to 0 (Σ softmax = 1 = Σ y): shifting all logits
// together changes nothing.
console.log(
  "sum of the gradient  ",
  analytic.reduce((a, b) => a + b, 0),
);
