/**
 * Classification metrics with scikit-learn 1.9 semantics (checked case by case against scikit-learn 1.9.1
 * by test/fixtures/generate_sklearn.py): same values, same label order, same warnings (through
 * `setWarningHandler`), same reports, and the same inputs rejected, each with a typed `CoreError`.
 *
 * Where JavaScript and NumPy cannot agree, the choice made here:
 * - A vector mixing strings with numbers or booleans is rejected (NumPy turns `[1, "a"]` into `["1", "a"]`).
 * - A `labels` entry or `posLabel` of another kind than the data matches nothing (NumPy sometimes coerces
 *   `"1"` to `1`); booleans do equal 0 and 1, as in Python.
 * - Whole numbers print as integers in reports: JavaScript has no `1.0` distinct from `1`.
 * - Multilabel `labels` must be whole column indices (NumPy would truncate `0.5` to column 0).
 * - `classificationReport(..., { outputDict: true })` is a plain object, so integer-like label names come
 *   first in key order, as JavaScript orders such keys.
 */
export type { ScoreOptions } from "./_prf.js";
export type {
  Average,
  IndicatorMatrix,
  Label,
  LabelVector,
  SampleWeight,
  Target,
  TargetType,
  ZeroDivision,
} from "./_types.js";
export { type AccuracyOptions, accuracyScore } from "./accuracyScore.js";
export {
  type ClassificationReportDict,
  type ClassificationReportOptions,
  classificationReport,
  type ReportRow,
} from "./classificationReport.js";
export { type ConfusionMatrixOptions, confusionMatrix } from "./confusionMatrix.js";
export { f1Score } from "./f1Score.js";
export { type FbetaOptions, fbetaScore } from "./fbetaScore.js";
export { type MultilabelConfusionMatrixOptions, multilabelConfusionMatrix } from "./multilabelConfusionMatrix.js";
export {
  type PrfAveraged,
  type PrfOptions,
  type PrfPerLabel,
  precisionRecallFscoreSupport,
} from "./precisionRecallFscoreSupport.js";
export { precisionScore } from "./precisionScore.js";
export { recallScore } from "./recallScore.js";
export { typeOfTarget } from "./typeOfTarget.js";
export {
  collectWarnings,
  defaultWarningHandler,
  type MetricWarning,
  type MetricWarningCategory,
  setWarningHandler,
  type WarningHandler,
} from "./warnings.js";
