import { describe, expect, it } from "vitest";
import { makeMoons } from "../data/makeMoons.js";
import { createMlp } from "./createMlp.js";
import { deadUnitFraction } from "./deadUnitFraction.js";
import { fit } from "./fit.js";
import { gradientNorms } from "./gradientNorms.js";
import { saturationFraction } from "./saturationFraction.js";
import { stuckAtBoundFraction } from "./stuckAtBoundFraction.js";

const moons = makeMoons({ nSamples: 200, noise: 0.1 });

describe("gradientNorms", () => {
  it("gradientNorms on ŷ = w·x with w = 0, x = 2, y = 1 is |2(ŷ − y)·x| = 4", () => {
    expect(gradientNorms(createMlp({ sizes: [1, 1], init: "zeros" }), [[2]], [1], { loss: "mse" })).toEqual([4]);
  });

  it("a deep sigmoid network's first-layer gradient is orders of magnitude smaller than a ReLU network's", () => {
    const norms = (hidden: "sigmoid" | "relu") =>
      gradientNorms(
        createMlp({ sizes: [2, 32, 32, 32, 32, 32, 32, 32, 1], hidden, output: "sigmoid", seed: 0 }),
        moons.X,
        moons.y,
        {
          loss: "bceWithLogits",
        },
      );
    const sigmoid = norms("sigmoid");
    const relu = norms("relu");
    expect(sigmoid.length).toBe(8);
    expect((sigmoid[0] as number) / (relu[0] as number)).toBeLessThan(1e-2);
    // Within the sigmoid network, the gradient shrinks layer by layer towards the input.
    expect((sigmoid[0] as number) / (sigmoid.at(-1) as number)).toBeLessThan(1e-2);
    for (let l = 1; l < sigmoid.length; l++) expect(sigmoid[l - 1] as number).toBeLessThan(sigmoid[l] as number);
  });

  it("rejects a loss that does not suit the output", () => {
    expect(() =>
      gradientNorms(createMlp({ sizes: [2, 2], output: "softmax" }), [[1, 2]], [0], { loss: "mse" }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: gradientNorms: loss must be "crossEntropy" for output "softmax"; got "mse" (a softmax head is trained with "crossEntropy").]`,
    );
  });
});

describe("deadUnitFraction", () => {
  it("counts a ReLU unit dead when z <= 0 on every sample", () => {
    const model = createMlp({ sizes: [1, 2, 1], init: "zeros" });
    model.weights[0]?.set([1, -1]); // unit 0 sees x, unit 1 sees −x
    expect(deadUnitFraction(model, [[1], [2]])).toEqual([0.5]);
    expect(deadUnitFraction(model, [[1], [-2]])).toEqual([0]);
    expect(deadUnitFraction(createMlp({ sizes: [1, 2, 1], hidden: "sigmoid", init: "zeros" }), [[1]])).toEqual([0]);
  });

  it("grows when the learning rate is too high", () => {
    const deadAfter = (learningRate: number) => {
      const model = createMlp({ sizes: [2, 32, 32, 1], output: "sigmoid", seed: 0 });
      fit(model, moons.X, moons.y, { loss: "bceWithLogits", epochs: 20, learningRate });
      return deadUnitFraction(model, moons.X);
    };
    const low = deadAfter(0.001);
    const high = deadAfter(1);
    expect(Math.max(...low)).toBeLessThan(0.1);
    expect(Math.max(...high)).toBeGreaterThan(0.5);
  });
});

describe("saturationFraction and stuckAtBoundFraction", () => {
  it("sigmoid units saturate when their inputs are large; a softmax head when its logits are far apart", () => {
    const model = createMlp({ sizes: [1, 2, 2], hidden: "sigmoid", output: "softmax", init: "zeros" });
    model.weights[0]?.set([10, 0.1]); // unit 0: |z| = 10 (σ' ≈ 4.5e-5), unit 1: |z| = 0.1 (σ' ≈ 0.25)
    model.weights[1]?.set([0, 0, 0, 0]);
    expect(saturationFraction(model, [[1], [-1]])).toEqual([0.5, 0]);
    model.biases[1]?.set([1000, -1000]);
    expect(saturationFraction(model, [[1]])).toEqual([0.5, 1]);
    expect(stuckAtBoundFraction(model, [[1]])).toEqual([1, 1]); // p rounds to exactly 1 and 0
    expect(saturationFraction(model, [[1]], { threshold: 1e-6 })).toEqual([0, 1]);
  });

  it("a ReLU head is stuck where z <= 0; an identity head never is", () => {
    const relu = createMlp({ sizes: [1, 1], output: "relu", init: "zeros" });
    relu.weights[0]?.set([1]);
    expect(stuckAtBoundFraction(relu, [[-1], [0], [1], [2]])).toEqual([0.5]);
    expect(stuckAtBoundFraction(createMlp({ sizes: [1, 1], init: "zeros" }), [[0]])).toEqual([0]);
  });

  it("rejects a non-positive threshold", () => {
    expect(() =>
      saturationFraction(createMlp({ sizes: [1, 1] }), [[0]], { threshold: 0 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: saturationFraction: threshold must be a finite number > 0; got 0.]`,
    );
  });
});
