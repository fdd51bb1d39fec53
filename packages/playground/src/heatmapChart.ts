// `heatmapChart`: values on a grid (a model's output over a rectangle, a hidden unit's activation), one
// map or several side by side, with data points on top. The grid follows core's convention: `x` holds the
// column centres, `y` the row centres (increasing upward), and `z[j][i]` is the value at `(x[i], y[j])`.
//
// A chart travels as one byte per cell (255 colour levels and one for "not a number"), in base64: a
// 64×64 map is 5.5 kB however its numbers print, so a redraw is cheap to post from the worker and a
// recorded picture is small in the page. The exact smallest and largest value of each map travel with it.

import { encodeBase64 } from "./_base64.js";
import {
  type ChartPoints,
  describePoints,
  isList,
  kindOf,
  type Label,
  type Numbers,
  pickText,
  resolveClasses,
  short,
  toNumbers,
  toPoints,
} from "./_chartInput.js";
import { decodeLevels } from "./_levels.js";
import { argmaxOfLevel, confidenceLevels, type HeatmapScale, MISSING_LEVEL, valueLevel } from "./chartColors.js";
import { emitChart } from "./hooks.js";

/** One map of a heatmap chart, as the page receives it. */
export interface HeatmapMap {
  /** Shown above the map when a chart has several (e.g. "unit 3"). */
  name?: string;
  /**
   * One byte a cell, base64: row `j` (at `y[j]`, bottom row first), then column `i`. Value maps: levels
   * 0–254 over the chart's `domain`; argmax maps: class `k` and confidence `c` as `k * L + c`, with
   * `L = floor(255 / classes.length)`; 255: not a finite number.
   */
  levels: string;
  /** The smallest and largest finite value of the map (`null` when it has none). */
  min: number | null;
  max: number | null;
}

/** A heatmap chart (`heatmapChart`), as it travels to the page. */
export interface HeatmapChart {
  type: "heatmap";
  id?: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Column centres, increasing in even steps. */
  x: number[];
  /** Row centres, increasing (upward) in even steps. */
  y: number[];
  /** `"sequential"` (viridis), `"diverging"` (blue–white–orange) or `"classes"` (an argmax map). */
  scale: HeatmapScale;
  /** The values at the ends of the colour scale (shared by all maps). */
  domain: [number, number];
  /** Class names: of an argmax map's classes, and of the points' labels. */
  classes: string[];
  maps: HeatmapMap[];
  points?: ChartPoints;
}

/** A grid of values: `z[j][i]` at `(x[i], y[j])`. */
export type HeatmapGrid = readonly Numbers[];
/** A grid of class scores: `z[j][i][k]`, the probability of class `k` at `(x[i], y[j])`. */
export type HeatmapClassGrid = readonly (readonly Numbers[])[];

/** The options of `heatmapChart`. */
export interface HeatmapOptions {
  /** Charts with the same `id` replace each other in place: redraw as training goes. */
  id?: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Column centres (length nx ≥ 2), increasing in even steps. */
  x: Numbers;
  /** Row centres (length ny ≥ 2), increasing upward in even steps. */
  y: Numbers;
  /**
   * One map: `z[j][i]`, the value at `(x[i], y[j])`, or class scores `z[j][i][k]` (a model's
   * probabilities; one score means a binary model's probability of class 1).
   */
  z?: HeatmapGrid | HeatmapClassGrid;
  /** Several maps in one figure, on one colour scale (small multiples): one per hidden unit, say. */
  maps?: readonly { name?: string; z: HeatmapGrid }[];
  /**
   * For class scores: `"argmax"` (default) colours each cell by its most likely class, more opaque the
   * more confident; `"each"` draws one map per class.
   */
  mode?: "argmax" | "each";
  /** For values: `"sequential"` (default; viridis) or `"diverging"` (blue below `center`, orange above). */
  scale?: "sequential" | "diverging";
  /** Values at the ends of the colour scale (default: the data's extent; symmetric about `center` when diverging; [0, 1] for class scores). Fix it so colours mean the same in every redraw. */
  domain?: readonly [number, number];
  /** The middle of a diverging scale (default 0). */
  center?: number;
  /** Data points drawn on top: `[x, y]` rows, e.g. core's `X`. */
  points?: readonly Numbers[];
  /** Each point's class (e.g. core's `y`): its colour and marker shape. */
  labels?: readonly Label[];
  /** Class names in order: class `k` of the scores and label `classes[k]` are the same class (default: 0, 1, …). */
  classes?: readonly Label[];
}

const FN = "heatmapChart";
/** The most cells a heatmap chart draws (256 × 256), and the most maps in one figure. */
export const MAX_CELLS = 65_536;
export const MAX_MAPS = 32;

/** Checks that `v` are cell centres: at least 2, finite, increasing in even steps. */
function centres(param: "x" | "y", v: unknown): number[] {
  const c = toNumbers(FN, param, v, 4096);
  if (c.length < 2) throw new TypeError(`${FN}: ${param} must have at least 2 cell centres; got ${c.length}.`);
  const step = (c[1] as number) - (c[0] as number);
  if (!c.every(Number.isFinite) || !(step > 0)) {
    throw new TypeError(
      `${FN}: ${param} must hold finite cell centres, increasing; got ${param}[0] = ${c[0]}, ${param}[1] = ${c[1]}.`,
    );
  }
  // Cells are drawn as equal rectangles, so the centres must be evenly spaced (a linspace, up to rounding).
  for (let i = 2; i < c.length; i++) {
    const d = (c[i] as number) - (c[i - 1] as number);
    if (!(Math.abs(d - step) <= 1e-6 * Math.max(Math.abs(step), Math.abs(c[i] as number)))) {
      throw new TypeError(
        `${FN}: ${param} must increase in even steps (cell centres); got ${param}[${i}] - ${param}[${i - 1}] = ${short(d)} where ${param}[1] - ${param}[0] = ${short(step)}.`,
      );
    }
  }
  return c;
}

/** Checks the shape of a grid and returns its cells, row by row; `depth` 0: numbers, k > 0: k scores each. */
function cells(
  param: string,
  z: unknown,
  nx: number,
  ny: number,
): { values: number[][]; flat: number[]; scores: number } {
  const shape = `${param} must have y.length (${ny}) rows of x.length (${nx}) values`;
  if (!isList(z)) throw new TypeError(`${FN}: ${shape}; got ${kindOf(z)}.`);
  if (z.length !== ny) throw new TypeError(`${FN}: ${shape}; got ${z.length} rows.`);
  const first = isList(z[0]) ? z[0][0] : undefined;
  const scores = isList(first) ? first.length : 0;
  if (isList(first) && scores === 0)
    throw new TypeError(`${FN}: ${param}[0][0] must hold class scores; got an empty array.`);
  // Numbers go to `flat` (one array for the grid: no allocation per cell); class scores to `values`.
  const values: number[][] = [];
  const flat: number[] = [];
  for (let j = 0; j < ny; j++) {
    const row = z[j];
    if (!isList(row)) throw new TypeError(`${FN}: ${shape}; got row ${j} as ${kindOf(row)}.`);
    if (row.length !== nx) throw new TypeError(`${FN}: ${shape}; got row ${j} with ${row.length}.`);
    for (let i = 0; i < nx; i++) {
      const cell = row[i];
      if (scores === 0) {
        if (typeof cell !== "number")
          throw new TypeError(`${FN}: ${param}[${j}][${i}] must be a number; got ${kindOf(cell)}.`);
        flat.push(cell);
      } else {
        if (!isList(cell) || cell.length !== scores) {
          throw new TypeError(
            `${FN}: ${param}[${j}][${i}] must hold ${scores} class scores, as ${param}[0][0] does; got ${kindOf(cell)}.`,
          );
        }
        const s = Array.from(cell);
        const bad = s.findIndex((v) => typeof v !== "number");
        if (bad >= 0)
          throw new TypeError(`${FN}: ${param}[${j}][${i}][${bad}] must be a number; got ${kindOf(s[bad])}.`);
        values.push(s as number[]);
      }
    }
  }
  return { values, flat, scores };
}

function extentOf(values: readonly number[]): { min: number | null; max: number | null } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < values.length; c++) {
    const v = values[c] as number;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : { min: null, max: null };
}

function valueMap(name: string | undefined, values: readonly number[], domain: [number, number]): HeatmapMap {
  const levels = new Uint8Array(values.length);
  for (let c = 0; c < values.length; c++) levels[c] = valueLevel(values[c] as number, domain);
  return { ...(name === undefined ? {} : { name }), levels: encodeBase64(levels), ...extentOf(values) };
}

/** Class and confidence of each cell: one score is a binary model's P(class 1). */
function argmaxMap(scores: readonly number[][], classCount: number): HeatmapMap {
  const per = confidenceLevels(classCount);
  const floor = 1 / classCount;
  const levels = new Uint8Array(scores.length);
  for (let c = 0; c < scores.length; c++) {
    const s = scores[c] as number[];
    if (!s.every(Number.isFinite)) {
      levels[c] = MISSING_LEVEL;
      continue;
    }
    let k = 0;
    let p: number;
    if (s.length === 1) {
      const p1 = s[0] as number;
      k = p1 >= 0.5 ? 1 : 0;
      p = Math.max(p1, 1 - p1);
    } else {
      for (let q = 1; q < s.length; q++) if ((s[q] as number) > (s[k] as number)) k = q;
      p = s[k] as number;
    }
    const t = Math.min(1, Math.max(0, (p - floor) / (1 - floor)));
    levels[c] = k * per + Math.round(t * (per - 1));
  }
  return { levels: encodeBase64(levels), min: null, max: null };
}

function checkDomain(v: unknown): [number, number] | undefined {
  if (v === undefined) return undefined;
  if (!isList(v) || v.length !== 2 || !(typeof v[0] === "number" && typeof v[1] === "number")) {
    throw new TypeError(`${FN}: domain must be [low, high]; got ${kindOf(v)}.`);
  }
  const [lo, hi] = [v[0], v[1]];
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new TypeError(`${FN}: domain must be [low, high] with low < high, both finite; got [${lo}, ${hi}].`);
  }
  return [lo, hi];
}

/** The colour domain of value maps: given, or the data's extent (symmetric about `center` when diverging). */
function valueDomain(maps: readonly (readonly number[])[], diverging: boolean, center: number): [number, number] {
  let min: number | null = null;
  let max: number | null = null;
  for (const m of maps) {
    const e = extentOf(m);
    if (e.min !== null && (min === null || e.min < min)) min = e.min;
    if (e.max !== null && (max === null || e.max > max)) max = e.max;
  }
  if (min === null || max === null) return diverging ? [center - 1, center + 1] : [0, 1];
  if (diverging) {
    const m = Math.max(Math.abs(min - center), Math.abs(max - center));
    return m > 0 ? [center - m, center + m] : [center - 1, center + 1];
  }
  return [min, max];
}

/**
 * Validates heatmap options and builds the chart the page draws (exported for the tests and the bench;
 * reader code calls `heatmapChart`).
 * @throws {TypeError} on a malformed grid, points or option, naming the parameter
 * @throws {RangeError} beyond 65,536 cells, 32 maps, 10,000 points or 8 classes
 */
export function buildHeatmapChart(options: HeatmapOptions): HeatmapChart {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${FN}: options must be an object with x, y and z (or maps); got ${kindOf(options)}.`);
  }
  const x = centres("x", options.x);
  const y = centres("y", options.y);
  if (x.length * y.length > MAX_CELLS) {
    throw new RangeError(
      `${FN}: the grid has ${x.length * y.length} cells (x.length × y.length); at most ${MAX_CELLS}.`,
    );
  }
  if ((options.z === undefined) === (options.maps === undefined)) {
    throw new TypeError(
      `${FN}: give z (one map) or maps (several maps), not ${options.z === undefined ? "neither" : "both"}.`,
    );
  }
  const mode = options.mode;
  if (mode !== undefined && mode !== "argmax" && mode !== "each") {
    throw new TypeError(`${FN}: mode must be "argmax" | "each"; got ${JSON.stringify(mode)}.`);
  }
  const scaleOption = options.scale;
  if (scaleOption !== undefined && scaleOption !== "sequential" && scaleOption !== "diverging") {
    throw new TypeError(`${FN}: scale must be "sequential" | "diverging"; got ${JSON.stringify(scaleOption)}.`);
  }
  const center = options.center ?? 0;
  if (typeof center !== "number" || !Number.isFinite(center)) {
    throw new TypeError(`${FN}: center must be a finite number; got ${kindOf(center)}.`);
  }
  const domainOption = checkDomain(options.domain);

  let grids: { name: string | undefined; values: number[][]; flat: number[]; scores: number }[];
  if (options.maps !== undefined) {
    if (!isList(options.maps) || options.maps.length === 0) {
      throw new TypeError(`${FN}: maps must be a non-empty array of { name, z }; got ${kindOf(options.maps)}.`);
    }
    if (options.maps.length > MAX_MAPS)
      throw new RangeError(`${FN}: maps has ${options.maps.length} maps; at most ${MAX_MAPS}.`);
    grids = Array.from(options.maps, (m, n) => {
      if (m === null || typeof m !== "object")
        throw new TypeError(`${FN}: maps[${n}] must be { name, z }; got ${kindOf(m)}.`);
      const g = cells(`maps[${n}].z`, m.z, x.length, y.length);
      if (g.scores > 0)
        throw new TypeError(`${FN}: maps[${n}].z must hold numbers; got class scores (use z with mode "each").`);
      return { name: m.name === undefined ? `map ${n + 1}` : String(m.name), ...g };
    });
  } else grids = [{ name: undefined, ...cells("z", options.z, x.length, y.length) }];

  const scores = grids[0]?.scores ?? 0;
  if (scores === 0 && mode !== undefined) {
    throw new TypeError(`${FN}: mode applies to class scores (z[j][i] an array of scores); z holds numbers.`);
  }
  const classCount = scores === 1 ? 2 : scores;
  const defaults = Array.from({ length: classCount }, (_, k) => String(k));
  const points = options.points === undefined ? undefined : toPoints(FN, "points", options.points);
  const n = points?.x.length ?? 0;
  if (points === undefined && options.labels !== undefined)
    throw new TypeError(`${FN}: labels name the points' classes; give points too.`);
  const { classes, classIndex } = resolveClasses(FN, n, options.labels, options.classes, defaults);
  if (scores > 0 && classes.length !== classCount) {
    throw new TypeError(
      `${FN}: classes must name the ${classCount} classes of z (z[j][i] has ${scores} ${scores === 1 ? "score: a binary model" : "scores"}); got ${classes.length}.`,
    );
  }
  const chartPoints = points && { ...points, classIndex };

  const base = { type: "heatmap" as const, ...pickText(options), x, y };
  if (scores > 0 && (mode ?? "argmax") === "argmax") {
    if (scaleOption !== undefined || domainOption !== undefined) {
      throw new TypeError(
        `${FN}: scale and domain apply to values; an argmax map is coloured by class (mode "each" draws each class's scores).`,
      );
    }
    const grid = grids[0] as { values: number[][] };
    return {
      ...base,
      scale: "classes",
      domain: [0, 1],
      classes,
      maps: [argmaxMap(grid.values, classCount)],
      ...(chartPoints ? { points: chartPoints } : {}),
    };
  }
  // Values: one map per grid, or one per class for mode "each" (a binary model's one score: class 1).
  const maps: { name: string | undefined; values: number[] }[] =
    scores > 0
      ? Array.from({ length: scores }, (_, k) => ({
          name: scores === 1 ? `P(${classes[1]})` : `P(${classes[k]})`,
          values: (grids[0] as { values: number[][] }).values.map((s) => s[k] as number),
        }))
      : grids.map((g) => ({ name: g.name, values: g.flat }));
  const diverging = scaleOption === "diverging";
  const domain =
    domainOption ??
    (scores > 0
      ? [0, 1]
      : valueDomain(
          maps.map((m) => m.values),
          diverging,
          center,
        ));
  return {
    ...base,
    scale: diverging ? "diverging" : "sequential",
    domain,
    classes: points ? classes : scores > 0 ? classes : [],
    maps: maps.map((m) => valueMap(m.name, m.values, domain)),
    ...(chartPoints ? { points: chartPoints } : {}),
  };
}

/** The share of an argmax map's cells won by each class. */
export function classShares(chart: HeatmapChart): number[] {
  const shares = chart.classes.map(() => 0);
  const map = chart.maps[0];
  if (!map) return shares;
  const levels = decodeLevels(map);
  // Cells by level first: a map has at most 256 levels but thousands of cells.
  const count = new Uint32Array(256);
  for (const l of levels) count[l] = (count[l] as number) + 1;
  count.forEach((n, l) => {
    const a = n > 0 ? argmaxOfLevel(l, chart.classes.length) : null;
    if (a) shares[a.classIndex] = (shares[a.classIndex] ?? 0) + n;
  });
  return shares.map((s) => s / levels.length);
}

/** `[heatmap chart "title": 64×64 grid, x -2 to 2, y -2 to 2; values 0 to 1; 200 points in 2 classes (…)]` */
export function describeHeatmap(chart: HeatmapChart): string {
  const size = `${chart.x.length}×${chart.y.length}`;
  const span = (v: number[]) => {
    const step = (v[1] as number) - (v[0] as number);
    return `${short((v[0] as number) - step / 2)} to ${short((v[v.length - 1] as number) + step / 2)}`;
  };
  const parts = [
    `${chart.maps.length === 1 ? `${size} grid` : `${chart.maps.length} maps of ${size}`}, x ${span(chart.x)}, y ${span(chart.y)}`,
  ];
  if (chart.scale === "classes") {
    const shares = classShares(chart);
    parts.push(
      `argmax of ${chart.classes.length} classes, area ${chart.classes.map((c, k) => `${c}: ${Math.round((shares[k] ?? 0) * 100)}%`).join(", ")}`,
    );
  } else {
    const mins = chart.maps.flatMap((m) => (m.min === null ? [] : [m.min]));
    const maxs = chart.maps.flatMap((m) => (m.max === null ? [] : [m.max]));
    parts.push(mins.length ? `values ${short(Math.min(...mins))} to ${short(Math.max(...maxs))}` : "no finite values");
    const flat = chart.maps.filter((m) => m.min !== null && m.min === m.max);
    if (flat.length && chart.maps.length > 1) {
      parts.push(`constant: ${flat.map((m) => `${m.name} (${short(m.min as number)})`).join(", ")}`);
    } else if (flat.length) parts.push("constant");
  }
  if (chart.points) parts.push(describePoints(chart.points, chart.classes));
  return `[heatmap chart${chart.title ? ` "${chart.title}"` : ""}: ${parts.join("; ")}]`;
}

/**
 * Draws values on a grid under the playground's console: a model's output or class regions over a
 * rectangle, a hidden unit's activation, with the data on top. Several maps (`maps`) share one colour
 * scale, and a constant map (a dead unit) is called out in its caption and in the text summary.
 *
 * The grid is core's: `x` the column centres, `y` the row centres (increasing upward), `z[j][i]` the value
 * at `(x[i], y[j])`. Class scores (`z[j][i]` an array, e.g. `predict(model, cells)` per cell) draw the
 * argmax region, more opaque where the model is confident (`mode: "argmax"`, the default), or one map per
 * class (`mode: "each"`). Points take their class's colour and marker shape, so no class is told by
 * colour alone. Outside a playground it prints a one-line summary instead.
 * @param options `x`, `y` and `z` (one map) or `maps` (several); `points` with `labels` to draw data on top
 * @throws {TypeError} when `z` does not have `y.length` rows of `x.length` values (or scores), the centres
 *   are not increasing in even steps, or a point, label or option is malformed
 * @throws {RangeError} beyond 65,536 cells, 32 maps, 10,000 points or 8 classes
 * @example
 * const x = [-1, 0, 1];
 * const y = [-1, 0, 1];
 * heatmapChart({ title: "x·y", x, y, z: y.map((b) => x.map((a) => a * b)), scale: "diverging" });
 * // Node: [heatmap chart "x·y": 3×3 grid, x -1.5 to 1.5, y -1.5 to 1.5; values -1 to 1]
 */
export function heatmapChart(options: HeatmapOptions): void {
  const chart = buildHeatmapChart(options);
  if (!emitChart(chart)) console.log(describeHeatmap(chart));
}
