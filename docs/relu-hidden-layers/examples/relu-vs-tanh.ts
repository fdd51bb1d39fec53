// The network of decision-regions.ts trained twice on the same data at lr 0.01, once with ReLU and once
// with tanh hidden units, drawn side by side: P(class 1) over the data's rectangle, white where it is 0.5.
// A ReLU network is piecewise linear: wherever the same units are active it computes one linear function,
// so its logit has straight contours and its boundary is made of straight segments. Tanh is smooth
// everywhere. The numbers count the linear pieces of the ReLU network inside the rectangle (distinct
// patterns of active units on the grid: a lower bound, as a piece smaller than a cell can be missed), over
// SEEDS seeds, which set the initialisation and the shuffling; the data is always makeMoons seed 0.
// Edit SEED or the sizes and run again.
import { decisionGrid, gridBounds, hiddenActivationGrid, type Mlp } from "@nn-explained/core";
import { heatmapChart, sweepSeeds } from "@nn-explained/playground";
import { type OnCheck, trainWatched, X, y } from "./_decision-regions";

const SEED = 0;
const SEEDS = 20;
const EPOCHS = 60;
const LEARNING_RATE = 0.01;
const grid = { ...gridBounds(X), steps: 64 };

/** How many linear pieces of a ReLU network the grid's cells fall in: their distinct patterns of active units. */
function linearPieces(model: Mlp): number {
  const { x, y: rows, layers } = hiddenActivationGrid(model, grid);
  const patterns = new Set<string>();
  rows.forEach((_, j) => {
    x.forEach((_, i) => {
      let pattern = "";
      for (const layer of layers) for (const unit of layer) pattern += (unit[j]?.[i] ?? 0) > 0 ? "1" : "0";
      patterns.add(pattern);
    });
  });
  return patterns.size;
}

const train = (seed: number, hidden: "relu" | "tanh", onCheck?: OnCheck) =>
  trainWatched(seed, LEARNING_RATE, EPOCHS, onCheck, hidden);

// The two pictures, redrawn in place every 10 epochs as each network trains (tanh's is blank until its turn).
const maps: { name: string; z: number[][] }[] = [];
const drawing =
  (k: 0 | 1): OnCheck =>
  (epoch, model) => {
    if (epoch % 10 !== 0) return undefined;
    const g = decisionGrid(model, grid);
    const p = g.probabilities[1] as number[][]; // P(class 1) in each cell
    maps[k] = { name: `${k === 0 ? "ReLU" : "tanh"} after ${epoch} epochs`, z: p };
    maps[1] ??= { name: "tanh (next)", z: p.map((row) => row.map(() => 0.5)) };
    heatmapChart({
      id: "relu-vs-tanh",
      title: "P(class 1): ReLU (piecewise linear) and tanh (smooth), same data and size",
      x: g.x,
      y: g.y,
      maps,
      scale: "diverging",
      center: 0.5,
      domain: [0, 1],
      points: X,
      labels: y,
    });
    return undefined;
  };
const relu = train(SEED, "relu", drawing(0));
const tanh = train(SEED, "tanh", drawing(1));
console.log(`seed ${SEED}: accuracy ${relu.accuracy.toFixed(3)} (ReLU), ${tanh.accuracy.toFixed(3)} (tanh)`);
console.log(
  `seed ${SEED}: the ReLU network is linear on at least ${linearPieces(relu.model)} pieces of the rectangle (64 × 64 grid)`,
);

const sweep = sweepSeeds(
  SEEDS,
  (seed) => {
    const r = train(seed, "relu");
    return { pieces: linearPieces(r.model), relu: r.accuracy, tanh: train(seed, "tanh").accuracy };
  },
  { label: "relu and tanh" },
);
console.log(
  `linear pieces of the ReLU network in the rectangle, at least (64 × 64 grid): ${sweep.spread((r) => r.pieces, 0).text}`,
);
console.log(`accuracy, ReLU: ${sweep.spread((r) => r.relu).text}`);
console.log(`accuracy, tanh: ${sweep.spread((r) => r.tanh).text}`);
