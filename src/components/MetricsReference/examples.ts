import type { Average, IndicatorMatrix, LabelVector } from "@nn-explained/core";

/** One worked example of the metrics reference: targets, and the averages that apply to their type. */
export interface MetricsExample {
  readonly id: "multiclass" | "binary" | "multilabel";
  /** Single-label targets (labels) or multilabel targets (0/1 indicator rows, one column per label). */
  readonly yTrue: LabelVector | IndicatorMatrix;
  readonly yPred: LabelVector | IndicatorMatrix;
  /** Names of the labels in label order (for multilabel targets, the columns). */
  readonly labelNames: readonly string[];
  /** The `average` values shown, `null` first when per-label scores are shown. */
  readonly averages: readonly Average[];
}

/**
 * Ten animals, three classes, imbalanced 5/3/2: every average gives a different number. The same lists
 * appear in the page's Python snippet and in `packages/core/test/fixtures/generate_metrics_reference.py`.
 */
export const multiclass: MetricsExample = {
  id: "multiclass",
  yTrue: ["cat", "cat", "cat", "cat", "cat", "dog", "dog", "dog", "fish", "fish"],
  yPred: ["cat", "cat", "cat", "cat", "dog", "dog", "dog", "cat", "fish", "cat"],
  labelNames: ["cat", "dog", "fish"],
  averages: [null, "micro", "macro", "weighted"],
};

/** Ten samples of a binary problem whose positive class is 1. */
export const binary: MetricsExample = {
  id: "binary",
  yTrue: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
  yPred: [1, 1, 1, 0, 1, 1, 0, 0, 0, 0],
  labelNames: ["0", "1"],
  averages: [null, "binary", "micro", "macro", "weighted"],
};

/** Four samples, three labels that may occur together (a 0/1 indicator matrix). */
export const multilabel: MetricsExample = {
  id: "multilabel",
  yTrue: [
    [1, 0, 1],
    [0, 1, 0],
    [1, 1, 0],
    [1, 0, 1],
  ],
  yPred: [
    [1, 0, 0],
    [0, 1, 1],
    [1, 0, 0],
    [0, 0, 1],
  ],
  labelNames: ["label 0", "label 1", "label 2"],
  averages: [null, "micro", "macro", "weighted", "samples"],
};

export const examples = { multiclass, binary, multilabel } as const;
