// Two-moons learned by a small ReLU network, drawn as it trains, as TensorFlow Playground draws it: the
// decision regions with the data on top (more opaque where the network is surer), and beside them each
// hidden unit's own map, its output over the same rectangle. A unit that outputs 0 on every sample is dead.
// LEARNING_RATE = 0.3 is high enough to kill units; try 0.01. Edit SEED, the sizes in
// _decision-regions.ts or EPOCHS and run again; Stop ends the training.
import { decisionGrid, gridBounds, hiddenActivationGrid } from "@nn-explained/core";
import { heatmapChart } from "@nn-explained/playground";
import { trainWatched, X, y } from "./_decision-regions";

const SEED = 0;
const LEARNING_RATE = 0.3;
const EPOCHS = 60;
const grid = { ...gridBounds(X), steps: 40 };

const run = trainWatched(SEED, LEARNING_RATE, EPOCHS, (epoch, model, dead) => {
  if (epoch % 5 !== 0) return; // redraw every 5 epochs (each redraw replaces the last, by id)
  const regions = decisionGrid(model, grid);
  const p = regions.probabilities[1] as number[][]; // P(class 1) in each cell
  heatmapChart({
    id: "regions",
    title: `Decision regions after ${epoch} epochs`,
    x: regions.x,
    y: regions.y,
    z: p.map((row) => row.map((pi) => [pi])),
    points: X,
    labels: y,
  });
  const units = hiddenActivationGrid(model, grid);
  units.layers.forEach((layer, l) => {
    heatmapChart({
      id: `layer-${l + 1}`,
      title: `Hidden layer ${l + 1}: each unit's output after ${epoch} epochs`,
      x: units.x,
      y: units.y,
      maps: layer.map((z, u) => ({ name: `unit ${u + 1}${dead[l]?.[u] ? " (dead)" : ""}`, z })),
    });
  });
  return undefined;
});

const perLayer = run.dead.map((layer, l) => `layer ${l + 1}: ${layer.filter((d) => d).length} of ${layer.length}`);
console.log(`dead units after ${EPOCHS} epochs at lr ${LEARNING_RATE}: ${perLayer.join(", ")}`);
console.log(`times a dead unit came back during training: ${run.revived}`);
console.log(`accuracy on the 200 points: ${run.accuracy.toFixed(3)}`);
