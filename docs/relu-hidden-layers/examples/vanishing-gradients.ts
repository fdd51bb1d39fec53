// Vanishing gradients: how much of the loss gradient reaches each layer of a deep, untrained network.
// Edit DEPTH (hidden layers) and WIDTH and run again.
import { createMlp, gradientNorms, makeMoons } from "@nn-explained/core";
import { lineChart } from "@nn-explained/playground";

const DEPTH = 10;
const WIDTH = 16;

const { X, y } = makeMoons({ nSamples: 100, noise: 0.1, seed: 0 });
const sizes = [2, ...Array<number>(DEPTH).fill(WIDTH), 1];

// Each activation with the initialisation designed for it: Glorot (Xavier) for sigmoid and tanh,
// He for ReLU. The output is one sigmoid unit trained with binary cross-entropy in every case.
const setups = [
  { hidden: "sigmoid", init: "xavier" },
  { hidden: "tanh", init: "xavier" },
  { hidden: "relu", init: "he" },
] as const;

const norms = setups.map(({ hidden, init }) => {
  const model = createMlp({ sizes, hidden, output: "sigmoid", init, seed: 0 });
  // ‖∂L/∂W‖ of every layer, input side first, for the mean loss over all the samples.
  return gradientNorms(model, X, y, { loss: "bceWithLogits" });
});

const fmt = (v: number) => v.toExponential(1).padStart(8);
console.log(`layer   ${setups.map((s) => s.hidden.padStart(8)).join(" ")}`);
for (let l = 0; l < sizes.length - 1; l++) {
  console.log(`${String(l + 1).padStart(5)}   ${norms.map((n) => fmt(n[l] as number)).join(" ")}`);
}
// Layers 2 to DEPTH all hold WIDTH × WIDTH weights, so their norms compare like with like
// (layer 1 has only 2 inputs and the output layer 1 unit, which makes their matrices smaller).
setups.forEach((s, i) => {
  const n = norms[i] as number[];
  const ratio = (n[1] as number) / (n[DEPTH - 1] as number);
  console.log(`${s.hidden}: layer 2 gets ${ratio.toExponential(1)} × the gradient of layer ${DEPTH}`);
});

lineChart({
  title: "Gradient norm per layer (log10)",
  xLabel: "layer (1 = input side)",
  yLabel: "log10 ‖∂L/∂W‖",
  x: sizes.slice(1).map((_, l) => l + 1),
  series: setups.map((s, i) => ({ name: s.hidden, y: (norms[i] as number[]).map(Math.log10) })),
});
