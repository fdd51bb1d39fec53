import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../test/close.js";
import { torchFixtures } from "../../test/torchFixtures.js";
import { sigmoid } from "../activations/index.js";
import { EmptyInputError, ShapeError } from "../errors.js";
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  crossEntropy,
  huberLoss,
  meanAbsoluteError,
  meanSquaredError,
} from "./index.js";

type AnyLoss = (yTrue: unknown, yPred: unknown, options?: object) => unknown;
const losses: Record<string, AnyLoss> = {
  meanSquaredError,
  meanAbsoluteError,
  huberLoss,
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  crossEntropy,
} as Record<string, AnyLoss>;

describe("losses match PyTorch float64 (fixtures/torch.json)", () => {
  const seen = new Set<string>();
  for (const c of torchFixtures.losses) {
    const shape = Array.isArray(c.yPred[0]) ? "matrix" : "vector";
    const target = c.fn === "crossEntropy" ? (Array.isArray(c.yTrue[0]) ? "probabilities" : "indices") : shape;
    const label = `${c.fn}(${target}, ${JSON.stringify(c.options)})`;
    const name = seen.has(label) ? `${label} #2` : label;
    seen.add(label);
    it(name, () => expectClose((losses[c.fn] as AnyLoss)(c.yTrue, c.yPred, c.options), c.expected));
  }
});

describe("by hand", () => {
  it("binaryCrossEntropy clamps log at -100 as torch: p = 0 for a positive costs 100", () => {
    expect(binaryCrossEntropy([1], [0])).toBe(100);
    expect(binaryCrossEntropy([0], [0])).toBe(0);
  });

  it("binaryCrossEntropyWithLogits([1], [-1000]) is 1000, not Infinity", () => {
    expect(binaryCrossEntropyWithLogits([1], [-1000])).toBe(1000);
  });

  it("crossEntropy([0], [[1000, -1000]]) is 0 and stays finite the other way round", () => {
    expect(crossEntropy([0], [[1000, -1000]])).toBe(0);
    expect(crossEntropy([1], [[1000, -1000]])).toBe(2000);
  });

  it("reduction none keeps the input's shape", () => {
    expect(meanSquaredError([[1, 2]], [[0, 0]], { reduction: "none" })).toEqual([[1, 4]]);
    expect(meanAbsoluteError(new Float64Array([1, 2]), new Float64Array([0, 0]), { reduction: "none" })).toEqual([
      1, 2,
    ]);
    expect(
      crossEntropy(
        [0, 1],
        [
          [0, 0],
          [0, 0],
        ],
        { reduction: "none" },
      ),
    ).toEqual([Math.LN2, Math.LN2]);
  });

  it("NaN flows through", () => {
    expect(meanSquaredError([1, 2], [Number.NaN, 2])).toBeNaN();
    expect(binaryCrossEntropy([1, 0], [Number.NaN, 0.5])).toBeNaN();
    expect(crossEntropy([0], [[Number.NaN, 1]])).toBeNaN();
  });
});

describe("properties", () => {
  const logits = fc.double({ min: -30, max: 30, noNaN: true });

  it("binaryCrossEntropyWithLogits(y, x) = binaryCrossEntropy(y, sigmoid(x)) where sigmoid does not saturate", () => {
    // |x| ≤ 10 keeps 1 − σ(x) ≥ 4.5e-5, so rounding σ(x) costs binaryCrossEntropy < 1e-11 relative.
    const moderate = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(0, 1), moderate), { minLength: 1, maxLength: 20 }), (pairs) => {
        const y = pairs.map(([t]) => t);
        const x = pairs.map(([, v]) => v);
        const a = binaryCrossEntropyWithLogits(y, x);
        const b = binaryCrossEntropy(y, sigmoid(x));
        return Math.abs(a - b) <= 1e-9 * Math.max(1, a);
      }),
    );
  });

  it("crossEntropy with one-hot probability rows equals crossEntropy with class indices", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(logits, { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 2 })), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.constantFrom(0, 0.1, 0.5),
        (rows, eps) => {
          const x = rows.map(([r]) => r);
          const idx = rows.map(([, k]) => k);
          const oneHot = idx.map((k) => [0, 1, 2].map((c) => (c === k ? 1 : 0)));
          const a = crossEntropy(idx, x, { labelSmoothing: eps });
          const b = crossEntropy(oneHot, x, { labelSmoothing: eps });
          return Math.abs(a - b) <= 1e-12 * Math.max(1, a);
        },
      ),
    );
  });

  it("the sum is the mean times the number of elements", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(logits, logits), { minLength: 1, maxLength: 30 }), (pairs) => {
        const t = pairs.map(([a]) => a);
        const p = pairs.map(([, b]) => b);
        const mean = huberLoss(t, p);
        const total = huberLoss(t, p, { reduction: "sum" });
        return Math.abs(total - mean * t.length) <= 1e-9 * Math.max(1, total);
      }),
    );
  });
});

describe("bad input throws typed errors", () => {
  it("shapes that differ", () => {
    expect(() => meanSquaredError([1, 2], [1])).toThrow(ShapeError);
    expect(() => meanSquaredError([1, 2], [1])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: meanSquaredError: yTrue and yPred must have the same shape; got [2] and [1].]`,
    );
    expect(() => meanAbsoluteError([[1, 2]], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: meanAbsoluteError: yTrue and yPred must have the same shape; got [1, 2] and [2].]`,
    );
    expect(() => crossEntropy([0, 1], [[1, 2]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: crossEntropy: yTrue and logits must have the same number of samples; got 2 and 1.]`,
    );
    expect(() => crossEntropy([[1, 0]], [[1, 2, 3]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: crossEntropy: probability targets must have the shape of logits; got [1, 2] and [1, 3].]`,
    );
    expect(() =>
      binaryCrossEntropyWithLogits([[1, 0]], [[1, 2]], { posWeight: [1, 2, 3] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: binaryCrossEntropyWithLogits: posWeight must have one weight per column of logits (2); got 3 weights.]`,
    );
  });

  it("empty input", () => {
    expect(() => meanSquaredError([], [])).toThrow(EmptyInputError);
    expect(() => meanSquaredError([], [])).toThrowErrorMatchingInlineSnapshot(
      `[EmptyInputError: meanSquaredError: yTrue must not be empty; got 0 elements.]`,
    );
    expect(() => crossEntropy([], [])).toThrowErrorMatchingInlineSnapshot(
      `[EmptyInputError: crossEntropy: logits must not be empty; got 0 elements.]`,
    );
  });

  it("values PyTorch rejects", () => {
    expect(() => binaryCrossEntropy([1, 0], [0.5, 1.5])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: binaryCrossEntropy: yPred[1] must be a probability in [0, 1]; got 1.5.]`,
    );
    expect(() => binaryCrossEntropy([[1], [0]], [[0.5], [-0.1]])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: binaryCrossEntropy: yPred[1][0] must be a probability in [0, 1]; got -0.1.]`,
    );
    expect(() => huberLoss([1], [1], { delta: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: huberLoss: delta must be a finite number > 0; got 0.]`,
    );
    expect(() =>
      crossEntropy(
        [0, 3],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: crossEntropy: yTrue[1] must be a class index, an integer in [0, 1]; got 3.]`,
    );
    expect(() => crossEntropy([0.5], [[1, 2]])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: crossEntropy: yTrue[0] must be a class index, an integer in [0, 1]; got 0.5.]`,
    );
    expect(() => crossEntropy([0], [[1, 2]], { labelSmoothing: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: crossEntropy: labelSmoothing must be a finite number in [0, 1]; got 1.5.]`,
    );
  });

  it("invalid options and arguments", () => {
    expect(() => meanSquaredError([1], [1], { reduction: "avg" as "mean" })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: meanSquaredError: reduction must be one of "mean" | "sum" | "none"; got "avg".]`,
    );
    expect(() => huberLoss([1], [1], { delat: 2 } as object)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: huberLoss: option names must be one of "reduction" | "delta"; got "delat".]`,
    );
    expect(() => crossEntropy([0], [1, 2] as unknown as number[][])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: crossEntropy: logits must be a matrix (one row of class scores per sample); got [1, 2].]`,
    );
    expect(() => crossEntropy([0], [[]])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: crossEntropy: logits must be a matrix with at least one column (class); got [[]].]`,
    );
    expect(() => meanSquaredError([1, "2"] as unknown as number[], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: meanSquaredError: yTrue[1] must be a number; got "2".]`,
    );
    expect(() => binaryCrossEntropyWithLogits([1], [1], { posWeight: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: binaryCrossEntropyWithLogits: posWeight must be a finite number; got NaN.]`,
    );
  });
});
