// Validation shared by the chart functions. Each check names the chart function, the parameter, what it
// expected and what it got, so a reader's mistake reads as a sentence about their own call.

import { MAX_CLASSES } from "./chartColors.js";
import type { ChartPoints, Label } from "./charts.js";

export type { ChartPoints, Label } from "./charts.js";

/** A list of numbers as reader code has them: an array or a typed array. */
export type Numbers = readonly number[] | Float64Array | Float32Array;

export const MAX_POINTS = 10_000;

/** What a value is, for an error message: `string`, `null`, `an array of 3`. */
export function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name} of ${(v as unknown as ArrayLike<unknown>).length}`;
  return typeof v;
}

/** True for an array or a typed array (not a DataView). */
export function isList(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/**
 * `v` as a plain array of numbers (any number, NaN included: a chart draws what it is given).
 * @throws {TypeError} when `v` is not a list of numbers
 * @throws {RangeError} when it has more than `max` entries
 */
export function toNumbers(fn: string, param: string, v: unknown, max = MAX_POINTS): number[] {
  if (!isList(v)) throw new TypeError(`${fn}: ${param} must be an array of numbers; got ${kindOf(v)}.`);
  const out = Array.from(v, (x, i) => {
    if (typeof x !== "number") throw new TypeError(`${fn}: ${param}[${i}] must be a number; got ${kindOf(x)}.`);
    return x;
  });
  if (out.length > max) throw new RangeError(`${fn}: ${param} has ${out.length} points; at most ${max}.`);
  return out;
}

/** The chart's own id, title and axis labels, as strings. */
export function pickText(o: { id?: unknown; title?: unknown; xLabel?: unknown; yLabel?: unknown }): {
  id?: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
} {
  const out: { id?: string; title?: string; xLabel?: string; yLabel?: string } = {};
  if (o.id !== undefined) out.id = String(o.id);
  if (o.title !== undefined) out.title = String(o.title);
  if (o.xLabel !== undefined) out.xLabel = String(o.xLabel);
  if (o.yLabel !== undefined) out.yLabel = String(o.yLabel);
  return out;
}

// Four significant digits place a point to 1/10,000 of its own magnitude: finer than any screen, and a
// third of the characters of a float64 in the recorded output.
const round = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : v);

/** `[x, y]` rows (core's `X` for two features) as columns. */
export function toPoints(fn: string, param: string, v: unknown): { x: number[]; y: number[] } {
  if (!isList(v)) throw new TypeError(`${fn}: ${param} must be an array of [x, y] points; got ${kindOf(v)}.`);
  if (v.length > MAX_POINTS) throw new RangeError(`${fn}: ${param} has ${v.length} points; at most ${MAX_POINTS}.`);
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < v.length; i++) {
    const p = v[i];
    if (!isList(p) || p.length !== 2 || typeof p[0] !== "number" || typeof p[1] !== "number") {
      const got = isList(p) ? `${p.length === 2 ? "non-numbers" : `${p.length} values`}` : kindOf(p);
      throw new TypeError(`${fn}: ${param}[${i}] must be an [x, y] pair of numbers; got ${got}.`);
    }
    x.push(round(p[0]));
    y.push(round(p[1]));
  }
  return { x, y };
}

function labelKind(v: unknown): v is Label {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

/** Sorted unique labels, as scikit-learn's `unique_labels`: numbers ascending, strings in code-unit order. */
function uniqueLabels(labels: readonly Label[]): Label[] {
  const seen = new Map<string, Label>();
  for (const l of labels) if (!seen.has(String(l))) seen.set(String(l), l);
  return [...seen.values()].sort((a, b) =>
    typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );
}

/**
 * The class names of a chart and each point's class index. `classes` names them in order (index k is
 * `classes[k]`); without it the labels' sorted unique values do, or `defaults` when there are no labels.
 * @throws {TypeError} when labels do not match the points or a label is not among `classes`
 * @throws {RangeError} beyond MAX_CLASSES classes
 */
export function resolveClasses(
  fn: string,
  count: number,
  labels: unknown,
  classes: unknown,
  defaults: readonly string[] = [],
): { classes: string[]; classIndex: number[] } {
  let names: string[];
  if (classes !== undefined) {
    if (!isList(classes) || !Array.from(classes).every(labelKind)) {
      throw new TypeError(`${fn}: classes must be an array of strings, numbers or booleans; got ${kindOf(classes)}.`);
    }
    names = Array.from(classes as ArrayLike<Label>, String);
    if (new Set(names).size !== names.length) {
      throw new TypeError(`${fn}: classes must not repeat a name; got ${JSON.stringify(names)}.`);
    }
  } else names = [...defaults];
  // Without labels, points have no class: `classIndex` stays empty and they are drawn alike.
  let classIndex: number[] = [];
  if (labels !== undefined) {
    if (!isList(labels))
      throw new TypeError(`${fn}: labels must be an array, one label per point; got ${kindOf(labels)}.`);
    if (labels.length !== count) {
      throw new TypeError(`${fn}: labels must have one label per point (${count}); got ${labels.length}.`);
    }
    const list = Array.from(labels);
    list.forEach((l, i) => {
      if (!labelKind(l))
        throw new TypeError(`${fn}: labels[${i}] must be a string, number or boolean; got ${kindOf(l)}.`);
    });
    if (classes === undefined && defaults.length === 0) names = uniqueLabels(list as Label[]).map(String);
    const index = new Map(names.map((n, k) => [n, k]));
    classIndex = list.map((l, i) => {
      const k = index.get(String(l));
      if (k === undefined) {
        throw new TypeError(
          `${fn}: labels[${i}] is ${JSON.stringify(l)}, which is not in classes ${JSON.stringify(names)}.`,
        );
      }
      return k;
    });
  }
  if (names.length > MAX_CLASSES) {
    throw new RangeError(`${fn}: at most ${MAX_CLASSES} classes can be told apart; got ${names.length}.`);
  }
  return { classes: names, classIndex };
}

/** Three significant digits, for summaries: `0.0123`, `1.5`, `-2`. */
export function short(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : String(v);
}

/** `200 points in 2 classes (0: 100, 1: 100)`, or `200 points`. */
export function describePoints(points: ChartPoints, classes: readonly string[]): string {
  const n = points.x.length;
  const head = `${n} ${n === 1 ? "point" : "points"}`;
  if (points.classIndex.length === 0 || classes.length < 2) return head;
  const counts = classes.map(() => 0);
  for (const k of points.classIndex) counts[k] = (counts[k] ?? 0) + 1;
  return `${head} in ${classes.length} classes (${classes.map((c, k) => `${c}: ${counts[k]}`).join(", ")})`;
}
