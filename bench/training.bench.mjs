// Training speed: @nn-explained/core's fit against TensorFlow.js (tfjs-layers on the tfjs-core CPU
// backend, the pure-JS backend a browser without WebGL falls back to). Same architecture, data,
// epochs, batch size, optimizer and learning rate; both shuffle every epoch.
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
// A namespace import: Biome's noFocusedTests mistakes a bare `fit(...)` call for a focused Jasmine test.
import * as core from "../packages/core/dist/index.js";
import { ms, table, timeMedian } from "./_harness.mjs";

export const title = "Training a small MLP (fit) vs TensorFlow.js CPU";

const EPOCHS = 100;
const BATCH = 32;
const LR = 0.01;

const cases = [
  {
    name: "[2, 16, 16, 1] ReLU, sigmoid head, 1,000 moons",
    sizes: [2, 16, 16, 1],
    data: core.makeMoons({ nSamples: 1000, noise: 0.2, seed: 0 }),
    output: "sigmoid",
    loss: "bceWithLogits",
    tfLoss: "binaryCrossentropy",
  },
  {
    name: "[2, 16, 3] ReLU, softmax head, 300 blobs (article demo size)",
    sizes: [2, 16, 3],
    data: core.makeBlobs({ nSamples: 300, seed: 0 }),
    output: "softmax",
    loss: "crossEntropy",
    tfLoss: "sparseCategoricalCrossentropy",
  },
];

function accuracy(c, rows) {
  const ok = rows.filter(
    (r, i) => (c.output === "sigmoid" ? (r[0] > 0.5 ? 1 : 0) : r.indexOf(Math.max(...r))) === c.data.y[i],
  );
  return ok.length / rows.length;
}

function trainOurs(c) {
  const model = core.createMlp({ sizes: c.sizes, hidden: "relu", output: c.output, seed: 0 });
  const history = core.fit(model, c.data.X, c.data.y, {
    loss: c.loss,
    optimizer: "adam",
    learningRate: LR,
    epochs: EPOCHS,
    batchSize: BATCH,
    seed: 0,
  });
  return { model, history };
}

async function trainTf(c, xs, ys) {
  const layers = [];
  c.sizes.slice(1).forEach((units, l, rest) => {
    const last = l === rest.length - 1;
    layers.push(
      tfl.layers.dense({
        units,
        activation: last ? c.output : "relu",
        ...(l === 0 ? { inputShape: [c.sizes[0]] } : {}),
      }),
    );
  });
  const model = tfl.sequential({ layers });
  model.compile({ optimizer: tf.train.adam(LR), loss: c.tfLoss });
  await model.fit(xs, ys, { epochs: EPOCHS, batchSize: BATCH, shuffle: true, verbose: 0 });
  return model;
}

export async function run() {
  await tf.setBackend("cpu");
  const rows = [];
  for (const c of cases) {
    const xs = tf.tensor2d(c.data.X);
    const ys = c.output === "sigmoid" ? tf.tensor2d(c.data.y.map((v) => [v])) : tf.tensor1d(c.data.y, "float32");
    const ours = await timeMedian(() => trainOurs(c), { samples: 7, warmup: 1, minSampleMs: 0 });
    const theirs = await timeMedian(
      async () => {
        const m = await trainTf(c, xs, ys);
        m.dispose();
      },
      { samples: 3, warmup: 1, minSampleMs: 0 },
    );
    const oursAcc = accuracy(c, core.predict(trainOurs(c).model, c.data.X));
    const tfModel = await trainTf(c, xs, ys);
    const tfAcc = accuracy(c, await tfModel.predict(xs).array());
    tfModel.dispose();
    xs.dispose();
    ys.dispose();
    rows.push({
      case: c.name,
      "@nn-explained/core": ms(ours),
      "tfjs-layers (cpu)": ms(theirs),
      speedup: `${(theirs / ours).toFixed(1)}×`,
      "train accuracy (ours / tfjs)": `${oursAcc.toFixed(3)} / ${tfAcc.toFixed(3)}`,
    });
  }
  return [
    table(rows),
    "",
    `${EPOCHS} epochs, batch ${BATCH}, Adam (lr ${LR}), shuffled every epoch, float64 (ours) vs float32 (tfjs).`,
    "Wall time of the whole `fit` call, including data conversion. tfjs: `@tensorflow/tfjs-layers` `model.fit` on the",
    "`@tensorflow/tfjs-backend-cpu` backend (`tf.setBackend('cpu')`), the same Dense layers; only the initial weights",
    "differ (tfjs: Glorot uniform; ours: He normal), which is why the accuracies differ slightly.",
  ].join("\n");
}
