// The dying-ReLU playground over SEEDS seeds (initialisation and shuffling): how often a whole layer dies,
// and what each setup scores. A layer that is 100% dead passes nothing on, so the network outputs one
// constant and its accuracy is that of a constant guess, 0.5 on this balanced data set.
// Edit SEEDS or the runs and run again. One training run is in _dying.ts.
import { sweepSeeds } from "@nn-explained/playground";
import { layerDied, trainOnce } from "./_dying";

const SEEDS = 40;

const runs = [
  { hidden: "relu", learningRate: 0.01 },
  { hidden: "relu", learningRate: 0.3 },
  { hidden: "leakyRelu", learningRate: 0.3 },
] as const;

for (const { hidden, learningRate } of runs) {
  const label = `${hidden} lr ${learningRate}`;
  const sweep = sweepSeeds(SEEDS, (seed) => trainOnce(hidden, learningRate, seed), { label });
  const collapsed = sweep.count(layerDied);
  const chance = sweep.count((r) => r.accuracy <= 0.5);
  const deadShare = (r: { dead: number[] }) => (100 * r.dead.reduce((a, b) => a + b, 0)) / r.dead.length;
  console.log(`${label}:`);
  console.log(
    `  a hidden layer 100% dead: ${collapsed.text}${collapsed.hits > 0 ? ` (seeds ${collapsed.seeds.join(", ")})` : ""}`,
  );
  console.log(`  accuracy 0.5 or less: ${chance.text}`);
  console.log(`  accuracy: ${sweep.spread((r) => r.accuracy).text}`);
  console.log(`  dead units, % of the 48: ${sweep.spread(deadShare, 0).text}`);
}
