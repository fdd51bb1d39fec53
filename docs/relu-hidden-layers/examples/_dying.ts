// One training run of the dying-ReLU demos: the three-hidden-layer network on two-moons, trained with Adam
// for 20 epochs from initialisation and shuffling `seed`. Shared by dying-relu-sweep.ts and the article's
// claims test, which runs it over more seeds than a browser can afford.
import { createMlp, deadUnitFraction, fit, makeMoons, predict } from "@nn-explained/core";

const { X, y } = makeMoons({ nSamples: 200, noise: 0.1, seed: 0 });
const sizes = [2, 16, 16, 16, 1];

/** The trained network's dead-unit share per hidden layer and its accuracy on the 200 points. */
export function trainOnce(
  hidden: "relu" | "leakyRelu",
  learningRate: number,
  seed: number,
): { dead: number[]; accuracy: number } {
  const model = createMlp({ sizes, hidden, output: "sigmoid", init: "he", seed });
  fit(model, X, y, { loss: "bceWithLogits", optimizer: "adam", learningRate, epochs: 20, seed });
  const dead = deadUnitFraction(model, X); // Leaky ReLU's slope is never 0: no unit counts as dead
  const p = predict(model, X);
  const accuracy = p.filter((row, i) => ((row[0] as number) > 0.5 ? 1 : 0) === y[i]).length / y.length;
  return { dead, accuracy };
}

/** Whether some hidden layer is 100% dead: it passes nothing on, and the network outputs one constant. */
export const layerDied = (r: { dead: number[] }) => r.dead.some((share) => share === 1);
