// A softmax in front of a loss that already applies log-softmax (PyTorch's
// nn.CrossEntropyLoss, Keras' from_logits=True, core's crossEntropy) is applied
// twice. Probabilities in [0, 1] are then read as logits, so the loss cannot
// approach 0 and its gradient shrinks as the model becomes right.
import { crossEntropy, softmax } from "@nn-explained/core";

const label = 0; // the true class of this one 3-class sample
const right = (z: number[]) => crossEntropy([label], [z]); // logits into the loss: correct
const twice = (z: number[]) => crossEntropy([label], [softmax(z)]); // softmax, then the loss: the bug

// ∂loss/∂z₀ by central differences, so both versions are measured the same way.
const slope = (loss: (z: number[]) => number, z: number[]) => {
  const h = 1e-6;
  return (loss([(z[0] as number) + h, ...z.slice(1)]) - loss([(z[0] as number) - h, ...z.slice(1)])) / (2 * h);
};

console.log("z₀    p(true)   loss: right   twice     ∂loss/∂z₀: right   twice");
for (const z0 of [0, 1, 2, 5, 10, 20]) {
  const z = [z0, 0, 0];
  const p = softmax(z)[label] as number;
  console.log(
    `${String(z0).padStart(2)}   ${p.toFixed(5)}   ${right(z).toFixed(5)}   ${twice(z).toFixed(5)}   ` +
      `${slope(right, z).toPrecision(3).padStart(9)}   ${slope(twice, z).toPrecision(3).padStart(9)}`,
  );
}
// With three classes the doubled loss never drops below −log(e / (e + 2)), however
// right the model is.
console.log("floor of the doubled loss:", -Math.log(Math.E / (Math.E + 2)));

// Gradient descent on the logits themselves, steps of size 1 from a uniform start.
for (const [name, loss] of [
  ["right", right],
  ["twice", twice],
] as const) {
  const z = [0, 0, 0];
  const report: string[] = [];
  for (let step = 1; step <= 200; step++) {
    const g = z.map((_, k) => {
      const h = 1e-6;
      const up = z.map((v, j) => (j === k ? v + h : v));
      const down = z.map((v, j) => (j === k ? v - h : v));
      return (loss(up) - loss(down)) / (2 * h);
    });
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) - (g[k] as number);
    if (step === 10 || step === 50 || step === 200) {
      report.push(`step ${step}: p(true) ${(softmax(z)[label] as number).toFixed(4)}, loss ${loss(z).toFixed(4)}`);
    }
  }
  console.log(`${name.padEnd(5)}  ${report.join("   ")}`);
}
