// The network of decision-regions.ts over SEEDS seeds, at a safe and at a high learning rate. A seed sets
// the initialisation and the shuffling; the data is always makeMoons seed 0. How often units are dead
// before training and after it, whether dead units come back, and what the network scores.
// The network and its checks are in _decision-regions.ts. Edit SEEDS or the rates and run again.
import { sweepSeeds } from "@nn-explained/playground";
import { sizes, trainWatched } from "./_decision-regions";

const SEEDS = 20;
const EPOCHS = 60;
const units = sizes.slice(1, -1).reduce((a, b) => a + b, 0);

for (const learningRate of [0.01, 0.3]) {
  const label = `lr ${learningRate}`;
  const sweep = sweepSeeds(SEEDS, (seed) => trainWatched(seed, learningRate, EPOCHS), { label });
  console.log(`${label}:`);
  console.log(`  some unit dead before training: ${sweep.count((r) => r.deadAtStart).text}`);
  console.log(`  some unit dead after ${EPOCHS} epochs: ${sweep.count((r) => r.deadCount > 0).text}`);
  console.log(`  dead units after ${EPOCHS} epochs, of the ${units}: ${sweep.spread((r) => r.deadCount, 0).text}`);
  console.log(`  some unit dead at some check: ${sweep.count((r) => r.everDead).text}`);
  console.log(`  a dead unit came back: ${sweep.count((r) => r.revived > 0).text}`);
  console.log(`  accuracy: ${sweep.spread((r) => r.accuracy).text}`);
}
