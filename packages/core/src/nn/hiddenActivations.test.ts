import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../test/close.js";
import { torchFixtures } from "../../test/torchFixtures.js";
import { type ActivationName, activationNames, activations } from "../activations/index.js";
import { makeMoons } from "../data/makeMoons.js";
import type { Mlp } from "./_types.js";
import { createMlp } from "./createMlp.js";
import { deadUnitFraction } from "./deadUnitFraction.js";
import { deadUnits } from "./deadUnits.js";
import { fit } from "./fit.js";
import { hiddenActivationGrid } from "./hiddenActivationGrid.js";
import { hiddenActivations } from "./hiddenActivations.js";
import { mlpFromJSON } from "./mlpFromJSON.js";
import { predict } from "./predict.js";

/**
 * The forward pass written out as in a textbook, one layer at a time on plain arrays, with the registry's
 * public element-wise functions: a = f(W a + b). Independent of the engine's flat loops and workspace.
 */
function manualHidden(model: Mlp, x: number[]): number[][] {
  const f = activations[model.hidden].fn as (v: number[], o?: object) => number[];
  const out: number[][] = [];
  let a = x;
  for (let l = 0; l < model.sizes.length - 2; l++) {
    const nIn = model.sizes[l] as number;
    const W = model.weights[l] as Float64Array;
    const b = model.biases[l] as Float64Array;
    const z = Array.from(b, (bj, j) => a.reduce((s, ai, i) => s + (W[j * nIn + i] as number) * ai, bj));
    a = f(z, model.hiddenOptions);
    out.push(a);
  }
  return out;
}

const net = fc.record({
  hidden: fc.constantFrom<ActivationName>(...activationNames),
  sizes: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }),
  seed: fc.integer({ min: 0, max: 1000 }),
});

describe("hiddenActivations", () => {
  it("relu(x) and relu(−x) by hand", () => {
    const model = createMlp({ sizes: [1, 2, 1], hidden: "relu", init: "zeros" });
    model.weights[0]?.set([1, -1]);
    expect(hiddenActivations(model, [[2], [-3]])).toEqual([
      [
        [2, 0],
        [0, 3],
      ],
    ]);
    expect(hiddenActivations(createMlp({ sizes: [2, 3] }), [[1, 2]])).toEqual([]);
  });

  it(`matches torch.nn.Linear layers and torch activations on fixed weights (torch ${torchFixtures.versions.torch})`, () => {
    expect(torchFixtures.mlp.length).toBeGreaterThan(5);
    for (const { model: json, X, hiddenActivations: expected, outputs } of torchFixtures.mlp) {
      const model = mlpFromJSON(json);
      const label = `${json.hidden} ${JSON.stringify(json.hiddenOptions)} → ${json.output}`;
      expectClose(hiddenActivations(model, X), expected, { rtol: 1e-12 }, label);
      expectClose(predict(model, X), outputs, { rtol: 1e-12 }, `${label} outputs`);
    }
  });

  it("agrees with a layer-by-layer forward pass on plain arrays, for every activation and depth", () => {
    fc.assert(
      fc.property(
        net,
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), {
          minLength: 1,
          maxLength: 6,
        }),
        ({ hidden, sizes, seed }, points) => {
          const model = createMlp({ sizes: [2, ...sizes], hidden, seed });
          const got = hiddenActivations(model, points);
          expect(got).toHaveLength(sizes.length - 1);
          points.forEach((p, s) => {
            manualHidden(model, p).forEach((a, l) => {
              expectClose(got[l]?.[s], a, { rtol: 1e-12, atol: 1e-12 }, `layer ${l}, sample ${s}`);
            });
          });
        },
      ),
    );
  });

  it("lets NaN flow through to its own sample's row", () => {
    const [layer] = hiddenActivations(createMlp({ sizes: [2, 3, 1], hidden: "tanh", seed: 1 }), [
      [Number.NaN, 1],
      [1, 1],
    ]);
    expect(layer?.[0]?.every(Number.isNaN)).toBe(true);
    expect(layer?.[1]?.every(Number.isFinite)).toBe(true);
  });

  it("rejects rows that do not match the input layer, empty input and a non-model", () => {
    const model = createMlp({ sizes: [2, 3, 1] });
    expect(() => hiddenActivations(model, [[1]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: hiddenActivations: X must have rows of length 2 (the input layer, sizes[0]); got length 1 at X[0].]`,
    );
    expect(() => hiddenActivations(model, [])).toThrowErrorMatchingInlineSnapshot(
      `[EmptyInputError: hiddenActivations: X must not be empty; got 0 samples.]`,
    );
    expect(() => hiddenActivations({ sizes: [2, 1] } as unknown as Mlp, [[1, 2]])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: hiddenActivations: model must be a model from createMlp or mlpFromJSON; got an object.]`,
    );
  });
});

describe("hiddenActivationGrid", () => {
  it("relu(x) by hand: 0 left of the origin, x right of it", () => {
    const model = createMlp({ sizes: [2, 1, 1], hidden: "relu", init: "zeros" });
    model.weights[0]?.set([1, 0]);
    expect(hiddenActivationGrid(model, { x: [-2, 2], y: [0, 1], steps: [4, 2] })).toEqual({
      x: [-1.5, -0.5, 0.5, 1.5],
      y: [0.25, 0.75],
      layers: [
        [
          [
            [0, 0, 0.5, 1.5],
            [0, 0, 0.5, 1.5],
          ],
        ],
      ],
    });
  });

  it("equals hiddenActivations at every cell centre: layers[l][u][j][i] is unit u at (x[i], y[j])", () => {
    fc.assert(
      fc.property(
        net,
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 2, max: 6 }),
        ({ hidden, sizes, seed }, nx, ny) => {
          const model = createMlp({ sizes: [2, ...sizes], hidden, seed });
          const g = hiddenActivationGrid(model, { x: [-3, 1], y: [-1, 2], steps: [nx, ny] });
          const rows = hiddenActivations(
            model,
            g.y.flatMap((yj) => g.x.map((xi) => [xi, yj])),
          );
          expect(g.layers).toEqual(
            rows.map((layer, l) =>
              Array.from({ length: sizes[l] as number }, (_, u) =>
                g.y.map((_, j) => g.x.map((_, i) => layer[j * nx + i]?.[u])),
              ),
            ),
          );
        },
      ),
    );
  });

  it("rejects a model without 2 inputs and a bad grid", () => {
    const model = createMlp({ sizes: [2, 3, 1] });
    expect(() =>
      hiddenActivationGrid(createMlp({ sizes: [4, 3, 1] }), { x: [0, 1], y: [0, 1], steps: 2 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: hiddenActivationGrid: model must have 2 inputs (sizes[0]) to be evaluated on a plane; got sizes [4, 3, 1].]`,
    );
    expect(() => hiddenActivationGrid(model, { x: [0, 1], y: [0, 1], steps: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: hiddenActivationGrid: grid.steps must be an integer >= 2 or [nx, ny] of integers >= 2; got 0.]`,
    );
  });
});

describe("deadUnits", () => {
  it("marks a ReLU unit dead when z <= 0 on every sample", () => {
    const model = createMlp({ sizes: [1, 2, 1], init: "zeros" });
    model.weights[0]?.set([1, -1]); // unit 0 sees x, unit 1 sees −x
    expect(deadUnits(model, [[1], [2]])).toEqual([[false, true]]);
    expect(deadUnits(model, [[1], [-2]])).toEqual([[false, false]]);
    expect(deadUnits(createMlp({ sizes: [1, 2, 1], hidden: "sigmoid", init: "zeros" }), [[1]])).toEqual([
      [false, false],
    ]);
  });

  it("for ReLU, a unit is dead exactly when its activation is 0 on every sample; deadUnitFraction is the share", () => {
    const moons = makeMoons({ nSamples: 100, noise: 0.1, seed: 3 });
    let sawDead = 0;
    for (const seed of [0, 1, 2]) {
      const model = createMlp({ sizes: [2, 16, 16, 1], output: "sigmoid", seed });
      fit(model, moons.X, moons.y, { loss: "bceWithLogits", epochs: 10, learningRate: 1, seed });
      const dead = deadUnits(model, moons.X);
      const acts = hiddenActivations(model, moons.X);
      dead.forEach((layer, l) => {
        layer.forEach((isDead, u) => {
          expect(acts[l]?.every((row) => row[u] === 0)).toBe(isDead);
        });
      });
      expect(deadUnitFraction(model, moons.X)).toEqual(dead.map((d) => d.filter(Boolean).length / d.length));
      sawDead += dead.flat().filter(Boolean).length;
    }
    expect(sawDead).toBeGreaterThan(0); // the high learning rate killed some, so both branches were checked
  });

  it("rejects rows that do not match the input layer", () => {
    expect(() => deadUnits(createMlp({ sizes: [2, 3, 1] }), [[1, 2, 3]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: deadUnits: X must have rows of length 2 (the input layer, sizes[0]); got length 3 at X[0].]`,
    );
  });
});
