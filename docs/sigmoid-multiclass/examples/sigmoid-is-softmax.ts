// Sigmoid is the two-class softmax: σ(z) = softmax([z, 0])₀. Softmax depends only
// on differences between logits, so one of two logits can be pinned at 0.
import { createRng, sigmoid, softmax } from "@nn-explained/core";

for (const z of [-3, -0.5, 0, 2, 8]) {
  const viaSoftmax = softmax([z, 0])[0] as number;
  console.log(
    `z = ${String(z).padStart(4)}   σ(z) = ${sigmoid(z).toFixed(6)}   softmax([z, 0])₀ = ${viaSoftmax.toFixed(6)}`,
  );
}

// Adding the same number to every logit changes nothing...
const z = [2, 1, 0.1];
console.log("softmax(z)      ", softmax(z));
console.log("softmax(z + 100)", softmax(z.map((v) => v + 100)));
// ...but independent sigmoids see each logit on its own scale.
console.log("sigmoid(z)      ", sigmoid(z));
console.log("sigmoid(z + 100)", sigmoid(z.map((v) => v + 100)));

// exp is increasing, so the largest logit always gets the largest probability: the
// predicted class is the argmax of the logits, and no softmax is needed at
// prediction time.
const argmax = (v: readonly number[]) => v.indexOf(Math.max(...v));
const rng = createRng(1); // seeded: the same logits in every browser
let agree = 0;
for (let trial = 0; trial < 1000; trial++) {
  const logits = Array.from({ length: 5 }, () => 20 * rng.next() - 10);
  if (argmax(softmax(logits)) === argmax(logits) && argmax(sigmoid(logits)) === argmax(logits)) agree++;
}
console.log(`argmax(softmax(z)) = argmax(sigmoid(z)) = argmax(z) in ${agree} of 1000 random 5-class logit vectors`);
