// Decision-region pictures: a 64 × 64 grid through a [2, 16, 16, 3] ReLU/softmax MLP, the size a demo redraws
// while it trains, against TensorFlow.js (tfjs-layers on the tfjs-core CPU backend) predicting the same
// grid with the same weights.
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
import * as core from "../packages/core/dist/index.js";
import { ms, table, timeMedian } from "./_harness.mjs";

export const title = "Decision-region grids (decisionGrid, hiddenActivationGrid) vs TensorFlow.js CPU predict";

const SIZES = [2, 16, 16, 3];
const STEPS = 64;

/** The same Dense layers as `model`, with its weights (core stores W row-major as units × inputs; tfjs as inputs × units). */
function tfModel(model) {
  const input = tfl.input({ shape: [SIZES[0]] });
  const outputs = [];
  let a = input;
  SIZES.slice(1).forEach((units, l, rest) => {
    const last = l === rest.length - 1;
    const layer = tfl.layers.dense({ units, activation: last ? "softmax" : "relu" });
    a = layer.apply(a);
    outputs.push(a);
    const nIn = SIZES[l];
    const W = Array.from({ length: nIn }, (_, i) =>
      Array.from({ length: units }, (_, j) => model.weights[l][j * nIn + i]),
    );
    layer.setWeights([tf.tensor2d(W), tf.tensor1d(Array.from(model.biases[l]))]);
  });
  return { predict: tfl.model({ inputs: input, outputs: outputs.at(-1) }), all: tfl.model({ inputs: input, outputs }) };
}

/**
 * CPU time per call (user + system, `process.cpuUsage`) over `n` calls after a warm-up: unlike wall time it
 * barely grows when other processes share the cores, so it estimates an idle machine's time (it includes
 * the garbage collector's threads).
 */
function cpuMs(fn, n = 50) {
  for (let i = 0; i < 5; i++) fn();
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000 / n;
}

export async function run() {
  await tf.setBackend("cpu");
  const { X, y } = core.makeBlobs({ nSamples: 300, seed: 0 });
  const model = core.createMlp({ sizes: SIZES, hidden: "relu", output: "softmax", seed: 0 });
  core.fit(model, X, y, { loss: "crossEntropy", optimizer: "adam", learningRate: 0.01, epochs: 20, seed: 0 });
  const grid = { ...core.gridBounds(X), steps: STEPS };
  const g = core.decisionGrid(model, grid);
  const points = g.y.flatMap((yj) => g.x.map((xi) => [xi, yj]));
  const xs = tf.tensor2d(points);
  const peer = tfModel(model);

  const timeOurs = (fn) => timeMedian(fn, { samples: 15, warmup: 5, minSampleMs: 50 });
  const timeTf = (fn) => timeMedian(fn, { samples: 9, warmup: 5, minSampleMs: 50 });
  const decision = await timeOurs(() => core.decisionGrid(model, grid));
  const hidden = await timeOurs(() => core.hiddenActivationGrid(model, grid));
  const rows = await timeOurs(() => core.predict(model, points));
  const decisionCpu = cpuMs(() => core.decisionGrid(model, grid));
  const hiddenCpu = cpuMs(() => core.hiddenActivationGrid(model, grid));
  const tfPredict = await timeTf(() => {
    const out = peer.predict.predict(xs);
    out.dataSync();
    out.dispose();
  });
  const tfAll = await timeTf(() => {
    const outs = peer.all.predict(xs);
    for (const t of outs) {
      t.dataSync();
      t.dispose();
    }
  });

  // Same numbers: the largest difference between our float64 probabilities and tfjs' float32 ones.
  const tfProbs = await peer.predict.predict(xs).array();
  let diff = 0;
  tfProbs.forEach((row, s) => {
    const j = Math.floor(s / STEPS);
    const i = s % STEPS;
    row.forEach((p, c) => {
      diff = Math.max(diff, Math.abs(p - g.probabilities[c][j][i]));
    });
  });
  xs.dispose();

  const fps = (t) => `${Math.floor(1000 / t)}`;
  return [
    table([
      {
        computation: "class probabilities, argmax, confidence (4,096 cells)",
        "@nn-explained/core": `${ms(decision)} (\`decisionGrid\`)`,
        "tfjs-layers (cpu)": `${ms(tfPredict)} (\`predict\` + \`dataSync\`)`,
        speedup: `${(tfPredict / decision).toFixed(1)}×`,
        "frames/s (ours)": fps(decision),
      },
      {
        computation: "every hidden unit's map and the output (32 + 3 maps)",
        "@nn-explained/core": `${ms(hidden)} (\`hiddenActivationGrid\`)`,
        "tfjs-layers (cpu)": `${ms(tfAll)} (3-output \`predict\` + \`dataSync\`)`,
        speedup: `${(tfAll / hidden).toFixed(1)}×`,
        "frames/s (ours)": fps(hidden),
      },
      {
        computation: "the same 4,096 points as rows (no grid maps)",
        "@nn-explained/core": `${ms(rows)} (\`predict\`)`,
        "tfjs-layers (cpu)": "",
        speedup: "",
        "frames/s (ours)": fps(rows),
      },
    ]),
    "",
    `A ${STEPS} × ${STEPS} grid over \`gridBounds\` of 300 blobs, through a [${SIZES.join(", ")}] ReLU network with a softmax`,
    "head (trained 20 epochs), float64 (ours) vs float32 (tfjs). tfjs gets the same weights (`setWeights`) and the grid",
    "as a tensor made once, outside the timed loop; its times stop at the probabilities in a typed array, before any",
    `argmax or reshaping into maps. Largest difference between the two sets of probabilities: ${diff.toExponential(2)}.`,
    "A demo that redraws 10 times a second has 100 ms per frame for training, these maps and the drawing.",
    `CPU time per call (\`process.cpuUsage\`, which grows little when other processes share the cores): \`decisionGrid\` ${ms(decisionCpu)},`,
    `\`hiddenActivationGrid\` ${ms(hiddenCpu)}.`,
  ].join("\n");
}
