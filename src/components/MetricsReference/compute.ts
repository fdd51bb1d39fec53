import { type Average, multilabelConfusionMatrix, precisionRecallFscoreSupport } from "@nn-explained/core";
import type { MetricsExample } from "./examples";

/** One row of a metrics table: a label's scores (`average: null`) or an average's. */
export interface MetricsRow {
  /** The `average` that produced the row (`null` for a per-label row). */
  readonly average: Average;
  /** The label's name for a per-label row, else null. */
  readonly label: string | null;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Occurrences in yTrue for a per-label row; null for an average (as scikit-learn returns). */
  readonly support: number | null;
}

/** The counts behind each label's scores: true positives, false positives, false negatives, support. */
export interface LabelCounts {
  readonly label: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly support: number;
}

/**
 * Scores `example` with core's `precisionRecallFscoreSupport`, once per entry of `example.averages`:
 * one row per label for `null`, one row for each other average.
 */
export function metricsRows(example: MetricsExample): MetricsRow[] {
  const rows: MetricsRow[] = [];
  for (const average of example.averages) {
    if (average === null) {
      const r = precisionRecallFscoreSupport(example.yTrue, example.yPred, { average: null });
      r.precision.forEach((precision, i) => {
        rows.push({
          average,
          label: example.labelNames[i] ?? String(i),
          precision,
          recall: r.recall[i] as number,
          f1: r.fscore[i] as number,
          support: r.support[i] as number,
        });
      });
    } else {
      const r = precisionRecallFscoreSupport(example.yTrue, example.yPred, { average });
      rows.push({ average, label: null, precision: r.precision, recall: r.recall, f1: r.fscore, support: null });
    }
  }
  return rows;
}

/** Each label's tp, fp, fn and support, from core's `multilabelConfusionMatrix` ([[tn, fp], [fn, tp]] per label). */
export function labelCounts(example: MetricsExample): LabelCounts[] {
  return multilabelConfusionMatrix(example.yTrue, example.yPred).map((m, i) => {
    const [[, fp = 0] = [], [fn = 0, tp = 0] = []] = m;
    return { label: example.labelNames[i] ?? String(i), tp, fp, fn, support: tp + fn };
  });
}

/** `average` as scikit-learn spells it in Python: `None`, or a quoted string. */
export function pythonAverage(average: Average): string {
  return average === null ? "None" : `"${average}"`;
}
