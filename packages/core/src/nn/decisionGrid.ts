import { InvalidArgumentError } from "../errors.js";
import { compile } from "./_data.js";
import { applyHead } from "./_engine.js";
import { eachCell, emptyMaps, type GridAxes, type GridSpec, readGrid } from "./_grid.js";
import { headName } from "./_head.js";
import type { Mlp } from "./_types.js";

/** What {@link decisionGrid} returns: the grid's axes and, for every cell, the classifier's view of it. */
export interface DecisionGrid extends GridAxes {
  /**
   * One map per class, `probabilities[c][j][i]` at `(x[i], y[j])`. A "softmax" head's outputs (each cell
   * sums to 1); for a "sigmoid" head with one output, the two classes `[1 − p, p]` (each cell sums to 1);
   * for a "sigmoid" head with several outputs, each label's own probability (independent: no sum).
   */
  readonly probabilities: number[][][];
  /** The predicted class of each cell: the index of its largest probability, the first one on a tie. */
  readonly classes: number[][];
  /** The largest probability of each cell, i.e. that of the predicted class. */
  readonly confidence: number[][];
  /**
   * How many of a cell's probabilities exceed 0.5. For a multi-label "sigmoid" head, the number of labels
   * predicted on there (0 where no label passes its threshold, 2 or more where several do); for a
   * "softmax" head 0 or 1 (at most one class can exceed 0.5).
   */
  readonly labelCount: number[][];
}

/**
 * A classifier's decision regions over a rectangle of its two-dimensional input: class probabilities,
 * the predicted class and its probability at the centre of every cell of the grid. The maps follow the
 * charts' convention (`z[j][i]` at `(x[i], y[j])`), so `heatmapChart({ x, y, z: grid.classes })` draws the
 * regions. One forward pass per cell: a 64 × 64 grid through a [2, 16, 16, 3] network takes a few ms.
 * For a head without probabilities (regression, raw logits), use {@link predictGrid}.
 * @param model a model from {@link createMlp} with 2 inputs and output "softmax" or "sigmoid"
 * @param grid `{ x: [min, max], y: [min, max], steps }`: the rectangle and the number of cells per axis
 *   (an integer >= 2, or `[nx, ny]`); {@link gridBounds} gives a rectangle around a data set
 * @returns `{ x, y, probabilities, classes, confidence, labelCount }`: `x` (nx column centres) and `y`
 *   (ny row centres) increasing; each map `ny` rows of `nx` numbers
 * @throws {InvalidArgumentError} when the model's output is not "softmax" or "sigmoid", for a range that
 *   is not finite with min < max, for steps below 2 or not integers, and for an unknown key in `grid`
 * @throws {ShapeError} when the model does not have 2 inputs
 * @example
 * const model = createMlp({ sizes: [2, 1], output: "sigmoid", init: "zeros" });
 * model.weights[0].set([1, 0]); // p = σ(x): class 1 right of x = 0
 * const grid = decisionGrid(model, { x: [-1, 1], y: [0, 1], steps: 2 });
 * grid.x //=> [-0.5, 0.5]
 * grid.classes //=> [[0, 1], [0, 1]]
 * grid.probabilities[1][0] //=> [0.3775, 0.6225]
 */
export function decisionGrid(model: Mlp, grid: GridSpec): DecisionGrid {
  const fn = "decisionGrid";
  const net = compile(fn, model);
  const name = headName(net.head);
  if (name !== "softmax" && name !== "sigmoid") {
    throw new InvalidArgumentError(
      `${fn}: model.output must be "softmax" | "sigmoid"; got ${JSON.stringify(name)} (for other heads, predictGrid gives the outputs).`,
    );
  }
  const g = readGrid(fn, net, grid);
  const L = net.sizes.length - 1;
  const k = net.sizes[L] as number;
  const binary = name === "sigmoid" && k === 1;
  const nClasses = binary ? 2 : k;
  const probabilities = emptyMaps(nClasses, g.nx, g.ny);
  const [classes, confidence, labelCount] = emptyMaps(3, g.nx, g.ny) as [number[][], number[][], number[][]];
  const p = new Float64Array(nClasses);
  const { head } = net;
  eachCell(net, g, (ws, j, i) => {
    const z = ws.z[L - 1] as Float64Array;
    if (binary && head.kind === "activation") {
      // [σ(−z), σ(z)] rather than [1 − σ(z), σ(z)]: 1 − p cancels to 0 once p rounds to 1 (z > 37), while
      // σ(−z) keeps its relative precision; the two still sum to 1 within rounding.
      p[0] = head.spec.scalar(-(z[0] as number), head.options);
      p[1] = head.spec.scalar(z[0] as number, head.options);
    } else {
      applyHead(head, z, p);
    }
    let best = 0;
    let count = 0;
    for (let c = 0; c < nClasses; c++) {
      const pc = p[c] as number;
      ((probabilities[c] as number[][])[j] as number[])[i] = pc;
      if (pc > (p[best] as number)) best = c;
      if (pc > 0.5) count++;
    }
    (classes[j] as number[])[i] = best;
    (confidence[j] as number[])[i] = p[best] as number;
    (labelCount[j] as number[])[i] = count;
  });
  return { x: g.x, y: g.y, probabilities, classes, confidence, labelCount };
}
