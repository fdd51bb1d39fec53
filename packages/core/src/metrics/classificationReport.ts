import { assertNumber, invalid } from "../_lib/assert.js";
import { EmptyInputError, ShapeError } from "../errors.js";
import { checkTargets } from "./_checkTargets.js";
import { pairwiseSum } from "./_numpySum.js";
import { checkBoolean, checkLabels, checkZeroDivision, readOptions } from "./_options.js";
import { type PrfCore, prfCounts } from "./_prf.js";
import { formatFixed, padLeft, pyFloatRepr, pyLen, pyStr } from "./_pyFormat.js";
import type { Label, SampleWeight, Target, ZeroDivision } from "./_types.js";
import { warn } from "./warnings.js";

/** The options of `classificationReport`. */
export interface ClassificationReportOptions {
  /** Labels to report, in order; by default all labels of both targets, sorted. */
  labels?: readonly Label[] | null;
  /** Display names for the labels, in the same order. */
  targetNames?: readonly string[] | null;
  sampleWeight?: SampleWeight | null;
  /** Decimals in the text report (default 2); ignored with `outputDict`. */
  digits?: number;
  /** Return the numbers as an object instead of text. */
  outputDict?: boolean;
  zeroDivision?: ZeroDivision;
}

/** One row of the report as an object. */
export interface ReportRow {
  precision: number;
  recall: number;
  "f1-score": number;
  support: number;
}

/**
 * The report as an object: one `ReportRow` per label name, then `"micro avg"` or `accuracy` (a number),
 * `"macro avg"`, `"weighted avg"` and, for multilabel targets, `"samples avg"`.
 */
export type ClassificationReportDict = Record<string, ReportRow | number>;

const HEADERS = ["precision", "recall", "f1-score", "support"] as const;

/**
 * Precision, recall, F1 and support per label with their averages, printed exactly as scikit-learn 1.9's
 * `classification_report` prints them (column widths, rounding half to even, the `accuracy` row when
 * the micro average equals accuracy, `micro avg` otherwise), or returned as an object.
 * @param yTrue true labels (numbers, strings or booleans), or a 0/1 indicator matrix for multilabel targets
 * @param yPred predicted labels, of the same kind as yTrue
 * @param options `labels`, `targetNames`, `sampleWeight`, `digits` (2), `outputDict` (false), `zeroDivision` ("warn")
 * @returns the text report, or an object when `outputDict` is true
 * @throws {InvalidArgumentError} for an invalid option, NaN or infinite labels, or elements that are not labels
 * @throws {ShapeError} when lengths differ, or `targetNames` does not name every label and `labels` is not given
 * @throws {EmptyInputError} when there are no samples, or `labels` is empty
 * @throws {TargetTypeError} for continuous or multioutput targets, mixed target types, mixed string and number labels
 * @throws {LabelError} when multilabel `labels` are not column indices
 * @example
 * classificationReport([0, 1, 2, 2, 2], [0, 0, 2, 2, 1], { outputDict: true }).accuracy //=> 0.6
 */
export function classificationReport(
  yTrue: Target,
  yPred: Target,
  options: ClassificationReportOptions & { outputDict: true },
): ClassificationReportDict;
export function classificationReport(
  yTrue: Target,
  yPred: Target,
  options?: ClassificationReportOptions & { outputDict?: false },
): string;
export function classificationReport(
  yTrue: Target,
  yPred: Target,
  options?: ClassificationReportOptions,
): string | ClassificationReportDict;
export function classificationReport(
  yTrue: Target,
  yPred: Target,
  options?: ClassificationReportOptions,
): string | ClassificationReportDict {
  const fn = "classificationReport";
  const o = readOptions(fn, options);
  const labelsOpt = checkLabels(fn, o.labels);
  const digits = o.digits ?? 2;
  assertNumber(fn, "digits", digits, { min: 0, integer: true });
  const outputDict = checkBoolean(fn, "outputDict", o.outputDict, false);
  const zeroDivision = checkZeroDivision(fn, o.zeroDivision);
  const targetNamesOpt = o.targetNames ?? null;
  if (targetNamesOpt !== null) {
    if (!Array.isArray(targetNamesOpt) || !targetNamesOpt.every((t) => typeof t === "string")) {
      invalid(fn, "targetNames", "an array of strings or null", targetNamesOpt);
    }
  }
  const data = checkTargets(fn, yTrue, yPred, o.sampleWeight);
  const labelsGiven = labelsOpt !== null;
  const labels: readonly Label[] = labelsOpt ?? data.classes;
  if (labels.length === 0) {
    // scikit-learn fails here too (max() of no names); an empty report has nothing to show.
    throw new EmptyInputError(`${fn}: labels must contain at least one label; got [].`);
  }
  // The micro average is accuracy when every label present is reported (single-label targets only).
  let microIsAccuracy = data.type !== "multilabel-indicator";
  if (microIsAccuracy && labelsGiven && data.type !== "multilabel-indicator") {
    const listed = new Set(labels.map((l) => data.indexOf(l)));
    microIsAccuracy = data.classes.every((_, k) => listed.has(k));
  }
  let targetNames: readonly string[];
  if (targetNamesOpt !== null && targetNamesOpt.length !== labels.length) {
    if (labelsGiven) {
      warn(
        fn,
        "UserWarning",
        `labels size, ${labels.length}, does not match size of target_names, ${targetNamesOpt.length}`,
      );
    } else {
      throw new ShapeError(
        `${fn}: targetNames must have one name per label (${labels.length}); got ${targetNamesOpt.length} name${targetNamesOpt.length === 1 ? "" : "s"}. Pass labels to report a subset.`,
      );
    }
  }
  if (targetNamesOpt !== null) targetNames = targetNamesOpt;
  else targetNames = labels.map(pyStr);

  const base = { beta: 1, labels, posLabel: 1 as Label, zeroDivision };
  const perLabel = prfCounts(fn, data, { ...base, average: null }, ["precision", "recall", "f-score"]);
  const p = perLabel.precision as Float64Array;
  const r = perLabel.recall as Float64Array;
  const f = perLabel.fscore as Float64Array;
  const s = perLabel.support as Float64Array;
  // Python's zip stops at the shorter of the names and the scores.
  const nRows = Math.min(targetNames.length, p.length);
  const supportTotal = pairwiseSum(s);
  const averages: ("micro" | "macro" | "weighted" | "samples")[] =
    data.type === "multilabel-indicator" ? ["micro", "macro", "weighted", "samples"] : ["micro", "macro", "weighted"];
  const averaged = averages.map((average) => ({
    heading: average === "micro" && microIsAccuracy ? "accuracy" : `${average} avg`,
    scores: prfCounts(fn, data, { ...base, average }, ["precision", "recall", "f-score"]),
  }));

  if (outputDict) {
    const out: ClassificationReportDict = {};
    for (let i = 0; i < nRows; i++) {
      out[targetNames[i] as string] = row(p[i] as number, r[i] as number, f[i] as number, s[i] as number);
    }
    for (const { heading, scores } of averaged) {
      const a = scores as PrfCore;
      out[heading] =
        heading === "accuracy"
          ? (a.precision as number)
          : row(a.precision as number, a.recall as number, a.fscore as number, supportTotal);
    }
    return out;
  }

  // Supports print as Python prints them: integers, or floats (repr) when scikit-learn's counts are floats.
  // They are with sample weights, and also for a single-label target where no prediction is right:
  // multilabel_confusion_matrix then starts from np.zeros ("Pathological case") instead of an integer bincount.
  const floatSupports = data.weights !== null || (data.type !== "multilabel-indicator" && data.hits() === 0);
  const fmtSupport = (v: number) => (floatSupports ? pyFloatRepr(v) : String(v));
  const nameWidth = Math.max(...targetNames.map(pyLen));
  const width = Math.max(nameWidth, "weighted avg".length, digits);
  const num = (v: number) => ` ${padLeft(formatFixed(v, digits), 9)}`;
  let report = `${" ".repeat(width)} ${HEADERS.map((h) => ` ${padLeft(h, 9)}`).join("")}\n\n`;
  for (let i = 0; i < nRows; i++) {
    report += `${padLeft(targetNames[i] as string, width)} ${num(p[i] as number)}${num(r[i] as number)}${num(f[i] as number)} ${padLeft(fmtSupport(s[i] as number), 9)}\n`;
  }
  report += "\n";
  for (const { heading, scores } of averaged) {
    const a = scores as PrfCore;
    const support = ` ${padLeft(fmtSupport(supportTotal), 9)}`;
    if (heading === "accuracy") {
      report += `${padLeft(heading, width)} ${" ".repeat(20)}${num(a.fscore as number)}${support}\n`;
    } else {
      report += `${padLeft(heading, width)} ${num(a.precision as number)}${num(a.recall as number)}${num(a.fscore as number)}${support}\n`;
    }
  }
  return report;
}

function row(precision: number, recall: number, f1: number, support: number): ReportRow {
  return { precision, recall, "f1-score": f1, support };
}
