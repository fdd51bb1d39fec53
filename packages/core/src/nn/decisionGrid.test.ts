import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activationNames } from "../activations/index.js";
import { makeMoons } from "../data/makeMoons.js";
import type { OutputActivation } from "./_types.js";
import { createMlp } from "./createMlp.js";
import { decisionGrid } from "./decisionGrid.js";
import { fit } from "./fit.js";
import { gridBounds } from "./gridBounds.js";
import { predict } from "./predict.js";
import { predictGrid } from "./predictGrid.js";

const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
const argmax = (v: number[]) => v.reduce((best, x, c) => (x > (v[best] as number) ? c : best), 0);

/** A random classifier with 2 inputs: its hidden activation, head, width, depth and seed. */
const classifier = fc.record({
  hidden: fc.constantFrom(...activationNames),
  output: fc.constantFrom<OutputActivation>("softmax", "sigmoid"),
  width: fc.integer({ min: 1, max: 6 }),
  depth: fc.integer({ min: 0, max: 2 }),
  k: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer({ min: 0, max: 1000 }),
});

type Classifier = typeof classifier extends fc.Arbitrary<infer T> ? T : never;

const model = (c: Classifier) =>
  createMlp({
    sizes: [2, ...new Array<number>(c.depth).fill(c.width), c.output === "softmax" ? Math.max(2, c.k) : c.k],
    hidden: c.hidden,
    output: c.output,
    seed: c.seed,
  });

/** A finite range [min, max] with min < max, of widths from 1e-3 to 1e3. */
const range = fc
  .tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }))
  .map(([min, width]): [number, number] => [min, min + width]);

const steps = fc.oneof(
  fc.integer({ min: 2, max: 9 }),
  fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 9 })),
);

describe("decisionGrid", () => {
  it("a sigmoid unit p = σ(x) by hand: columns left of 0 are class 0, right of it class 1", () => {
    const m = createMlp({ sizes: [2, 1], output: "sigmoid", init: "zeros" });
    m.weights[0]?.set([1, 0]);
    const g = decisionGrid(m, { x: [-3, 3], y: [0, 1], steps: [3, 2] });
    expect(g.x).toEqual([-2, 0, 2]);
    expect(g.y).toEqual([0.25, 0.75]);
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    expect(g.probabilities).toEqual([
      [
        [s(2), 0.5, s(-2)],
        [s(2), 0.5, s(-2)],
      ],
      [
        [s(-2), 0.5, s(2)],
        [s(-2), 0.5, s(2)],
      ],
    ]);
    // p = 0.5 exactly is a tie, and a tie goes to the first class (predict's p > 0.5 says class 0 too).
    expect(g.classes).toEqual([
      [0, 0, 1],
      [0, 0, 1],
    ]);
    expect(g.confidence).toEqual([
      [s(2), 0.5, s(2)],
      [s(2), 0.5, s(2)],
    ]);
    expect(g.labelCount).toEqual([
      [1, 0, 1],
      [1, 0, 1],
    ]);
  });

  it("softmax logits [x, y, 0] by hand: each cell's probabilities and the region of the largest logit", () => {
    const m = createMlp({ sizes: [2, 3], output: "softmax", init: "zeros" });
    m.weights[0]?.set([1, 0, 0, 1, 0, 0]);
    const g = decisionGrid(m, { x: [-2, 2], y: [-2, 2], steps: 2 }); // centres −1 and 1 on both axes
    const e = Math.E;
    const at = (j: number, i: number) => g.probabilities.map((map) => map[j]?.[i]);
    // at (−1, −1) the logits are [−1, −1, 0]; at (−1, 1) they are [−1, 1, 0]
    expect(at(0, 0)).toEqual([1 / (2 + e), 1 / (2 + e), e / (2 + e)].map((v) => expect.closeTo(v, 15)));
    const d = 1 + e + e * e;
    expect(at(1, 0)).toEqual([1 / d, (e * e) / d, e / d].map((v) => expect.closeTo(v, 15)));
    expect(g.classes).toEqual([
      [2, 0],
      [1, 0], // at (1, 1) logits [1, 1, 0] tie: the first class
    ]);
    // where two logits tie at 1, neither class reaches 0.5: e/(2e + 1) ≈ 0.42
    expect(g.labelCount).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it("σ(−z) keeps the probability of class 0 where 1 − σ(z) would round to 0", () => {
    const m = createMlp({ sizes: [2, 1], output: "sigmoid", init: "zeros" });
    m.biases[0]?.set([40]);
    const p0 = decisionGrid(m, { x: [0, 1], y: [0, 1], steps: 2 }).probabilities[0]?.[0]?.[0] as number;
    expect(p0).toBeCloseTo(Math.exp(-40), 30);
    expect(p0).toBeGreaterThan(0);
  });

  it("every cell's probabilities sum to 1 (softmax, and a one-output sigmoid's [1 − p, p])", () => {
    fc.assert(
      fc.property(classifier, range, range, steps, (c, x, y, s) => {
        const m = model(c);
        const binary = c.output === "sigmoid" && c.k === 1;
        fc.pre(c.output === "softmax" || binary);
        const g = decisionGrid(m, { x, y, steps: s });
        for (let j = 0; j < g.y.length; j++) {
          for (let i = 0; i < g.x.length; i++) {
            expect(sum(g.probabilities.map((map) => map[j]?.[i] as number))).toBeCloseTo(1, 14);
          }
        }
      }),
    );
  });

  it("classes, confidence and labelCount agree with predict() at every cell centre", () => {
    fc.assert(
      fc.property(classifier, range, range, steps, (c, x, y, s) => {
        const m = model(c);
        const g = decisionGrid(m, { x, y, steps: s });
        const points = g.y.flatMap((yj) => g.x.map((xi) => [xi, yj]));
        const rows = predict(m, points);
        const binary = c.output === "sigmoid" && c.k === 1;
        rows.forEach((row, s) => {
          const j = Math.floor(s / g.x.length);
          const i = s % g.x.length;
          const p = row[0] as number;
          const cls = binary ? (p > 0.5 ? 1 : 0) : argmax(row);
          expect(g.classes[j]?.[i]).toBe(cls);
          expect(g.confidence[j]?.[i]).toBe(g.probabilities[cls]?.[j]?.[i]);
          if (binary) expect(g.probabilities[1]?.[j]?.[i]).toBe(p);
          else {
            expect(g.probabilities.map((map) => map[j]?.[i])).toEqual(row);
            expect(g.labelCount[j]?.[i]).toBe(row.filter((v) => v > 0.5).length);
          }
        });
      }),
    );
  });

  it("the axes are the cell centres of [min, max]: increasing, evenly spaced, half a cell inside each bound", () => {
    fc.assert(
      fc.property(range, range, steps, ([x0, x1], [y0, y1], s) => {
        const m = createMlp({ sizes: [2, 2], output: "softmax", seed: 0 });
        const g = decisionGrid(m, { x: [x0, x1], y: [y0, y1], steps: s });
        const [nx, ny] = typeof s === "number" ? [s, s] : s;
        for (const [axis, min, max, n] of [
          [g.x, x0, x1, nx],
          [g.y, y0, y1, ny],
        ] as const) {
          const cell = (max - min) / n;
          const tol = 1e-12 * Math.max(Math.abs(min), Math.abs(max), cell);
          expect(axis).toHaveLength(n);
          axis.forEach((v, i) => {
            expect(Math.abs(v - (min + (i + 0.5) * cell))).toBeLessThanOrEqual(tol);
            if (i > 0) expect(v).toBeGreaterThan(axis[i - 1] as number);
          });
          expect(Math.abs((axis[0] as number) - cell / 2 - min)).toBeLessThanOrEqual(tol);
          expect(Math.abs((axis.at(-1) as number) + cell / 2 - max)).toBeLessThanOrEqual(tol);
        }
        for (const map of [g.classes, g.confidence, g.labelCount, ...g.probabilities]) {
          expect(map).toHaveLength(ny);
          for (const row of map) expect(row).toHaveLength(nx);
        }
      }),
    );
  });

  it("a symmetric range gives a symmetric axis", () => {
    const g = decisionGrid(createMlp({ sizes: [2, 2], output: "softmax" }), { x: [-1.7, 1.7], y: [-3, 3], steps: 7 });
    expect(g.x.map((v, i) => v + (g.x[g.x.length - 1 - i] as number))).toEqual(new Array(7).fill(0));
    expect(g.x[3]).toBe(0);
  });

  it("draws the regions of a network trained on moons: each class owns a region", () => {
    const { X, y } = makeMoons({ nSamples: 200, noise: 0.1, seed: 0 });
    const m = createMlp({ sizes: [2, 16, 16, 2], output: "softmax", seed: 0 });
    fit(m, X, y, { loss: "crossEntropy", optimizer: "adam", learningRate: 0.01, epochs: 100, seed: 0 });
    const g = decisionGrid(m, { ...gridBounds(X), steps: 32 });
    const share = sum(g.classes.flat()) / (32 * 32);
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.8);
  });

  it("rejects heads without probabilities, models without 2 inputs and malformed grids", () => {
    const softmax = createMlp({ sizes: [2, 3], output: "softmax" });
    const ok = { x: [0, 1], y: [0, 1], steps: 4 } as const;
    expect(() => decisionGrid(createMlp({ sizes: [2, 1] }), ok)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: model.output must be "softmax" | "sigmoid"; got "identity" (for other heads, predictGrid gives the outputs).]`,
    );
    expect(() => decisionGrid(createMlp({ sizes: [3, 2], output: "softmax" }), ok)).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: decisionGrid: model must have 2 inputs (sizes[0]) to be evaluated on a plane; got sizes [3, 2].]`,
    );
    expect(() => decisionGrid(softmax, { ...ok, steps: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: grid.steps must be an integer >= 2 or [nx, ny] of integers >= 2; got 1.]`,
    );
    expect(() => decisionGrid(softmax, { ...ok, steps: 2.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: grid.steps must be an integer >= 2 or [nx, ny] of integers >= 2; got 2.5.]`,
    );
    expect(() => decisionGrid(softmax, { ...ok, steps: [4, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: grid.steps must be an integer >= 2 or [nx, ny] of integers >= 2; got [4, 1].]`,
    );
    expect(() => decisionGrid(softmax, { ...ok, x: [1, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: grid.x must be [min, max] with finite min < max; got [1, 1].]`,
    );
    expect(() => decisionGrid(softmax, { ...ok, x: [2, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: grid.x must be [min, max] with finite min < max; got [2, 1].]`,
    );
    expect(() => decisionGrid(softmax, { ...ok, y: [0, Number.POSITIVE_INFINITY] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: grid.y must be [min, max] with finite min < max; got [0, Infinity].]`,
    );
    expect(() => decisionGrid(softmax, { ...ok, y: [Number.NaN, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: grid.y must be [min, max] with finite min < max; got [NaN, 1].]`,
    );
    expect(() =>
      decisionGrid(softmax, { ...ok, x: [0, 1, 2] as unknown as [number, number] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: grid.x must be [min, max] with finite min < max; got [0, 1, 2].]`,
    );
    expect(() => decisionGrid(softmax, { ...ok, step: 4 } as unknown as typeof ok)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: each key of grid must be one of "x" | "y" | "steps"; got "step".]`,
    );
    expect(() => decisionGrid(softmax, undefined as unknown as typeof ok)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: decisionGrid: grid must be an object { x: [min, max], y: [min, max], steps }; got undefined.]`,
    );
  });
});

describe("predictGrid", () => {
  it("ŷ = x − y by hand", () => {
    const m = createMlp({ sizes: [2, 1], init: "zeros" });
    m.weights[0]?.set([1, -1]);
    expect(predictGrid(m, { x: [0, 4], y: [0, 2], steps: 2 })).toEqual({
      x: [1, 3],
      y: [0.5, 1.5],
      outputs: [
        [
          [0.5, 2.5],
          [-0.5, 1.5],
        ],
      ],
    });
  });

  it("equals predict() at every cell centre, for any head", () => {
    const heads: OutputActivation[] = ["identity", "softmax", "sigmoid", "-softplus", "relu", "tanh"];
    fc.assert(
      fc.property(
        fc.constantFrom(...heads),
        fc.integer({ min: 2, max: 3 }),
        range,
        range,
        steps,
        (output, k, x, y, s) => {
          const m = createMlp({ sizes: [2, 5, k], output, seed: k });
          const g = predictGrid(m, { x, y, steps: s });
          const rows = predict(
            m,
            g.y.flatMap((yj) => g.x.map((xi) => [xi, yj])),
          );
          expect(g.outputs).toEqual(
            Array.from({ length: k }, (_, u) => g.y.map((_, j) => g.x.map((_, i) => rows[j * g.x.length + i]?.[u]))),
          );
        },
      ),
    );
  });

  it("rejects a model without 2 inputs", () => {
    expect(() =>
      predictGrid(createMlp({ sizes: [1, 1] }), { x: [0, 1], y: [0, 1], steps: 2 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: predictGrid: model must have 2 inputs (sizes[0]) to be evaluated on a plane; got sizes [1, 1].]`,
    );
  });
});

describe("gridBounds", () => {
  it("widens the data's extent by 10% on each side, and a constant axis to ± 0.5 first", () => {
    expect(
      gridBounds([
        [0, 10],
        [2, 20],
        [1, 15],
      ]),
    ).toEqual({ x: [-0.2, 2.2], y: [9, 21] });
    expect(gridBounds([[1, 5]], { margin: 0 })).toEqual({ x: [0.5, 1.5], y: [4.5, 5.5] });
    expect(gridBounds([[1, 5]], { margin: 0.5 })).toEqual({ x: [0, 2], y: [4, 6] });
  });

  it("contains every point, with a margin of at least `margin` times the extent on each side", () => {
    const point = fc.tuple(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (X, margin) => {
          const b = gridBounds(X, { margin });
          for (const [axis, d] of [
            [b.x, 0],
            [b.y, 1],
          ] as const) {
            const values = X.map((p) => p[d]);
            const lo = Math.min(...values);
            const hi = Math.max(...values);
            expect(axis[0]).toBeLessThan(axis[1]);
            expect(axis[0]).toBeLessThanOrEqual(lo);
            expect(axis[1]).toBeGreaterThanOrEqual(hi);
            if (lo < hi) {
              expect(axis[0]).toBeCloseTo(lo - margin * (hi - lo), 6);
              expect(axis[1]).toBeCloseTo(hi + margin * (hi - lo), 6);
            }
          }
        },
      ),
    );
  });

  it("rejects rows that are not points of the plane, non-finite values and bad margins", () => {
    expect(() => gridBounds([[1, 2, 3]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: gridBounds: X must have rows of length 2 (a point of the plane); got length 3 at X[0].]`,
    );
    expect(() => gridBounds([[1, Number.NaN]])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: gridBounds: X must hold finite numbers (no NaN or Infinity); got NaN at X[0][1].]`,
    );
    expect(() => gridBounds([])).toThrowErrorMatchingInlineSnapshot(
      `[EmptyInputError: gridBounds: X must not be empty; got 0 samples.]`,
    );
    expect(() => gridBounds([[1, 2]], { margin: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: gridBounds: margin must be a finite number >= 0; got -1.]`,
    );
    expect(() => gridBounds([[1, 2]], { pad: 1 } as unknown as { margin: number })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: gridBounds: each option name must be one of "margin"; got "pad".]`,
    );
  });
});
