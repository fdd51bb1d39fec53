import { accuracyScore, precisionRecallFscoreSupport } from "@nn-explained/core";

/** A square confusion matrix of counts: rows are true classes, columns predicted classes (scikit-learn's layout). */
export type Counts = number[][];

export interface AveragingResult {
  perClass: { precision: number[]; recall: number[]; f1: number[]; support: number[] };
  averages: Record<"micro" | "macro" | "weighted", { precision: number; recall: number; f1: number }>;
  accuracy: number;
}

/**
 * Scores a confusion matrix with core's scikit-learn-exact metrics. Each non-zero cell (i, j) becomes
 * one sample with true label i, predicted label j and sample weight equal to the count, so the numbers are
 * exactly what `f1_score(y_true, y_pred, average=...)` gives on the expanded samples.
 * Returns null when every count is zero (there is nothing to score).
 */
export function scoreConfusionMatrix(counts: Counts, zeroDivision: 0 | 1 | number): AveragingResult | null {
  const yTrue: number[] = [];
  const yPred: number[] = [];
  const sampleWeight: number[] = [];
  counts.forEach((row, i) => {
    row.forEach((count, j) => {
      if (count > 0) {
        yTrue.push(i);
        yPred.push(j);
        sampleWeight.push(count);
      }
    });
  });
  if (yTrue.length === 0) return null;
  const labels = counts.map((_, i) => i);
  const common = { labels, sampleWeight, zeroDivision };
  const perLabel = precisionRecallFscoreSupport(yTrue, yPred, { ...common, average: null });
  const averaged = (average: "micro" | "macro" | "weighted") => {
    const r = precisionRecallFscoreSupport(yTrue, yPred, { ...common, average });
    return { precision: r.precision, recall: r.recall, f1: r.fscore };
  };
  return {
    perClass: {
      precision: perLabel.precision,
      recall: perLabel.recall,
      f1: perLabel.fscore,
      support: perLabel.support,
    },
    averages: { micro: averaged("micro"), macro: averaged("macro"), weighted: averaged("weighted") },
    accuracy: accuracyScore(yTrue, yPred, { sampleWeight }),
  };
}

/** Starting points for the explorer; each shows one point of the article. */
export const presets: Record<string, { label: string; classes: string[]; counts: Counts }> = {
  baseline: {
    label: "70/20/10, always predicts the majority",
    classes: ["cat", "dog", "bird"],
    counts: [
      [70, 0, 0],
      [20, 0, 0],
      [10, 0, 0],
    ],
  },
  minority: {
    label: "Good on large classes, failing the small one",
    classes: ["cat", "dog", "bird"],
    counts: [
      [66, 3, 1],
      [2, 17, 1],
      [7, 2, 1],
    ],
  },
  balanced: {
    label: "Balanced classes, equally good",
    classes: ["cat", "dog", "bird"],
    counts: [
      [27, 2, 1],
      [3, 25, 2],
      [1, 2, 27],
    ],
  },
};
