// Where each head answers, drawn over the plane: the two networks of exclusive-classes.ts (seed 3), over
// the data's rectangle and over a square 40 wide around it, far beyond the data. Softmax always names one
// class (its argmax); each sigmoid says yes where it passes 0.5, so a point can get no label or several.
// The far shares count only the square's cells outside the data's rectangle, so that no cell near the data
// is counted as far. The sweep after the pictures repeats the shares for SEEDS seeds. Edit SEED or the grids
// and run again.
import { decisionGrid, gridBounds } from "@nn-explained/core";
import { heatmapChart, sweepSeeds } from "@nn-explained/playground";
import { blobs, type OnEpoch, trainBothHeads } from "./_exclusive-classes";

const SEED = 3;
const SEEDS = 30;
const steps = 64;
/** A square 40 wide centred on the blobs' middle, [1.5, 1]: the far points of the sweep lie on its inner circle. */
const far = { x: [-18.5, 21.5], y: [-19, 21], steps } as const;

type Grid = ReturnType<typeof decisionGrid>;
/** Per cell, the scores of the three classes (or labels). */
const scores = (g: Grid) =>
  g.y.map((_, j) => g.x.map((_, i) => g.probabilities.map((p) => (p[j] as number[])[i] as number)));
type Box = { x: readonly [number, number]; y: readonly [number, number] };
/** Whether a cell centre lies outside a box; `everywhere` keeps every cell. */
const outside = (b: Box) => (x: number, y: number) => x < b.x[0] || x > b.x[1] || y < b.y[0] || y > b.y[1];
const everywhere = () => true;
/** The share of the cells kept by `where` at which `test` holds for the value there. */
function share<T>(g: Grid, values: T[][], test: (v: T) => boolean, where: (x: number, y: number) => boolean) {
  let kept = 0;
  let hits = 0;
  for (const [j, y] of g.y.entries()) {
    for (const [i, x] of g.x.entries()) {
      if (!where(x, y)) continue;
      kept++;
      if (test((values[j] as T[])[i] as T)) hits++;
    }
  }
  return hits / kept;
}
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

function shares(seed: number, onEpoch?: OnEpoch) {
  const run = trainBothHeads(seed, onEpoch);
  const near = { ...gridBounds(run.X), steps };
  const grids = {
    run,
    near,
    sigmoidNear: decisionGrid(run.sigmoidNet, near),
    sigmoidFar: decisionGrid(run.sigmoidNet, far),
    softmaxFar: decisionGrid(run.softmaxNet, far),
  };
  const { sigmoidNear, sigmoidFar, softmaxFar } = grids;
  const away = outside(near);
  return {
    ...grids,
    noneNear: share(sigmoidNear, sigmoidNear.labelCount, (c) => c === 0, everywhere),
    severalNear: share(sigmoidNear, sigmoidNear.labelCount, (c) => c >= 2, everywhere),
    // The far square minus the data's rectangle: the rectangle covers about 7.5% of the square, so this
    // counts the other 92.5% or so.
    noneFar: share(sigmoidFar, sigmoidFar.labelCount, (c) => c === 0, away),
    severalFar: share(sigmoidFar, sigmoidFar.labelCount, (c) => c >= 2, away),
    sureFar: share(softmaxFar, softmaxFar.confidence, (p) => p > 0.99, away),
  };
}

// The pictures, for one seed: near the data, redrawn every 20 epochs as each network trains, then far from it.
const { X, y } = blobs(SEED);
const data = { points: X, labels: y };
const near = { ...gridBounds(X), steps };
function draw(id: string, head: "softmax" | "sigmoids", where: string, g: Grid) {
  if (head === "softmax") {
    heatmapChart({ id, title: `Softmax: the most likely class, ${where}`, x: g.x, y: g.y, z: scores(g), ...data });
  } else {
    heatmapChart({
      id,
      title: `Sigmoids: how many pass 0.5 (0: no label; 2 or 3: several), ${where}`,
      x: g.x,
      y: g.y,
      z: g.labelCount,
      domain: [0, 3],
      ...data,
    });
  }
}
const one = shares(SEED, (head, net, epoch) => {
  if (epoch % 20 === 0) draw(`${head}-near`, head, `near the data, after ${epoch} epochs`, decisionGrid(net, near));
});
draw("softmax-far", "softmax", "far from the data (a square 40 wide)", one.softmaxFar);
draw("sigmoids-far", "sigmoids", "far from the data (a square 40 wide)", one.sigmoidFar);
console.log(
  `seed ${SEED}, near the data: no label on ${pct(one.noneNear)}, several on ${pct(one.severalNear)} of the rectangle`,
);
console.log(
  `seed ${SEED}, far square outside the rectangle: no label on ${pct(one.noneFar)}, several on ${pct(one.severalFar)}; softmax above 0.99 on ${pct(one.sureFar)}`,
);

// The same shares over SEEDS seeds.
const sweep = sweepSeeds(SEEDS, (seed) => shares(seed), { label: "label regions" });
const line = (name: string, value: (r: ReturnType<typeof shares>) => number) =>
  console.log(
    `${name}: in ${sweep.count((r) => value(r) > 0).text}; % of the area ${sweep.spread((r) => 100 * value(r), 1).text}`,
  );
line("near the data, no sigmoid above 0.5", (r) => r.noneNear);
line("near the data, 2 or more sigmoids above 0.5", (r) => r.severalNear);
line("far square outside the rectangle, no sigmoid above 0.5", (r) => r.noneFar);
line("far square outside the rectangle, 2 or more sigmoids above 0.5", (r) => r.severalFar);
line("far square outside the rectangle, softmax's top probability above 0.99", (r) => r.sureFar);
