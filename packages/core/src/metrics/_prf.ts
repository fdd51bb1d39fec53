/**
 * scikit-learn's `precision_recall_fscore_support` (1.9) on checked targets: `_check_set_wise_labels`,
 * the multilabel confusion matrix, `_prf_divide` with its warnings, the count-based F-score (1.4+)
 * and `_nanaverage` (NaN scores from `zeroDivision: NaN` are left out of averages, 1.3+).
 */

import { formatChoices, formatValue } from "../_lib/format.js";
import { LabelError, TargetTypeError } from "../errors.js";
import { type CheckedTargets, checkSampleWeight, checkTargets } from "./_checkTargets.js";
import { mcm } from "./_mcm.js";
import { pairwiseSum } from "./_numpySum.js";
import {
  checkAverage,
  checkBeta,
  checkLabels,
  checkPosLabel,
  checkZeroDivision,
  readOptions,
  zeroDivisionValue,
} from "./_options.js";
import { pyRepr } from "./_pyFormat.js";
import type { Average, Label, SampleWeight, ZeroDivision } from "./_types.js";
import { warn } from "./warnings.js";

export type PrfMetric = "precision" | "recall" | "f-score";

/** The options of `precisionRecallFscoreSupport` and the scores built on it. */
export interface PrfOptions {
  /** Weight of recall against precision; `Infinity` gives recall, 0 gives precision. */
  beta?: number;
  /** Labels to score (and their order when `average: null`); may include absent labels. */
  labels?: readonly Label[] | null;
  /** The positive class when `average: "binary"`. */
  posLabel?: Label | null;
  average?: Average;
  sampleWeight?: SampleWeight | null;
  zeroDivision?: ZeroDivision;
}

export interface PrfCore {
  precision: Float64Array | number;
  recall: Float64Array | number;
  fscore: Float64Array | number;
  support: Float64Array | null;
}

export interface ResolvedPrf {
  beta: number;
  labels: readonly Label[] | null;
  posLabel: Label | null;
  average: Average;
  zeroDivision: ZeroDivision;
}

/**
 * Validates the options (scikit-learn validates parameters before looking at the data).
 * @param beta a fixed value (f1Score, precisionScore, recallScore), `"optional"` (default 1) or `"required"`
 */
export function resolvePrfOptions(
  fn: string,
  options: PrfOptions | undefined,
  average: Average,
  beta: number | "optional" | "required",
): ResolvedPrf & { sampleWeight: unknown } {
  const o = readOptions(fn, options);
  const b = typeof beta === "number" ? beta : beta === "optional" && o.beta === undefined ? 1 : checkBeta(fn, o.beta);
  return {
    beta: b,
    labels: checkLabels(fn, o.labels),
    posLabel: checkPosLabel(fn, o.posLabel),
    average: checkAverage(fn, o.average, average),
    zeroDivision: checkZeroDivision(fn, o.zeroDivision),
    sampleWeight: o.sampleWeight,
  };
}

/** Full pipeline from raw inputs: checks targets, then `_check_set_wise_labels`, then weights, then scores. */
export function prfFromInputs(
  fn: string,
  yTrue: unknown,
  yPred: unknown,
  o: ResolvedPrf & { sampleWeight: unknown },
  warnFor: readonly PrfMetric[],
): PrfCore {
  const unweighted = checkTargets(fn, yTrue, yPred);
  const labels = setWiseLabels(fn, unweighted, o.average, o.labels, o.posLabel);
  const weights = checkSampleWeight(fn, unweighted.n, o.sampleWeight);
  const data: CheckedTargets = weights === null ? unweighted : unweighted.withWeights(weights);
  return prfCounts(fn, data, { ...o, labels }, warnFor);
}

/** scikit-learn's `_check_set_wise_labels`: the labels to score, or an error for an impossible average. */
export function setWiseLabels(
  fn: string,
  data: CheckedTargets,
  average: Average,
  labels: readonly Label[] | null,
  posLabel: Label | null,
): readonly Label[] | null {
  if (average === "binary") {
    if (data.type === "binary") {
      const present = data.classes;
      if (data.indexOf(posLabel) < 0 && present.length >= 2) {
        throw new LabelError(`${fn}: posLabel must be one of ${formatValue(present)}; got ${formatValue(posLabel)}.`);
      }
      return [posLabel as Label];
    }
    const choices: Average[] = [null, "micro", "macro", "weighted"];
    if (data.type === "multilabel-indicator") choices.push("samples");
    throw new TargetTypeError(
      `${fn}: average must be one of ${formatChoices(choices)} for a ${data.type} target ("binary" needs a binary target); got "binary".`,
    );
  }
  if (posLabel !== null && posLabel !== 1 && posLabel !== true) {
    warn(
      fn,
      "UserWarning",
      `Note that pos_label (set to ${pyRepr(posLabel)}) is ignored when average != 'binary' (got ${pyRepr(average)}). You may use labels=[pos_label] to specify a single positive class.`,
    );
  }
  return labels;
}

/** scikit-learn's `_warn_prf`. */
function warnPrf(fn: string, average: Average, modifier: string, metric: PrfMetric, resultSize: number): void {
  let axis0 = "sample";
  let axis1 = "label";
  if (average === "samples") [axis0, axis1] = [axis1, axis0];
  const start = `${metric.charAt(0).toUpperCase()}${metric.slice(1)} is`;
  const where = resultSize === 1 ? "due to" : `in ${axis1}s with`;
  warn(
    fn,
    "UndefinedMetricWarning",
    `${start} ill-defined and being set to 0.0 ${where} no ${modifier} ${axis0}s. Use \`zero_division\` parameter to control this behavior.`,
  );
}

/** scikit-learn's `_prf_divide`: a zero denominator gives the zeroDivision value (and a warning for "warn"). */
function prfDivide(
  fn: string,
  num: Float64Array,
  den: Float64Array,
  metric: PrfMetric,
  modifier: string,
  average: Average,
  warnFor: readonly PrfMetric[],
  zeroDivision: ZeroDivision,
): Float64Array {
  const out = new Float64Array(num.length);
  const zd = zeroDivisionValue(zeroDivision);
  let any = false;
  for (let i = 0; i < num.length; i++) {
    const d = den[i] as number;
    if (d === 0) {
      out[i] = zd;
      any = true;
    } else {
      out[i] = (num[i] as number) / d;
    }
  }
  if (any && zeroDivision === "warn" && warnFor.includes(metric)) warnPrf(fn, average, modifier, metric, out.length);
  return out;
}

/**
 * scikit-learn's `_nanaverage`: a weighted mean that skips NaN; all-zero weights fall back to the plain
 * mean. Sums are NumPy's (`pairwiseSum`), so results agree to the last bit.
 */
export function nanAverage(a: Float64Array, weights: Float64Array | null): number {
  const kept: number[] = [];
  for (let i = 0; i < a.length; i++) if (!Number.isNaN(a[i])) kept.push(i);
  if (kept.length === 0) return Number.NaN;
  if (weights === null) {
    // np.nanmean: NaN replaced by 0, summed, divided by the count of the others.
    const zeroed = a.map((v) => (Number.isNaN(v) ? 0 : v));
    return pairwiseSum(zeroed) / kept.length;
  }
  const values = Float64Array.from(kept, (i) => a[i] as number);
  const w = Float64Array.from(kept, (i) => weights[i] as number);
  const scale = pairwiseSum(w);
  if (scale === 0) return pairwiseSum(values) / values.length;
  return pairwiseSum(values.map((v, i) => v * (w[i] as number))) / scale;
}

function sumOf(a: Float64Array): Float64Array {
  return Float64Array.of(pairwiseSum(a));
}

/** Scores from checked targets and set-wise labels. */
export function prfCounts(fn: string, data: CheckedTargets, o: ResolvedPrf, warnFor: readonly PrfMetric[]): PrfCore {
  const { average, beta, zeroDivision } = o;
  const samplewise = average === "samples";
  if (samplewise && data.type !== "multilabel-indicator") {
    const choices: Average[] = ["binary", null, "micro", "macro", "weighted"];
    throw new TargetTypeError(
      `${fn}: average must be one of ${formatChoices(choices)} for a ${data.type} target ("samples" needs a multilabel-indicator target); got "samples".`,
    );
  }
  const m = mcm(fn, data, o.labels, samplewise);
  let tp: Float64Array = m.tp;
  let pred: Float64Array = new Float64Array(tp.length);
  let truth: Float64Array = new Float64Array(tp.length);
  for (let i = 0; i < tp.length; i++) {
    pred[i] = (tp[i] as number) + (m.fp[i] as number);
    truth[i] = (tp[i] as number) + (m.fn[i] as number);
  }
  if (average === "micro") {
    tp = sumOf(tp);
    pred = sumOf(pred);
    truth = sumOf(truth);
  }
  const precision = prfDivide(fn, tp, pred, "precision", "predicted", average, warnFor, zeroDivision);
  const recall = prfDivide(fn, tp, truth, "recall", "true", average, warnFor, zeroDivision);
  let fscore: Float64Array;
  if (beta === Number.POSITIVE_INFINITY) {
    fscore = recall;
  } else if (beta === 0) {
    fscore = precision;
  } else {
    // Count-based F (scikit-learn >= 1.4): (1 + b²) tp / ((1 + b²) tp + b² fn + fp)
    // = (1 + b²) tp / (b² · true + pred); defined whenever a label was seen in either target.
    const beta2 = beta * beta;
    const num = new Float64Array(tp.length);
    const den = new Float64Array(tp.length);
    for (let i = 0; i < tp.length; i++) {
      num[i] = (1 + beta2) * (tp[i] as number);
      den[i] = beta2 * (truth[i] as number) + (pred[i] as number);
    }
    fscore = prfDivide(fn, num, den, "f-score", "true nor predicted", average, warnFor, zeroDivision);
  }
  if (average === null) return { precision, recall, fscore, support: truth };
  const weights = average === "weighted" ? truth : average === "samples" ? data.weights : null;
  return {
    precision: nanAverage(precision, weights),
    recall: nanAverage(recall, weights),
    fscore: nanAverage(fscore, weights),
    support: null,
  };
}

/** The options of `precisionScore`, `recallScore` and `f1Score` (no `beta`). */
export type ScoreOptions = Omit<PrfOptions, "beta">;

/** One of precision, recall or F-beta, warning only about that one (scikit-learn's `warn_for`). */
export function singleScore(
  fn: string,
  yTrue: unknown,
  yPred: unknown,
  options: PrfOptions | undefined,
  metric: PrfMetric,
  beta: number | "required",
): number | number[] {
  const o = resolvePrfOptions(fn, options, "binary", beta);
  const r = prfFromInputs(fn, yTrue, yPred, o, [metric]);
  const v = metric === "precision" ? r.precision : metric === "recall" ? r.recall : r.fscore;
  return typeof v === "number" ? v : Array.from(v);
}
