// Can a dead ReLU unit come back? This checks every unit after every epoch: a unit is dead when its
// pre-activation is ≤ 0 on every training sample (as core's deadUnitFraction counts it), and it has come
// back when a later check finds it active on some sample again. Over SEEDS seeds, for each optimizer,
// it counts the seeds in which at least one dead unit of each hidden layer came back.
// Edit the runs (try "sgd" with momentum: 0.9) and run again.
import { createMlp, fit, type Mlp, makeMoons } from "@nn-explained/core";
import { sweepSeeds } from "@nn-explained/playground";

const { X, y } = makeMoons({ nSamples: 200, noise: 0.1, seed: 0 });
const sizes = [2, 16, 16, 16, 1];
const SEEDS = 20;

const runs = [
  { optimizer: "adam", learningRate: 0.01 },
  { optimizer: "adam", learningRate: 0.3 },
  { optimizer: "sgd", learningRate: 1 }, // plain SGD: no momentum, no weight decay
] as const;

/** dead[l][j]: whether unit j of hidden layer l is ≤ 0 on every sample of X. */
function deadUnits(model: Mlp): boolean[][] {
  const dead = sizes.slice(1, -1).map((n) => Array<boolean>(n).fill(true));
  for (const x of X) {
    let a: number[] = [...x];
    dead.forEach((layer, l) => {
      const W = model.weights[l] as Float64Array;
      const b = model.biases[l] as Float64Array;
      a = layer.map((_, j) => {
        let z = b[j] as number;
        for (let i = 0; i < a.length; i++) z += (W[j * a.length + i] as number) * (a[i] as number);
        if (z > 0) layer[j] = false;
        return Math.max(0, z);
      });
    });
  }
  return dead;
}

for (const { optimizer, learningRate } of runs) {
  const label = `${optimizer} lr ${learningRate}`;
  const sweep = sweepSeeds(
    SEEDS,
    (seed) => {
      const model = createMlp({ sizes, hidden: "relu", output: "sigmoid", init: "he", seed });
      let wasDead = deadUnits(model); // dead at the previous check (the first: before training)
      const cameBack = wasDead.map(() => 0); // per layer: how many times a dead unit came back
      const hadDead = wasDead.map((layer) => layer.some((d) => d)); // per layer: a unit was dead at some check
      fit(model, X, y, {
        loss: "bceWithLogits",
        optimizer,
        learningRate,
        epochs: 20,
        seed,
        onEpoch: () => {
          const dead = deadUnits(model);
          dead.forEach((layer, l) => {
            if (layer.some((d) => d)) hadDead[l] = true;
            layer.forEach((d, j) => {
              if (wasDead[l]?.[j] && !d) cameBack[l] = (cameBack[l] as number) + 1;
            });
          });
          wasDead = dead;
        },
      });
      return { cameBack, hadDead };
    },
    { label },
  );
  console.log(`${label}:`);
  sizes.slice(1, -1).forEach((_, l) => {
    const times = sweep.results.reduce((sum, r) => sum + (r.cameBack[l] as number), 0);
    console.log(
      `  layer ${l + 1}: a dead unit came back in ${sweep.count((r) => (r.cameBack[l] as number) > 0).text} ` +
        `(${times} times in all); some unit was dead in ${sweep.count((r) => r.hadDead[l] === true).text}`,
    );
  });
}
