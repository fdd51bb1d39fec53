import { describe, expect, it } from "vitest";
import { makeBlobs } from "../data/makeBlobs.js";
import { makeMoons } from "../data/makeMoons.js";
import { makeRegression } from "../data/makeRegression.js";
import { createMlp } from "./createMlp.js";
import { fit } from "./fit.js";
import { predict } from "./predict.js";
import { stuckAtBoundFraction } from "./stuckAtBoundFraction.js";

const argmax = (row: number[]) => row.indexOf(Math.max(...row));
const blobs = makeBlobs({
  nSamples: 150,
  centers: [
    [-5, -5],
    [5, -5],
    [0, 5],
  ],
  seed: 1,
});

describe("fit: known outcomes", () => {
  it("a [2, 16, 3] ReLU network with a softmax head reaches >= 0.95 accuracy on well separated blobs", () => {
    const model = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "softmax", seed: 1 });
    const history = fit(model, blobs.X, blobs.y, { loss: "crossEntropy", epochs: 30, learningRate: 0.01 });
    const accuracy = predict(model, blobs.X).filter((row, i) => argmax(row) === blobs.y[i]).length / blobs.y.length;
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
    expect(history.metricName).toBe("accuracy");
    expect(history.metric.at(-1)).toBeGreaterThanOrEqual(0.95);
    expect(history.loss.at(-1)).toBeLessThan(history.loss[0] as number);
  });

  it("a ReLU output on all-negative targets gets stuck predicting 0, while identity and -softplus heads fit them", () => {
    const { X, y } = makeRegression({ nSamples: 100, nFeatures: 2, nInformative: 2, bias: -500, noise: 5 });
    const targets = y.map((v) => v / 100);
    expect(targets.every((v) => v < 0)).toBe(true);
    const train = (output: "relu" | "identity" | "-softplus") => {
      const model = createMlp({ sizes: [2, 16, 1], output, seed: 0 });
      const history = fit(model, X, targets, { loss: "mse", epochs: 200, learningRate: 0.01 });
      return { model, r2: history.metric.at(-1) as number };
    };
    const relu = train("relu");
    expect(
      predict(relu.model, X)
        .flat()
        .every((v) => v === 0),
    ).toBe(true);
    expect(stuckAtBoundFraction(relu.model, X)).toEqual([1]);
    expect(relu.r2).toBeLessThan(0);
    for (const output of ["identity", "-softplus"] as const) expect(train(output).r2, output).toBeGreaterThan(0.95);
  });

  it("the same seed gives the same history and weights, bit for bit", () => {
    const run = () => {
      const model = createMlp({ sizes: [2, 8, 3], hidden: "tanh", output: "softmax", seed: 4 });
      const history = fit(model, blobs.X, blobs.y, {
        loss: "crossEntropy",
        epochs: 5,
        batchSize: 16,
        seed: 9,
        weightDecay: 1e-3,
      });
      return { history, weights: model.weights };
    };
    const a = run();
    const b = run();
    // toStrictEqual compares numbers with Object.is: equal bit patterns, not just close values.
    expect(a).toStrictEqual(b);
    const other = createMlp({ sizes: [2, 8, 3], hidden: "tanh", output: "softmax", seed: 4 });
    const shuffledOtherwise = fit(other, blobs.X, blobs.y, {
      loss: "crossEntropy",
      epochs: 5,
      batchSize: 16,
      seed: 10,
      weightDecay: 1e-3,
    });
    expect(shuffledOtherwise.loss).not.toEqual(a.history.loss);
  });

  it("multi-label sigmoid heads learn with bceWithLogits and report subset accuracy", () => {
    const { X, y } = makeMoons({ nSamples: 100, noise: 0.05 });
    const labels = y.map((c, i) => [c, (X[i]?.[0] as number) > 0.5 ? 1 : 0]);
    const model = createMlp({ sizes: [2, 16, 2], output: "sigmoid", seed: 3 });
    const history = fit(model, X, labels, { loss: "bceWithLogits", epochs: 200, learningRate: 0.01 });
    expect(history.metric.at(-1)).toBeGreaterThan(0.9);
  });

  it("SGD with momentum learns a line; R² is the metric for mse", () => {
    const X = Array.from({ length: 20 }, (_, i) => [i / 10]);
    const y = X.map(([x]) => 3 * (x as number) - 1);
    const model = createMlp({ sizes: [1, 1], seed: 1 });
    const history = fit(model, X, y, {
      loss: "mse",
      optimizer: "sgd",
      momentum: 0.9,
      learningRate: 0.05,
      epochs: 300,
      batchSize: 20,
    });
    expect(history.metricName).toBe("r2");
    expect(history.metric.at(-1)).toBeGreaterThan(0.9999);
    expect(model.weights[0]?.[0]).toBeCloseTo(3, 3);
    expect(model.biases[0]?.[0]).toBeCloseTo(-1, 3);
  });

  it("one SGD step on one sample is W − lr · ∂L/∂W, and weight decay adds λ·W", () => {
    // ŷ = w·x with w = 1, x = 2, y = 0: L = ŷ², ∂L/∂w = 2·ŷ·x = 8; decay 0.5 adds 0.5 → 8.5.
    const model = createMlp({ sizes: [1, 1], init: "zeros" });
    model.weights[0]?.set([1]);
    fit(model, [[2]], [0], { loss: "mse", optimizer: "sgd", learningRate: 0.1, epochs: 1, weightDecay: 0.5 });
    expect(model.weights[0]?.[0]).toBeCloseTo(1 - 0.1 * 8.5, 15);
    expect(model.biases[0]?.[0]).toBeCloseTo(0 - 0.1 * 4, 15); // biases are not decayed: ∂L/∂b = 2·ŷ = 4
  });

  it("onEpoch sees the history grow and can stop training by returning false", () => {
    const seen: number[] = [];
    const model = createMlp({ sizes: [2, 4, 3], output: "softmax" });
    const history = fit(model, blobs.X, blobs.y, {
      loss: "crossEntropy",
      epochs: 10,
      onEpoch: (epoch, h) => {
        seen.push(h.loss.length);
        return epoch < 2;
      },
    });
    expect(seen).toEqual([1, 2, 3]);
    expect([history.epochs, history.stoppedEarly, history.loss.length]).toEqual([3, true, 3]);
  });
});

describe("fit: bad input", () => {
  const model = createMlp({ sizes: [2, 4, 3], output: "softmax" });
  const X = [
    [0, 1],
    [1, 0],
  ];
  const opts = { loss: "crossEntropy", epochs: 1 } as const;

  it("rejects shapes that do not match the layer sizes", () => {
    expect(() => fit(model, [[0, 1, 2]], [0], opts)).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: fit: X must have rows of length 2 (the input layer, sizes[0]); got length 3 at X[0].]`,
    );
    expect(() => fit(model, X, [0], opts)).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: fit: X and y must have the same number of samples; got 2 and 1.]`,
    );
    const regressor = createMlp({ sizes: [2, 2] });
    expect(() => fit(regressor, X, [1, 2], { loss: "mse", epochs: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: fit: y must have rows of 2 targets (the output layer); got a number at y[0].]`,
    );
    expect(() =>
      fit(
        regressor,
        X,
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        { loss: "mse", epochs: 1 },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: fit: y must have rows of 2 targets (the output layer); got length 3 at y[0].]`,
    );
  });

  it("rejects labels out of range for the output", () => {
    expect(() => fit(model, X, [0, 3], opts)).toThrowErrorMatchingInlineSnapshot(
      `[LabelError: fit: y must hold class indices in [0, 2] for 3 output units; got 3 at y[1].]`,
    );
    expect(() => fit(model, X, [0, 1.5], opts)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: y must hold class indices (integers) for loss "crossEntropy"; got 1.5 at y[1].]`,
    );
    const tagger = createMlp({ sizes: [2, 2], output: "sigmoid" });
    expect(() =>
      fit(
        tagger,
        X,
        [
          [0, 1],
          [2, 0],
        ],
        { loss: "bceWithLogits", epochs: 1 },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[LabelError: fit: y must hold 0/1 labels for loss "bceWithLogits"; got 2 at y[1][0].]`,
    );
  });

  it("rejects NaN and Infinity in the data", () => {
    expect(() => fit(model, [[0, Number.NaN]], [0], opts)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: X must hold finite numbers (no NaN or Infinity); got NaN at X[0][1].]`,
    );
    const regressor = createMlp({ sizes: [2, 1] });
    expect(() =>
      fit(regressor, X, [1, Number.POSITIVE_INFINITY], { loss: "mse", epochs: 1 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: y must hold finite numbers; got Infinity at y[1].]`,
    );
  });

  it("rejects a loss that does not suit the output", () => {
    expect(() => fit(model, X, [0, 1], { loss: "mse", epochs: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: loss must be "crossEntropy" for output "softmax"; got "mse" (a softmax head is trained with "crossEntropy").]`,
    );
    const reluHead = createMlp({ sizes: [2, 2], output: "relu" });
    expect(() => fit(reluHead, X, [0, 1], { loss: "crossEntropy", epochs: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: loss must be "mse" for output "relu"; got "crossEntropy" (cross-entropy needs a "softmax" head, or "identity" for raw logits).]`,
    );
    expect(() => fit(model, X, [0, 1], { loss: "hinge" as never, epochs: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: loss must be one of "mse" | "bceWithLogits" | "crossEntropy"; got "hinge".]`,
    );
  });

  it("rejects a non-positive learning rate and other bad option values", () => {
    expect(() => fit(model, X, [0, 1], { ...opts, learningRate: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: learningRate must be a finite number > 0; got 0.]`,
    );
    expect(() => fit(model, X, [0, 1], { ...opts, learningRate: -0.1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: learningRate must be a finite number > 0; got -0.1.]`,
    );
    expect(() => fit(model, X, [0, 1], { ...opts, epochs: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: epochs must be an integer >= 1; got 0.]`,
    );
    expect(() => fit(model, X, [0, 1], { ...opts, batchSize: 2.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: batchSize must be an integer >= 1; got 2.5.]`,
    );
    expect(() => fit(model, X, [0, 1], { ...opts, optimizer: "rmsprop" as never })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: optimizer must be one of "sgd" | "adam"; got "rmsprop".]`,
    );
    expect(() => fit(model, X, [0, 1], { ...opts, momentum: 0.9 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: momentum must be absent for optimizer "adam"; got 0.9.]`,
    );
    expect(() => fit(model, X, [0, 1], { ...opts, optimizer: "sgd", momentum: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: momentum must be a finite number in [0, 1); got 1.]`,
    );
    expect(() => fit(model, X, [0, 1], { ...opts, weightDecay: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: weightDecay must be a finite number >= 0; got -1.]`,
    );
    expect(() => fit(model, X, [0, 1], { ...opts, lr: 0.1 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: each option name must be one of "loss" | "epochs" | "optimizer" | "learningRate" | "batchSize" | "seed" | "shuffle" | "weightDecay" | "momentum" | "beta1" | "beta2" | "epsilon" | "onEpoch"; got "lr".]`,
    );
    expect(() => fit(model, X, [0, 1], { epochs: 1 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fit: loss must be one of "mse" | "bceWithLogits" | "crossEntropy"; got undefined.]`,
    );
  });
});
