// Charts for reader code. Data only: a call hands plain numbers to the runner, and the page draws them
// as SVG. Outside a playground (Node, CodeSandbox) the same calls print a one-line summary, so an
// example runs anywhere. Grid charts (`heatmapChart`, `scatterChart`) live in their own files.
import { pickText as pick, toNumbers } from "./_chartInput.js";
import { describeHeatmap, type HeatmapChart } from "./heatmapChart.js";
import { emitChart } from "./hooks.js";
import { describeScatter, type ScatterChart } from "./scatterChart.js";

/** One line of a line chart: `y[i]` is drawn at `x[i]`. */
export interface LineSeries {
  /** The legend entry. */
  name?: string;
  y: readonly number[] | Float64Array | Float32Array;
}

/** A line chart. */
export interface LineChart {
  type: "line";
  /** Charts with the same `id` replace each other in place: redraw a loss curve as training goes. */
  id?: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  x: number[];
  series: { name?: string; y: number[] }[];
}

/** One group of bars: `values[i]` belongs to `labels[i]`. */
export interface BarSeries {
  name?: string;
  values: readonly number[] | Float64Array | Float32Array;
}

/** A bar chart. */
export interface BarChart {
  type: "bar";
  id?: string;
  title?: string;
  yLabel?: string;
  labels: string[];
  series: { name?: string; values: number[] }[];
}

/** A class label, as core's datasets and metrics use them. */
export type Label = string | number | boolean;

/** Points drawn on a heatmap or scatter chart: position and the index of their class in the chart's `classes`. */
export interface ChartPoints {
  x: number[];
  y: number[];
  /** Each point's index into the chart's `classes`; empty when the points have no labels. */
  classIndex: number[];
}

/** Every chart the page draws, as it travels from reader code (`type` tells which). */
export type Chart = LineChart | BarChart | HeatmapChart | ScatterChart;

function emit(chart: Chart): void {
  if (!emitChart(chart)) console.log(describeChart(chart));
}

/** A one-line text summary of a chart: its text form in recorded output, and for screen readers. */
export function describeChart(chart: Chart): string {
  if (chart.type === "heatmap") return describeHeatmap(chart);
  if (chart.type === "scatter") return describeScatter(chart);
  const names = chart.series.map((s, i) => s.name ?? `series ${i + 1}`).join(", ");
  const n = chart.type === "line" ? chart.x.length : chart.labels.length;
  return `[${chart.type} chart${chart.title ? ` "${chart.title}"` : ""}: ${names}; ${n} points]`;
}

/**
 * Draws a line chart under the playground's console.
 * @param options `x` (default: 0, 1, 2, …) and either `y` for one line or `series` for several
 * @throws {TypeError} when a value is not a number, or `x` and a series differ in length
 * @example
 * const x = [-2, -1, 0, 1, 2];
 * lineChart({ title: "ReLU", x, series: [{ name: "relu", y: x.map((v) => Math.max(0, v)) }] });
 */
export function lineChart(options: {
  id?: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  x?: readonly number[] | Float64Array | Float32Array;
  y?: readonly number[] | Float64Array | Float32Array;
  series?: readonly LineSeries[];
}): void {
  const given = options.series ?? (options.y === undefined ? [] : [{ y: options.y }]);
  if (given.length === 0) throw new TypeError("lineChart: give `y` (one line) or `series` (several); got neither.");
  const series = given.map((s, i) => ({
    ...(s.name === undefined ? {} : { name: String(s.name) }),
    y: toNumbers("lineChart", `series[${i}].y`, s.y),
  }));
  const first = series[0]?.y.length ?? 0;
  const x = options.x === undefined ? (series[0]?.y.map((_, i) => i) ?? []) : toNumbers("lineChart", "x", options.x);
  series.forEach((s, i) => {
    if (s.y.length !== x.length) {
      throw new TypeError(`lineChart: series[${i}].y has ${s.y.length} points but x has ${x.length}.`);
    }
  });
  if (first === 0) throw new TypeError("lineChart: the series are empty.");
  emit({ type: "line", ...pick(options), x, series });
}

/**
 * Draws a bar chart under the playground's console.
 * @param options `labels` and either `values` for one group of bars or `series` for several
 * @throws {TypeError} when a value is not a number, or a series and `labels` differ in length
 * @example
 * barChart({ title: "F1 per class", labels: ["cat", "dog"], values: [0.8, 0.6] });
 */
export function barChart(options: {
  id?: string;
  title?: string;
  yLabel?: string;
  labels: readonly (string | number | boolean)[];
  values?: readonly number[] | Float64Array | Float32Array;
  series?: readonly BarSeries[];
}): void {
  if (!Array.isArray(options.labels)) throw new TypeError("barChart: labels must be an array.");
  const labels = options.labels.map(String);
  const given = options.series ?? (options.values === undefined ? [] : [{ values: options.values }]);
  if (given.length === 0)
    throw new TypeError("barChart: give `values` (one group) or `series` (several); got neither.");
  const series = given.map((s, i) => {
    const values = toNumbers("barChart", `series[${i}].values`, s.values);
    if (values.length !== labels.length) {
      throw new TypeError(`barChart: series[${i}].values has ${values.length} values but labels has ${labels.length}.`);
    }
    return { ...(s.name === undefined ? {} : { name: String(s.name) }), values };
  });
  emit({ type: "bar", ...pick(options), labels, series });
}
