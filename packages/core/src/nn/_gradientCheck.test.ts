// Every (hidden activation × output × loss) combination: the backward pass against central finite
// differences of the mean loss, in float64.
import { describe, expect, it } from "vitest";
import { type ActivationName, activations } from "../activations/index.js";
import { createRng } from "../data/createRng.js";
import { checkLossForHead, compile, toData } from "./_data.js";
import { fullGradient } from "./_engine.js";
import type { OutputActivation, TrainingLoss } from "./_types.js";
import { createMlp } from "./createMlp.js";

const names = Object.keys(activations) as ActivationName[];
const heads: [OutputActivation, TrainingLoss][] = [
  ["softmax", "crossEntropy"],
  ["identity", "crossEntropy"],
  ["sigmoid", "bceWithLogits"],
  ["identity", "bceWithLogits"],
  ...names.map((n): [OutputActivation, TrainingLoss] => [n, "mse"]),
  ...names.map((n): [OutputActivation, TrainingLoss] => [`-${n}`, "mse"]),
];

/** Largest |analytic − numeric| / max(1, |numeric|) over every weight and bias. */
function maxGradientError(hidden: ActivationName, output: OutputActivation, loss: TrainingLoss): number {
  const k = 3;
  // Two hidden layers, so the check covers hidden-to-hidden backpropagation too.
  const model = createMlp({ sizes: [3, 4, 3, k], hidden, output, init: "xavier", seed: 11 });
  const rng = createRng(5);
  for (const b of model.biases) for (let i = 0; i < b.length; i++) b[i] = 0.1 * rng.normal();
  const X = Array.from({ length: 5 }, () => [rng.normal(), rng.normal(), rng.normal()]);
  const y =
    loss === "crossEntropy"
      ? X.map(() => rng.int(k))
      : loss === "bceWithLogits"
        ? X.map(() => [rng.int(2), rng.int(2), rng.int(2)])
        : X.map(() => [rng.normal(), rng.normal(), rng.normal()]);
  const net = compile("test", model);
  checkLossForHead("test", loss, net.head);
  const data = toData("test", X, y, loss, net.sizes);
  const { grads } = fullGradient(net, loss, data);

  const h = 1e-5;
  let worst = 0;
  const params = [...model.weights, ...model.biases];
  const analytic = [...grads.W, ...grads.b];
  params.forEach((p, pi) => {
    for (let i = 0; i < p.length; i++) {
      const saved = p[i] as number;
      p[i] = saved + h;
      const up = fullGradient(net, loss, data).loss;
      p[i] = saved - h;
      const down = fullGradient(net, loss, data).loss;
      p[i] = saved;
      const numeric = (up - down) / (2 * h);
      const err = Math.abs(((analytic[pi] as Float64Array)[i] as number) - numeric) / Math.max(1, Math.abs(numeric));
      worst = Math.max(worst, err);
    }
  });
  return worst;
}

describe("gradient check (central differences, h = 1e-5)", () => {
  it.each(names)("hidden %s: every output and loss matches to 1e-6", (hidden) => {
    for (const [output, loss] of heads) {
      expect(maxGradientError(hidden, output, loss), `${hidden} → ${output} with ${loss}`).toBeLessThan(1e-6);
    }
  });
});
