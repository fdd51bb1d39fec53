// `scatterChart`: points in the plane, each class in its own colour and marker shape.
import {
  type ChartPoints,
  describePoints,
  isList,
  kindOf,
  type Label,
  MAX_POINTS,
  type Numbers,
  pickText,
  resolveClasses,
  short,
  toPoints,
} from "./_chartInput.js";
import { MAX_CLASSES } from "./chartColors.js";
import { emitChart } from "./hooks.js";

/** A scatter chart (`scatterChart`), as it travels to the page. */
export interface ScatterChart {
  type: "scatter";
  id?: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Class names, in the order of the colours and markers; empty when the points have no labels. */
  classes: string[];
  points: ChartPoints;
}

/** The options of `scatterChart`. */
export interface ScatterOptions {
  /** Charts with the same `id` replace each other in place. */
  id?: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** `[x, y]` rows, e.g. core's `X` of a two-feature dataset. */
  points?: readonly Numbers[];
  /** Each point's class (e.g. core's `y`). */
  labels?: readonly Label[];
  /** Class names in order (default: the labels' sorted unique values). */
  classes?: readonly Label[];
  /** Instead of `points` and `labels`: one group of points per class. */
  series?: readonly { name?: string; points: readonly Numbers[] }[];
}

const FN = "scatterChart";

/**
 * Validates scatter options and builds the chart the page draws (exported for the tests and the bench;
 * reader code calls `scatterChart`).
 * @throws {TypeError} on a malformed point, label or option, naming the parameter
 * @throws {RangeError} beyond 10,000 points or 8 classes
 */
export function buildScatterChart(options: ScatterOptions): ScatterChart {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${FN}: options must be an object with points (or series); got ${kindOf(options)}.`);
  }
  if ((options.points === undefined) === (options.series === undefined)) {
    throw new TypeError(
      `${FN}: give points (with labels) or series (one group per class), not ${options.points === undefined ? "neither" : "both"}.`,
    );
  }
  const base = { type: "scatter" as const, ...pickText(options) };
  if (options.points !== undefined) {
    const p = toPoints(FN, "points", options.points);
    const { classes, classIndex } = resolveClasses(FN, p.x.length, options.labels, options.classes);
    return { ...base, classes: options.labels === undefined ? [] : classes, points: { ...p, classIndex } };
  }
  if (options.labels !== undefined || options.classes !== undefined) {
    throw new TypeError(`${FN}: labels and classes go with points; a series' name is its class.`);
  }
  const series = options.series;
  if (!isList(series) || series.length === 0) {
    throw new TypeError(`${FN}: series must be a non-empty array of { name, points }; got ${kindOf(series)}.`);
  }
  if (series.length > MAX_CLASSES) {
    throw new RangeError(`${FN}: at most ${MAX_CLASSES} series (classes) can be told apart; got ${series.length}.`);
  }
  const points: ChartPoints = { x: [], y: [], classIndex: [] };
  const classes = Array.from(series, (s, k) => {
    if (s === null || typeof s !== "object")
      throw new TypeError(`${FN}: series[${k}] must be { name, points }; got ${kindOf(s)}.`);
    const p = toPoints(FN, `series[${k}].points`, s.points);
    points.x.push(...p.x);
    points.y.push(...p.y);
    points.classIndex.push(...p.x.map(() => k));
    return s.name === undefined ? `series ${k + 1}` : String(s.name);
  });
  if (points.x.length > MAX_POINTS) {
    throw new RangeError(`${FN}: the series have ${points.x.length} points in all; at most ${MAX_POINTS}.`);
  }
  if (new Set(classes).size !== classes.length) {
    throw new TypeError(`${FN}: series names must differ (each names a class); got ${JSON.stringify(classes)}.`);
  }
  return { ...base, classes, points };
}

function range(v: readonly number[]): string {
  const finite = v.filter(Number.isFinite);
  return finite.length ? `${short(Math.min(...finite))} to ${short(Math.max(...finite))}` : "none";
}

/** `[scatter chart "title": 200 points in 2 classes (0: 100, 1: 100); x -1 to 2, y -0.5 to 1]` */
export function describeScatter(chart: ScatterChart): string {
  const { points } = chart;
  const parts = [describePoints(points, chart.classes)];
  if (points.x.length) parts.push(`x ${range(points.x)}, y ${range(points.y)}`);
  return `[scatter chart${chart.title ? ` "${chart.title}"` : ""}: ${parts.join("; ")}]`;
}

/**
 * Draws points under the playground's console, each class in its own colour (Okabe–Ito) and marker
 * shape, with a legend naming the classes. Outside a playground it prints a one-line summary instead.
 * @param options `points` (`[x, y]` rows) with `labels` (one class per point), or `series` (one group
 *   of points per class)
 * @throws {TypeError} when a point is not an `[x, y]` pair of numbers, labels and points differ in
 *   length, or a label is not among `classes`
 * @throws {RangeError} beyond 10,000 points or 8 classes
 * @example
 * scatterChart({ title: "Two blobs", points: [[0, 0], [1, 1], [3, 3]], labels: ["a", "a", "b"] });
 * // Node: [scatter chart "Two blobs": 3 points in 2 classes (a: 2, b: 1); x 0 to 3, y 0 to 3]
 */
export function scatterChart(options: ScatterOptions): void {
  const chart = buildScatterChart(options);
  if (!emitChart(chart)) console.log(describeScatter(chart));
}
