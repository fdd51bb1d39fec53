// Two trained models, not a constant one. Three overlapping blobs of cats, dogs and birds: 600 points,
// 70%, 20% and 10% of them, split in two stratified halves. Model A is trained on one half, as the data
// come; model B, the same network, on 300 other points of the same blobs, 100 of each. Both are scored on
// the same other half, 210 cats, 60 dogs and 30 birds, and drawn over the same rectangle with those test
// points on top (A redrawn as it trains). The sweep repeats the scores, not the pictures, for SEEDS seeds.
// Edit SEED, SEEDS, COUNTS or EVEN and run again.
import {
  accuracyScore,
  createMlp,
  decisionGrid,
  f1Score,
  fit,
  type Mlp,
  makeBlobs,
  precisionScore,
  predict,
  recallScore,
  trainTestSplit,
} from "@nn-explained/core";
import { heatmapChart, sweepSeeds } from "@nn-explained/playground";

const SEED = 0;
const SEEDS = 100;
const NAMES = ["cat", "dog", "bird"];
/** The data as they come (split in halves for A's training and the test), and B's training data. */
const COUNTS = [420, 120, 60];
const EVEN = [100, 100, 100];
const CENTERS = [
  [0, 0],
  [2.5, 0],
  [1.25, 2],
];
/** One rectangle for every picture and every area share, so that the regions compare. */
const AREA = { x: [-3, 5.5], y: [-3, 5], steps: 64 } as const;

const argmax = (row: number[]) => row.indexOf(Math.max(...row));
type Grid = ReturnType<typeof decisionGrid>;
/** The share of the rectangle where the model answers class `k`. */
const areaOf = (g: Grid, k: number) => g.classes.flat().filter((c) => c === k).length / g.classes.flat().length;
const blobs = (counts: number[], seed: number) =>
  makeBlobs({ nSamples: counts, centers: CENTERS, clusterStd: 1.1, seed });

/** Trains a fresh [2, 16, 3] network on (X, y); `onEpoch` sees it before training and after each epoch. */
function train(X: number[][], y: number[], seed: number, onEpoch?: (epoch: number, net: Mlp) => void) {
  const net = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "softmax", seed });
  onEpoch?.(0, net);
  fit(net, X, y, {
    loss: "crossEntropy",
    epochs: 100,
    learningRate: 0.01,
    seed,
    onEpoch: (epoch: number) => onEpoch?.(epoch + 1, net),
  });
  return net;
}

/** A model's scores on the test half, and its regions. */
function score(net: Mlp, XTest: number[][], yTest: number[]) {
  const predicted = predict(net, XTest).map(argmax);
  const labels = [0, 1, 2];
  return {
    grid: decisionGrid(net, AREA),
    accuracy: accuracyScore(yTest, predicted),
    micro: f1Score(yTest, predicted, { average: "micro" }),
    macro: f1Score(yTest, predicted, { average: "macro" }),
    weighted: f1Score(yTest, predicted, { average: "weighted" }),
    f1: f1Score(yTest, predicted, { average: null, labels, zeroDivision: 0 }),
    precision: precisionScore(yTest, predicted, { average: null, labels, zeroDivision: 0 }),
    recall: recallScore(yTest, predicted, { average: null, labels, zeroDivision: 0 }),
    birds: yTest.filter((k) => k === 2).length,
    birdsFound: predicted.filter((k, i) => k === 2 && yTest[i] === 2).length,
    birdAnswers: predicted.filter((k) => k === 2).length,
  };
}

/** "210 cats, 60 dogs, 30 birds": how many of each class `labels` holds. */
const tally = (labels: number[]) =>
  NAMES.map((name, k) => `${labels.filter((l) => l === k).length} ${name}s`).join(", ");

/** Both models for one seed; `onEpoch` watches model A train. */
function compare(seed: number, onEpoch?: (epoch: number, net: Mlp, test: { X: number[][]; y: number[] }) => void) {
  const { X, y } = blobs(COUNTS, seed);
  const { XTrain, XTest, yTrain, yTest } = trainTestSplit(X, y, { testSize: 0.5, stratify: y, seed });
  const test = { X: XTest, y: yTest };
  const a = train(XTrain, yTrain, seed, onEpoch && ((epoch, net) => onEpoch(epoch, net, test)));
  const even = blobs(EVEN, seed + 10_000);
  const b = train(even.X, even.y, seed);
  const trained = { a: tally(yTrain), b: tally(even.y) };
  return { test, trained, a: score(a, XTest, yTest), b: score(b, XTest, yTest) };
}

/** The regions as a heatmap: each cell's class probabilities (argmax, fainter where unsure), test points on top. */
function draw(id: string, title: string, g: Grid, test: { X: number[][]; y: number[] }) {
  const z = g.y.map((_, j) => g.x.map((_, i) => g.probabilities.map((p) => (p[j] as number[])[i] as number)));
  const labels = test.y.map((k) => NAMES[k] as string);
  heatmapChart({ id, title, x: g.x, y: g.y, z, points: test.X, labels, classes: NAMES, xLabel: "x1", yLabel: "x2" });
}

const f = (v: number) => v.toFixed(3);
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
function report(name: string, r: ReturnType<typeof score>) {
  console.log(
    `${name}: accuracy ${f(r.accuracy)}, micro-F1 ${f(r.micro)}, weighted-F1 ${f(r.weighted)}, macro-F1 ${f(r.macro)}`,
  );
  console.log(`  F1 by class: ${NAMES.map((n, k) => `${n} ${f(r.f1[k] as number)}`).join(", ")}`);
  console.log(`  precision by class: ${NAMES.map((n, k) => `${n} ${f(r.precision[k] as number)}`).join(", ")}`);
  console.log(`  recall by class: ${NAMES.map((n, k) => `${n} ${f(r.recall[k] as number)}`).join(", ")}`);
  console.log(
    `  finds ${r.birdsFound} of the ${r.birds} birds; answers "bird" ${r.birdAnswers} times, ${r.birdAnswers - r.birdsFound} of them wrong`,
  );
  console.log(`  answers "bird" on ${pct(areaOf(r.grid, 2))} of the rectangle`);
}

// One seed, drawn: model A as it trains (every 20 epochs), then model B.
const one = compare(SEED, (epoch, net, test) => {
  if (epoch % 20 === 0) draw("model-a", `Model A (after ${epoch} epochs)`, decisionGrid(net, AREA), test);
});
draw("model-b", "Model B", one.b.grid, one.test);
console.log(`seed ${SEED}, both models scored on the same test half (${tally(one.test.y)}):`);
report(`A (trained on ${one.trained.a})`, one.a);
report(`B (trained on ${one.trained.b})`, one.b);

// The same for SEEDS seeds.
const sweep = sweepSeeds(SEEDS, (seed) => compare(seed), { label: "two models" });
type Run = ReturnType<typeof compare>;
const n = (test: (r: Run) => boolean) => sweep.count(test).text;
const spread = (value: (r: Run) => number, digits = 3) => sweep.spread(value, digits).text;
const bird = (m: ReturnType<typeof score>, what: "precision" | "recall") => m[what][2] as number;
const area = (m: ReturnType<typeof score>) => 100 * areaOf(m.grid, 2);
console.log(`over ${SEEDS} seeds, on each seed's test half:`);
console.log(
  `  A: micro-F1 above macro-F1 in ${n((r) => r.a.micro > r.a.macro)}; micro − macro ${spread((r) => r.a.micro - r.a.macro)}`,
);
console.log(`  A: bird recall below cat recall in ${n((r) => bird(r.a, "recall") < (r.a.recall[0] as number))}`);
console.log(
  `  micro-F1 (accuracy) higher for A in ${n((r) => r.a.micro > r.b.micro)}; A − B ${spread((r) => r.a.micro - r.b.micro)}`,
);
console.log(
  `  macro-F1 higher for A in ${n((r) => r.a.macro > r.b.macro)}; A − B ${spread((r) => r.a.macro - r.b.macro)}`,
);
console.log(
  `  bird recall higher for B in ${n((r) => bird(r.b, "recall") > bird(r.a, "recall"))}; A ${spread((r) => bird(r.a, "recall"))}; B ${spread((r) => bird(r.b, "recall"))}`,
);
console.log(
  `  bird precision higher for A in ${n((r) => bird(r.a, "precision") > bird(r.b, "precision"))}; A ${spread((r) => bird(r.a, "precision"))}; B ${spread((r) => bird(r.b, "precision"))}`,
);
console.log(
  `  "bird" area smaller for A in ${n((r) => area(r.a) < area(r.b))}; % of the rectangle, A ${spread((r) => area(r.a), 1)}; B ${spread((r) => area(r.b), 1)}`,
);
