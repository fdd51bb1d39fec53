// How reader code reaches the page. A playground's runner (and the build's recorder) installs these two
// functions on the global object; outside a playground they are absent, and charts print a summary.
import type { Chart } from "./charts.js";

/** The global through which charts reach the runner. */
export const CHART_HOOK = "__nnPlaygroundChart";
/** The global through which progress lines reach the runner. */
export const PROGRESS_HOOK = "__nnPlaygroundProgress";

/** One state of a progress line: states with the same `id` replace one another in the console. */
export interface Progress {
  id: string;
  text: string;
  done: number;
  total: number;
}

function hook<T>(name: string): ((value: T) => void) | undefined {
  const fn = (globalThis as Record<string, unknown>)[name];
  return typeof fn === "function" ? (fn as (value: T) => void) : undefined;
}

/** Hands a chart to the runner; `false` outside a playground. */
export function emitChart(chart: Chart): boolean {
  const fn = hook<Chart>(CHART_HOOK);
  fn?.(chart);
  return fn !== undefined;
}

/** Hands a progress state to the runner; `false` outside a playground (where nothing is printed). */
export function emitProgress(progress: Progress): boolean {
  const fn = hook<Progress>(PROGRESS_HOOK);
  fn?.(progress);
  return fn !== undefined;
}
