/**
 * Warnings of the metrics, routed through one replaceable hook.
 *
 * scikit-learn reports ill-defined scores with Python's `warnings.warn(..., UndefinedMetricWarning)`
 * and questionable arguments with `UserWarning`. A library must not decide where such text goes,
 * so every warning is a `MetricWarning` handed to the current handler. The default handler prints
 * `"<category>: <message>"` with `console.warn` when a console exists (as Python prints warnings
 * to stderr); `setWarningHandler(null)` silences them and `collectWarnings` captures them.
 * The texts are scikit-learn 1.9's, word for word, so they can be searched for.
 */

import { invalid } from "../_lib/assert.js";

/** scikit-learn's warning classes used by the metrics. */
export type MetricWarningCategory = "UndefinedMetricWarning" | "UserWarning";

/** One warning, as the handler receives it. */
export interface MetricWarning {
  /** scikit-learn's warning class. */
  readonly category: MetricWarningCategory;
  /** scikit-learn's text, unchanged. */
  readonly message: string;
  /** The public function that warned, e.g. `"f1Score"`. */
  readonly source: string;
}

/** Receives every warning of the metrics. */
export type WarningHandler = (warning: MetricWarning) => void;

/**
 * The default handler: prints `"UndefinedMetricWarning: <message>"` with `console.warn`, or does nothing
 * where no console exists.
 * @param warning the warning to print
 * @returns nothing
 * @throws never
 * @example
 * defaultWarningHandler({ category: "UserWarning", message: "m", source: "f1Score" }) //=> undefined
 */
export function defaultWarningHandler(warning: MetricWarning): void {
  const host = globalThis as { console?: { warn?: (...args: unknown[]) => void } };
  host.console?.warn?.(`${warning.category}: ${warning.message}`);
}

let handler: WarningHandler | null = defaultWarningHandler;

/**
 * Replaces the handler that receives the metrics' warnings.
 * @param next the new handler; `null` silences warnings
 * @returns the previous handler (or `null`), so the caller can restore it
 * @throws {InvalidArgumentError} when `next` is neither a function nor `null`
 * @example
 * const previous = setWarningHandler(null); // silence
 * setWarningHandler(previous) //=> null
 */
export function setWarningHandler(next: WarningHandler | null): WarningHandler | null {
  if (next !== null && typeof next !== "function") invalid("setWarningHandler", "next", "a function or null", next);
  const previous = handler;
  handler = next;
  return previous;
}

/**
 * Runs `fn` and returns its result with the warnings it raised, instead of passing them to the handler.
 * The previous handler is restored afterwards, also when `fn` throws.
 * @param fn the computation to run
 * @returns `{ result, warnings }`, warnings in the order they were raised
 * @throws whatever `fn` throws
 * @example
 * collectWarnings(() => f1Score([0, 0], [0, 0])).warnings.length //=> 1
 */
export function collectWarnings<T>(fn: () => T): { result: T; warnings: MetricWarning[] } {
  const warnings: MetricWarning[] = [];
  const previous = setWarningHandler((w) => warnings.push(w));
  try {
    return { result: fn(), warnings };
  } finally {
    setWarningHandler(previous);
  }
}

/** Raises a warning through the current handler (internal). */
export function warn(source: string, category: MetricWarningCategory, message: string): void {
  handler?.({ category, message, source });
}
