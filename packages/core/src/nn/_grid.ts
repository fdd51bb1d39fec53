import { invalid } from "../_lib/assert.js";
import { formatChoices, formatValue } from "../_lib/format.js";
import { ShapeError } from "../errors.js";
import type { Net, Workspace } from "./_engine.js";
import { eachSample } from "./_layers.js";

/** A rectangle of the input plane: `[min, max]` on each axis, as {@link gridBounds} returns it. */
export interface GridBounds {
  /** `[min, max]` of the first input (the horizontal axis). */
  readonly x: readonly [number, number];
  /** `[min, max]` of the second input (the vertical axis). */
  readonly y: readonly [number, number];
}

/**
 * A grid over a rectangle: the rectangle cut into `nx × ny` equal cells, each sampled at its centre.
 * `steps` is the number of cells per axis: one integer for both, or `[nx, ny]`; at least 2 each.
 */
export interface GridSpec extends GridBounds {
  readonly steps: number | readonly [number, number];
}

/**
 * The axes of a grid, in the convention the charts share (`heatmapChart` of `@nn-explained/playground`):
 * `x` the column centres (length nx, increasing), `y` the row centres (length ny, increasing); a map over
 * the grid is `z[j][i]`, the value at `(x[i], y[j])`.
 */
export interface GridAxes {
  /** Column centres, increasing: `x[i] = min + (i + ½)·(max − min)/nx`. */
  readonly x: number[];
  /** Row centres, increasing: `y[j] = min + (j + ½)·(max − min)/ny`. */
  readonly y: number[];
}

/** A grid resolved for computation: its axes, and its cells as samples, row by row (sample `j·nx + i`). */
export interface Grid extends GridAxes {
  readonly nx: number;
  readonly ny: number;
  readonly inputs: Float64Array;
}

const KEYS = ["x", "y", "steps"] as const;

function readRange(fn: string, param: string, value: unknown): [number, number] {
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((v) => typeof v === "number" && Number.isFinite(v)) &&
    (value[0] as number) < (value[1] as number);
  if (!ok) invalid(fn, `grid.${param}`, "[min, max] with finite min < max", value);
  return [value[0] as number, value[1] as number];
}

function readSteps(fn: string, value: unknown): [number, number] {
  const isSteps = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 2;
  if (isSteps(value)) return [value, value];
  if (Array.isArray(value) && value.length === 2 && value.every(isSteps))
    return [value[0] as number, value[1] as number];
  return invalid(fn, "grid.steps", "an integer >= 2 or [nx, ny] of integers >= 2", value);
}

/**
 * Cell centres of `[min, max]` cut into `n` equal cells: `x[i] = (1 − t)·min + t·max` with t = (2i + 1)/(2n).
 * Each centre is a weighted mean of the bounds, not `min` plus i steps, so no rounding accumulates, nothing
 * overflows for bounds near the largest float, and a range symmetric about 0 gives an axis exactly
 * symmetric about 0 (swapping the weights negates the sum).
 */
function centres(min: number, max: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => ((2 * n - 2 * i - 1) / (2 * n)) * min + ((2 * i + 1) / (2 * n)) * max);
}

/** Checks a {@link GridSpec} and lays its cells out as samples for a model with two inputs. */
export function readGrid(fn: string, net: Net, grid: unknown): Grid {
  if (net.sizes[0] !== 2) {
    throw new ShapeError(
      `${fn}: model must have 2 inputs (sizes[0]) to be evaluated on a plane; got sizes ${formatValue(net.sizes)}.`,
    );
  }
  if (grid === null || typeof grid !== "object" || Array.isArray(grid)) {
    invalid(fn, "grid", "an object { x: [min, max], y: [min, max], steps }", grid);
  }
  for (const key of Object.keys(grid as object)) {
    if (!(KEYS as readonly string[]).includes(key))
      invalid(fn, "each key of grid", `one of ${formatChoices(KEYS)}`, key);
  }
  const g = grid as Partial<GridSpec>;
  const [x0, x1] = readRange(fn, "x", g.x);
  const [y0, y1] = readRange(fn, "y", g.y);
  const [nx, ny] = readSteps(fn, g.steps);
  const x = centres(x0, x1, nx);
  const y = centres(y0, y1, ny);
  const inputs = new Float64Array(nx * ny * 2);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const s = 2 * (j * nx + i);
      inputs[s] = x[i] as number;
      inputs[s + 1] = y[j] as number;
    }
  }
  return { x, y, nx, ny, inputs };
}

/** `count` maps of `ny` rows × `nx` columns, filled with 0. */
export function emptyMaps(count: number, nx: number, ny: number): number[][][] {
  return Array.from({ length: count }, () => Array.from({ length: ny }, () => new Array<number>(nx).fill(0)));
}

/** Runs the forward pass over every cell of `grid`, handing `visit` the workspace, the row j and the column i. */
export function eachCell(net: Net, grid: Grid, visit: (ws: Workspace, j: number, i: number) => void): void {
  const { nx } = grid;
  eachSample(net, grid.inputs, (ws, s) => visit(ws, Math.floor(s / nx), s % nx));
}
