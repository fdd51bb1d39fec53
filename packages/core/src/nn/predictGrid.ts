import { compile } from "./_data.js";
import { applyHead } from "./_engine.js";
import { eachCell, emptyMaps, type GridAxes, type GridSpec, readGrid } from "./_grid.js";
import type { Mlp } from "./_types.js";

/** What {@link predictGrid} returns: the grid's axes and one map per output unit. */
export interface PredictionGrid extends GridAxes {
  /** `outputs[k][j][i]`: output unit k at `(x[i], y[j])`, as {@link predict} gives it (head applied). */
  readonly outputs: number[][][];
}

/**
 * The model's outputs over a rectangle of its two-dimensional input, one map per output unit: what
 * {@link predict} gives at the centre of every cell of the grid, in the charts' convention (`z[j][i]` at
 * `(x[i], y[j])`). For a single-output model (regression, a one-unit sigmoid) `outputs[0]` is its surface;
 * for class regions with probabilities and the predicted class, use {@link decisionGrid}.
 * @param model a model from {@link createMlp} with 2 inputs, any output
 * @param grid `{ x: [min, max], y: [min, max], steps }`: the rectangle and the number of cells per axis
 *   (an integer >= 2, or `[nx, ny]`); {@link gridBounds} gives a rectangle around a data set
 * @returns `{ x, y, outputs }`: `x` (nx column centres) and `y` (ny row centres) increasing; `outputs`
 *   one map of `ny` rows × `nx` numbers per output unit
 * @throws {InvalidArgumentError} for a range that is not finite with min < max, for steps below 2 or not
 *   integers, and for an unknown key in `grid`
 * @throws {ShapeError} when the model does not have 2 inputs
 * @example
 * const model = createMlp({ sizes: [2, 1], init: "zeros" }); // identity head: ŷ = x − y
 * model.weights[0].set([1, -1]);
 * predictGrid(model, { x: [0, 4], y: [0, 2], steps: 2 }).outputs //=> [[[0.5, 2.5], [-0.5, 1.5]]]
 */
export function predictGrid(model: Mlp, grid: GridSpec): PredictionGrid {
  const fn = "predictGrid";
  const net = compile(fn, model);
  const g = readGrid(fn, net, grid);
  const L = net.sizes.length - 1;
  const k = net.sizes[L] as number;
  const outputs = emptyMaps(k, g.nx, g.ny);
  const out = new Float64Array(k);
  eachCell(net, g, (ws, j, i) => {
    applyHead(net.head, ws.z[L - 1] as Float64Array, out);
    for (let u = 0; u < k; u++) ((outputs[u] as number[][])[j] as number[])[i] = out[u] as number;
  });
  return { x: g.x, y: g.y, outputs };
}
