import { compile } from "./_data.js";
import { eachCell, emptyMaps, type GridAxes, type GridSpec, readGrid } from "./_grid.js";
import type { Mlp } from "./_types.js";

/** What {@link hiddenActivationGrid} returns: the grid's axes and one map per hidden unit. */
export interface HiddenActivationGrid extends GridAxes {
  /** `layers[l][u][j][i]`: hidden unit u of hidden layer l at `(x[i], y[j])`, after its activation. */
  readonly layers: number[][][][];
}

/**
 * Every hidden unit's activation over a rectangle of the two-dimensional input: one map per unit and
 * hidden layer, in the charts' convention (`z[j][i]` at `(x[i], y[j])`), for small multiples of what each
 * unit has learned. A ReLU unit's map is 0 where the unit is off and a tilted plane (first layer) where it is on.
 * Whether a unit is dead depends on the data, not on the picture: mark units with {@link deadUnits}.
 * @param model a model from {@link createMlp} with 2 inputs
 * @param grid `{ x: [min, max], y: [min, max], steps }`: the rectangle and the number of cells per axis
 *   (an integer >= 2, or `[nx, ny]`); {@link gridBounds} gives a rectangle around a data set
 * @returns `{ x, y, layers }`: `x` (nx column centres) and `y` (ny row centres) increasing; `layers[l][u]`
 *   a map of `ny` rows × `nx` activations for each hidden layer l and unit u
 * @throws {InvalidArgumentError} for a range that is not finite with min < max, for steps below 2 or not
 *   integers, and for an unknown key in `grid`
 * @throws {ShapeError} when the model does not have 2 inputs
 * @example
 * const model = createMlp({ sizes: [2, 1, 1], hidden: "relu", init: "zeros" });
 * model.weights[0].set([1, 0]); // the hidden unit is relu(x)
 * hiddenActivationGrid(model, { x: [-2, 2], y: [0, 1], steps: 2 }).layers //=> [[[[0, 1], [0, 1]]]]
 */
export function hiddenActivationGrid(model: Mlp, grid: GridSpec): HiddenActivationGrid {
  const fn = "hiddenActivationGrid";
  const net = compile(fn, model);
  const g = readGrid(fn, net, grid);
  const layers = net.sizes.slice(1, -1).map((units) => emptyMaps(units, g.nx, g.ny));
  eachCell(net, g, (ws, j, i) => {
    layers.forEach((maps, l) => {
      const a = ws.a[l] as Float64Array;
      for (let u = 0; u < maps.length; u++) ((maps[u] as number[][])[j] as number[])[i] = a[u] as number;
    });
  });
  return { x: g.x, y: g.y, layers };
}
