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
