// Where each head answers, drawn over the plane: the two networks of exclusive-classes.ts (seed 3), over
// the data's rectangle and over a square 40 wide around it, far beyond the data. Softmax always names one
// class (its argmax); each sigmoid says yes where it passes 0.5, so a point can get no label or several.
// The sweep after the pictures repeats the shares for SEEDS seeds. Edit SEED or the grids and run again.
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
/** The share of the grid's cells where `test` holds for the number of sigmoids above 0.5. */
const share = (g: Grid, test: (count: number) => boolean) =>
  g.labelCount.flat().filter(test).length / (g.x.length * g.y.length);
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
  return {
    ...grids,
    noneNear: share(grids.sigmoidNear, (c) => c === 0),
    severalNear: share(grids.sigmoidNear, (c) => c >= 2),
    noneFar: share(grids.sigmoidFar, (c) => c === 0),
    severalFar: share(grids.sigmoidFar, (c) => c >= 2),
    // Softmax's top probability is above 0.99 on this share of the far square.
    sureFar: grids.softmaxFar.confidence.flat().filter((p) => p > 0.99).length / (steps * steps),
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
  `seed ${SEED}, far square: no label on ${pct(one.noneFar)}, several on ${pct(one.severalFar)}; softmax above 0.99 on ${pct(one.sureFar)}`,
);

// The same shares over SEEDS seeds.
const sweep = sweepSeeds(SEEDS, (seed) => shares(seed), { label: "label regions" });
const line = (name: string, value: (r: ReturnType<typeof shares>) => number) =>
  console.log(
    `${name}: in ${sweep.count((r) => value(r) > 0).text}; % of the area ${sweep.spread((r) => 100 * value(r), 1).text}`,
  );
line("near the data, no sigmoid above 0.5", (r) => r.noneNear);
line("near the data, 2 or more sigmoids above 0.5", (r) => r.severalNear);
line("far square, no sigmoid above 0.5", (r) => r.noneFar);
line("far square, 2 or more sigmoids above 0.5", (r) => r.severalFar);
line("far square, softmax's top probability above 0.99", (r) => r.sureFar);
