// Vanishing gradients: how much of the loss gradient reaches each layer of a deep, untrained network.
// Edit DEPTH (hidden layers), WIDTH or SEEDS and run again.
import { createMlp, gradientNorms, makeMoons } from "@nn-explained/core";
import { lineChart, sweepSeeds } from "@nn-explained/playground";

const DEPTH = 10;
const WIDTH = 16;
const SEEDS = 20;

const { X, y } = makeMoons({ nSamples: 100, noise: 0.1, seed: 0 });
const sizes = [2, ...Array<number>(DEPTH).fill(WIDTH), 1];

// Each activation with the initialisation designed for it: Glorot (Xavier) for sigmoid and tanh,
// He for ReLU. Sigmoid twice: with Glorot's plain limits (gain 1, as Keras and PyTorch's
// xavier_uniform_ draw them) and with every weight 4 times larger (gain 4, Bengio 2012), which offsets
// σ'(0) = 1/4. The output is one sigmoid unit trained with binary cross-entropy in every case.
const setups = [
  { name: "sigmoid", hidden: "sigmoid", init: "xavier", gain: 1 },
  { name: "sigmoid×4", hidden: "sigmoid", init: "xavier", gain: 4 },
  { name: "tanh", hidden: "tanh", init: "xavier", gain: 1 },
  { name: "relu", hidden: "relu", init: "he", gain: 1 },
] as const;

// ‖∂L/∂W‖ of every layer, input side first, for the mean loss over all the samples.
function norms(setup: (typeof setups)[number], seed: number): number[] {
  const model = createMlp({ sizes, hidden: setup.hidden, output: "sigmoid", init: setup.init, seed });
  for (const w of model.weights) for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) * setup.gain;
  return gradientNorms(model, X, y, { loss: "bceWithLogits" });
}
// Layers 2 to DEPTH all hold WIDTH × WIDTH weights, so their norms compare like with like
// (layer 1 has only 2 inputs and the output layer 1 unit, which makes their matrices smaller).
const ratio = (n: number[]) => (n[1] as number) / (n[DEPTH - 1] as number);

// One network of each kind (seed 0), layer by layer.
const first = setups.map((s) => norms(s, 0));
const fmt = (v: number) => v.toExponential(1).padStart(10);
console.log(`layer ${setups.map((s) => s.name.padStart(10)).join("")}`);
for (let l = 0; l < sizes.length - 1; l++) {
  console.log(`${String(l + 1).padStart(5)} ${first.map((n) => fmt(n[l] as number)).join("")}`);
}

// The ratio depends on the random weights: the same over SEEDS networks of each kind.
console.log(`layer 2's gradient as a share of layer ${DEPTH}'s, over ${SEEDS} seeds:`);
for (const s of setups) {
  const { median, min, max } = sweepSeeds(SEEDS, (seed) => ratio(norms(s, seed)), { label: s.name }).spread((r) => r);
  const e = (v: number) => v.toExponential(1);
  console.log(`  ${s.name.padEnd(9)}  median ${e(median)}, range ${e(min)} to ${e(max)}`);
}

lineChart({
  title: "Gradient norm per layer, seed 0 (log10)",
  xLabel: "layer (1 = input side)",
  yLabel: "log10 ‖∂L/∂W‖",
  x: sizes.slice(1).map((_, l) => l + 1),
  series: setups.map((s, i) => ({ name: s.name, y: (first[i] as number[]).map(Math.log10) })),
});
