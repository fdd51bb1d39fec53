import { describe, expect, it } from "vitest";
import { createMlp } from "./createMlp.js";
import { predict, predictProba } from "./predict.js";

const X = [
  [0.5, -1],
  [2, 3],
  [-4, 1],
];

describe("predict", () => {
  it("computes z = W x + b by hand for a 2 → 1 identity network", () => {
    const model = createMlp({ sizes: [2, 1], init: "zeros" });
    model.weights[0]?.set([2, -1]);
    model.biases[0]?.set([0.5]);
    expect(predict(model, X)).toEqual([[2.5], [1.5], [-8.5]]);
  });

  it("softmax rows sum to 1; sigmoid outputs lie in (0, 1); a negated head is never positive", () => {
    for (const row of predict(createMlp({ sizes: [2, 5, 4], output: "softmax", seed: 1 }), X)) {
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    }
    for (const v of predict(createMlp({ sizes: [2, 5, 3], output: "sigmoid", seed: 1 }), X).flat()) {
      expect(v > 0 && v < 1).toBe(true);
    }
    const neg = predict(createMlp({ sizes: [2, 5, 1], output: "-softplus", seed: 1 }), X).flat();
    const pos = predict(createMlp({ sizes: [2, 5, 1], output: "softplus", seed: 1 }), X).flat();
    expect(neg).toEqual(pos.map((v) => -v));
    expect(
      predict(createMlp({ sizes: [2, 5, 1], output: "-relu", seed: 2 }), X)
        .flat()
        .every((v) => v <= 0),
    ).toBe(true);
  });

  it("lets NaN flow through to the outputs of its sample only", () => {
    const out = predict(createMlp({ sizes: [2, 3, 1], seed: 1 }), [
      [Number.NaN, 1],
      [1, 1],
    ]);
    expect(out[0]?.[0]).toBeNaN();
    expect(Number.isFinite(out[1]?.[0])).toBe(true);
  });

  it("predictProba returns the probabilities of softmax and sigmoid heads, and refuses other heads", () => {
    const model = createMlp({ sizes: [2, 3], output: "softmax", seed: 1 });
    expect(predictProba(model, X)).toEqual(predict(model, X));
    expect(() => predictProba(createMlp({ sizes: [2, 3] }), X)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: predictProba: model.output must be "softmax" | "sigmoid"; got "identity" (for logits, apply softmax or sigmoid to predict's output).]`,
    );
  });

  it("rejects rows that do not match the input layer, and empty input", () => {
    const model = createMlp({ sizes: [2, 3, 1] });
    expect(() => predict(model, [[1, 2, 3]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: predict: X must have rows of length 2 (the input layer, sizes[0]); got length 3 at X[0].]`,
    );
    expect(() => predict(model, [])).toThrowErrorMatchingInlineSnapshot(
      `[EmptyInputError: predict: X must not be empty; got 0 samples.]`,
    );
    expect(() => predict({ sizes: [2, 1] } as never, X)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: predict: model must be a model from createMlp or mlpFromJSON; got an object.]`,
    );
  });
});
