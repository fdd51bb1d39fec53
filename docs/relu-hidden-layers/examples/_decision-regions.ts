// One small ReLU network learning two-moons, checked after every epoch: which hidden units are dead (0 on
// every sample, core's deadUnits) and how often a dead unit comes back (active again at a later check).
// Shared by decision-regions.ts, which draws it as it trains, decision-regions-sweep.ts, which runs it
// over many seeds, and the article's claims test.
import { createMlp, deadUnits, fit, type Mlp, makeMoons, predict } from "@nn-explained/core";

export const { X, y } = makeMoons({ nSamples: 200, noise: 0.1, seed: 0 });
export const sizes = [2, 8, 8, 1];

/** Called before training (epoch 0) and after each epoch; return false to stop training. */
export type OnCheck = (epoch: number, model: Mlp, dead: boolean[][]) => boolean | undefined;

/** Trains a fresh network with Adam from initialisation and shuffling `seed`, watching its dead units. */
export function trainWatched(
  seed: number,
  learningRate: number,
  epochs: number,
  onCheck?: OnCheck,
  hidden: "relu" | "tanh" = "relu",
) {
  const model = createMlp({ sizes, hidden, output: "sigmoid", init: hidden === "relu" ? "he" : "xavier", seed });
  let dead = deadUnits(model, X);
  const deadAtStart = dead.flat().some((d) => d); // dead at initialisation, before any step
  const everDead = dead.map((layer) => layer.some((d) => d));
  let revived = 0; // dead at one check, active at the next
  onCheck?.(0, model, dead);
  fit(model, X, y, {
    loss: "bceWithLogits",
    optimizer: "adam",
    learningRate,
    epochs,
    seed,
    onEpoch: (epoch) => {
      const now = deadUnits(model, X);
      now.forEach((layer, l) => {
        if (layer.some((d) => d)) everDead[l] = true;
        layer.forEach((d, u) => {
          if (dead[l]?.[u] && !d) revived++;
        });
      });
      dead = now;
      return onCheck?.(epoch + 1, model, dead);
    },
  });
  const p = predict(model, X);
  const accuracy = p.filter((row, i) => ((row[0] as number) > 0.5 ? 1 : 0) === y[i]).length / y.length;
  const deadCount = dead.flat().filter((d) => d).length;
  return { model, dead, deadCount, deadAtStart, everDead: everDead.some((d) => d), revived, accuracy };
}
