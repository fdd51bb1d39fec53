/**
 * The counting core: scikit-learn's `multilabel_confusion_matrix` as four arrays (tn, fp, fn, tp),
 * one entry per selected label (or per sample when samplewise). Counts use typed arrays indexed by
 * the dense codes of `checkTargets`, one pass over the samples and no allocation per sample.
 */

import { formatValue } from "../_lib/format.js";
import { LabelError, TargetTypeError } from "../errors.js";
import type { CheckedTargets, MultilabelTargets, SingleLabelTargets } from "./_checkTargets.js";
import { pairwiseSum } from "./_numpySum.js";
import type { Label } from "./_types.js";

export interface Mcm {
  readonly tn: Float64Array;
  readonly fp: Float64Array;
  readonly fn: Float64Array;
  readonly tp: Float64Array;
}

/**
 * @param labels null for all labels in sorted order; otherwise the labels to report, in order
 *   (absent labels count zero; for multilabel targets, column indices)
 */
export function mcm(fn: string, data: CheckedTargets, labels: readonly Label[] | null, samplewise: boolean): Mcm {
  if (data.type === "multilabel-indicator") return multilabelCounts(fn, data, labels, samplewise);
  if (samplewise) {
    // Callers reject this first with their own wording; kept as a guard in the library's message shape.
    throw new TargetTypeError(
      `${fn}: samplewise must be false for a ${data.type} target (per-sample matrices need a multilabel-indicator target); got true.`,
    );
  }
  return singleLabelCounts(data, labels);
}

function total(data: MultilabelTargets): number {
  return data.weights === null ? data.n : pairwiseSum(data.weights);
}

function singleLabelCounts(data: SingleLabelTargets, labels: readonly Label[] | null): Mcm {
  const counts = data.counts();
  const index = labels === null ? data.classes.map((_, k) => k) : labels.map((l) => data.indexOf(l));
  const m = index.length;
  const out = { tn: new Float64Array(m), fp: new Float64Array(m), fn: new Float64Array(m), tp: new Float64Array(m) };
  const all = data.total();
  for (let j = 0; j < m; j++) {
    const k = index[j] as number;
    if (k < 0) {
      // A label absent from both targets: zero counts (scikit-learn encodes it, then counts nothing).
      out.tn[j] = all;
      continue;
    }
    const tp = counts.tp[k] as number;
    // scikit-learn derives fp, fn and tn by subtraction from the sums; so does this.
    const fp = (counts.pred[k] as number) - tp;
    const fn = (counts.truth[k] as number) - tp;
    out.tp[j] = tp;
    out.fp[j] = fp;
    out.fn[j] = fn;
    out.tn[j] = all - tp - fp - fn;
  }
  return out;
}

/** Validates column indices the way scikit-learn does ("All labels must be in [0, n labels)"). */
export function columnIndices(fn: string, nLabels: number, labels: readonly Label[] | null): number[] {
  if (labels === null) return Array.from({ length: nLabels }, (_, j) => j);
  for (const l of labels) {
    if (typeof l !== "number" || !Number.isInteger(l) || l < 0 || l >= nLabels) {
      throw new LabelError(
        `${fn}: labels must be column indices in [0, ${nLabels}) for a multilabel-indicator target; got ${formatValue(l)}.`,
      );
    }
  }
  return labels as number[];
}

function multilabelCounts(
  fn: string,
  data: MultilabelTargets,
  labels: readonly Label[] | null,
  samplewise: boolean,
): Mcm {
  const cols = columnIndices(fn, data.nLabels, labels);
  const { n, nLabels, trueValues: t, predValues: p, weights: w } = data;
  const m = cols.length;
  if (samplewise) {
    const out = { tn: new Float64Array(n), fp: new Float64Array(n), fn: new Float64Array(n), tp: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      let tp = 0;
      let pr = 0;
      let tr = 0;
      const base = i * nLabels;
      for (let j = 0; j < m; j++) {
        const c = base + (cols[j] as number);
        const a = t[c] !== 0;
        const b = p[c] !== 0;
        if (a) tr++;
        if (b) pr++;
        if (a && b) tp++;
      }
      const wi = w === null ? 1 : (w[i] as number);
      const tpw = tp * wi;
      const fp = pr * wi - tpw;
      const fnc = tr * wi - tpw;
      out.tp[i] = tpw;
      out.fp[i] = fp;
      out.fn[i] = fnc;
      out.tn[i] = wi * m - tpw - fp - fnc;
    }
    return out;
  }
  const tp = new Float64Array(m);
  const pred = new Float64Array(m);
  const truth = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const base = i * nLabels;
    const wi = w === null ? 1 : (w[i] as number);
    for (let j = 0; j < m; j++) {
      const c = base + (cols[j] as number);
      const a = t[c] !== 0;
      const b = p[c] !== 0;
      if (a) truth[j] = (truth[j] as number) + wi;
      if (b) pred[j] = (pred[j] as number) + wi;
      if (a && b) tp[j] = (tp[j] as number) + wi;
    }
  }
  const all = total(data);
  const out = { tn: new Float64Array(m), fp: new Float64Array(m), fn: new Float64Array(m), tp };
  for (let j = 0; j < m; j++) {
    const fp = (pred[j] as number) - (tp[j] as number);
    const fnc = (truth[j] as number) - (tp[j] as number);
    out.fp[j] = fp;
    out.fn[j] = fnc;
    out.tn[j] = all - (tp[j] as number) - fp - fnc;
  }
  return out;
}
