// ReLU and its successors, evaluated by the registry that the training module also uses.
// Below zero, ReLU passes no gradient at all; the variants pass some, but only Leaky ReLU a fixed share.
import { activations } from "@nn-explained/core";

const names = ["relu", "leakyRelu", "elu", "gelu", "silu"] as const;
const xs = [-3, -1, -0.5, 0.5, 3];

for (const name of names) {
  const spec = activations[name];
  const o = spec.resolveOptions(); // PyTorch's defaults, e.g. negativeSlope 0.01
  const f = xs.map((x) => spec.scalar(x, o).toFixed(3).padStart(7)).join("");
  const df = xs.map((x) => spec.scalarDerivative(x, o).toFixed(3).padStart(7)).join("");
  console.log(`${spec.title.padEnd(12)} f(x): ${f}    f'(x): ${df}`);
}
console.log(`x = ${xs.join(", ")}`);

// Far below zero only Leaky ReLU keeps its slope: the others' derivatives go to 0 as x → −∞.
const far = (x: number) =>
  names.map(
    (name) =>
      `${activations[name].title} ${activations[name].scalarDerivative(x, activations[name].resolveOptions()).toExponential(1)}`,
  );
console.log(`f'(-10): ${far(-10).join(", ")}`);
console.log(`f'(-30): ${far(-30).join(", ")}`);

// GELU and SiLU are not monotonic: they dip below zero and come back up.
for (const name of ["gelu", "silu"] as const) {
  const [low] = activations[name].range;
  console.log(`${name}: minimum ${low.toFixed(4)}; further left it rises back towards 0`);
}
