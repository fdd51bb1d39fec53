import { describe, expect, it } from "vitest";
import { createMlp } from "./createMlp.js";

const std = (w: Float64Array) => Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);

describe("createMlp", () => {
  it("createMlp({ sizes: [2, 16, 3] }) makes one row-major weight matrix and zero bias per layer", () => {
    const model = createMlp({ sizes: [2, 16, 3], output: "softmax" });
    expect(model.weights.map((w) => w.length)).toEqual([32, 48]);
    expect(model.biases.map((b) => [...b])).toEqual([new Array(16).fill(0), [0, 0, 0]]);
    expect([model.hidden, model.output, model.init, model.seed]).toEqual(["relu", "softmax", "he", 0]);
  });

  it('init "he" has std √(2 / fanIn); "xavier" stays within ±√(6 / (fanIn + fanOut)); "zeros" is all 0', () => {
    const he = createMlp({ sizes: [200, 100, 1], seed: 1 });
    expect(std(he.weights[0] as Float64Array)).toBeCloseTo(Math.sqrt(2 / 200), 2);
    const xavier = createMlp({ sizes: [200, 100, 1], init: "xavier", seed: 1 });
    const limit = Math.sqrt(6 / 300);
    const w = xavier.weights[0] as Float64Array;
    expect(w.every((v) => Math.abs(v) <= limit)).toBe(true);
    expect(std(w)).toBeCloseTo(limit / Math.sqrt(3), 2); // std of U(−a, a) is a/√3
    expect(createMlp({ sizes: [3, 2], init: "zeros" }).weights[0]).toEqual(new Float64Array(6));
  });

  it("the same seed gives the same weights; another seed others", () => {
    expect(createMlp({ sizes: [2, 8, 1], seed: 3 }).weights).toStrictEqual(
      createMlp({ sizes: [2, 8, 1], seed: 3 }).weights,
    );
    expect(createMlp({ sizes: [2, 8, 1], seed: 3 }).weights).not.toEqual(
      createMlp({ sizes: [2, 8, 1], seed: 4 }).weights,
    );
  });

  it("resolves activation options against the registry's defaults; negated heads keep their name", () => {
    const model = createMlp({
      sizes: [1, 2, 1],
      hidden: "leakyRelu",
      hiddenOptions: { negativeSlope: 0.2 },
      output: "-softplus",
    });
    expect(model.hiddenOptions).toEqual({ negativeSlope: 0.2 });
    expect(model.output).toBe("-softplus");
    expect(model.outputOptions).toEqual({ beta: 1, threshold: 20 });
  });

  it("rejects unknown names, bad sizes and bad options", () => {
    expect(() => createMlp({ sizes: [2, 4, 1], hidden: "rectifier" as never })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: createMlp: hidden must be one of "identity" | "relu" | "relu6" | "leakyRelu" | "elu" | "selu" | "celu" | "gelu" | "silu" | "swish" | "mish" | "softplus" | "softsign" | "sigmoid" | "logSigmoid" | "hardSigmoid" | "hardSwish" | "hardTanh" | "tanh"; got "rectifier".]`,
    );
    expect(() => createMlp({ sizes: [2, 4, 1], output: "-softmax" as never })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: createMlp: output must be "softmax", an activation name or one negated with a leading "-" (e.g. "-softplus"); got "-softmax".]`,
    );
    expect(() => createMlp({ sizes: [2] })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: createMlp: sizes must list at least an input and an output layer; got [2].]`,
    );
    expect(() => createMlp({ sizes: [2, 0, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: createMlp: sizes[1] must be an integer >= 1; got 0.]`,
    );
    expect(() => createMlp({ sizes: [2, 1], output: "softmax" })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: createMlp: sizes must end in at least 2 units for output "softmax" (a 1-unit softmax is always 1; use "sigmoid"); got 1.]`,
    );
    expect(() => createMlp({ sizes: [2, 1], init: "glorot" as never })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: createMlp: init must be one of "he" | "xavier" | "zeros"; got "glorot".]`,
    );
    expect(() =>
      createMlp({ sizes: [2, 1], hidden: "elu", hiddenOptions: { alpha: "1" } }),
    ).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: elu: alpha must be a finite number; got "1".]`);
    expect(() => createMlp({ sizes: [2, 1], activation: "relu" } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: createMlp: each option name must be one of "sizes" | "hidden" | "hiddenOptions" | "output" | "outputOptions" | "init" | "seed"; got "activation".]`,
    );
  });
});
