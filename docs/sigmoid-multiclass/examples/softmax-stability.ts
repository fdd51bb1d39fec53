// Softmax divides exponentials. Computed as written, e^1000 overflows to Infinity and
// Infinity / Infinity is NaN. Subtracting the largest logit first changes nothing
// mathematically (the factor e^-max cancels) but keeps every exponent at most 0.
import { softmax } from "@nn-explained/core";

const logits = [1000, 999, 998];

function naiveSoftmax(z: number[]): number[] {
  const exps = z.map((v) => Math.exp(v));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

function shiftedSoftmax(z: number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((v) => Math.exp(v - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

console.log("naive:  ", naiveSoftmax(logits));
console.log("shifted:", shiftedSoftmax(logits));
console.log("core:   ", softmax(logits));

// The same logits shifted down by 1000 give the same probabilities: softmax only sees differences.
console.log("logits - 1000:", softmax(logits.map((v) => v - 1000)));
