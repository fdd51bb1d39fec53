/**
 * scikit-learn's `_check_targets` and `unique_labels`: checks that yTrue and yPred describe the same
 * classification task and returns them encoded as integer codes into the sorted union of their labels.
 * The checks run in scikit-learn's order, so the same input fails with the same complaint.
 */

import { formatValue } from "../_lib/format.js";
import { EmptyInputError, InvalidArgumentError, ShapeError, TargetTypeError } from "../errors.js";
import { compareCodePoints } from "./_pyFormat.js";
import { scanTarget, type VectorScan } from "./_scan.js";
import type { Label } from "./_types.js";

/** Binary or multiclass targets, encoded. */
export interface SingleLabelTargets {
  readonly type: "binary" | "multiclass";
  readonly n: number;
  /** The sorted union of the labels of yTrue and yPred. */
  readonly classes: Label[];
  /** Per sample, the index of its label in `classes`. */
  readonly trueCodes: Int32Array;
  readonly predCodes: Int32Array;
  readonly weights: Float64Array | null;
  /** The index of `label` in `classes`, or -1 (booleans equal 0 and 1; strings never equal numbers). */
  indexOf(label: unknown): number;
}

/** Multilabel indicator targets, row-major. */
export interface MultilabelTargets {
  readonly type: "multilabel-indicator";
  readonly n: number;
  readonly nLabels: number;
  /** Column indices 0 … nLabels-1: a multilabel target's labels. */
  readonly classes: number[];
  readonly trueValues: Float64Array;
  readonly predValues: Float64Array;
  readonly weights: Float64Array | null;
}

export type CheckedTargets = SingleLabelTargets | MultilabelTargets;

function lengthOf(fn: string, param: string, y: unknown): number {
  if (Array.isArray(y) || (ArrayBuffer.isView(y) && !(y instanceof DataView))) return (y as ArrayLike<unknown>).length;
  const expected =
    param === "sampleWeight" ? "an array of numbers or null" : "an array of labels or a 0/1 indicator matrix";
  throw new InvalidArgumentError(`${fn}: ${param} must be ${expected}; got ${formatValue(y)}.`);
}

/**
 * Validates sample weights against `n` samples: one finite number each, not all zero
 * (scikit-learn's `check_consistent_length` and `_check_sample_weight`).
 */
export function checkSampleWeight(fn: string, nSamples: number, sampleWeight: unknown): Float64Array | null {
  if (sampleWeight === undefined || sampleWeight === null) return null;
  checkWeightLength(fn, nSamples, sampleWeight);
  return checkWeights(fn, sampleWeight as ArrayLike<unknown>);
}

function checkWeightLength(fn: string, nSamples: number, sampleWeight: unknown): void {
  const nW = lengthOf(fn, "sampleWeight", sampleWeight);
  if (nW !== nSamples) {
    throw new ShapeError(`${fn}: sampleWeight must have one weight per sample (${nSamples}); got ${nW} weights.`);
  }
}

function checkWeights(fn: string, sampleWeight: ArrayLike<unknown>): Float64Array {
  const n = sampleWeight.length;
  const w = new Float64Array(n);
  let nonZero = false;
  for (let i = 0; i < n; i++) {
    const v = sampleWeight[i];
    if (typeof v !== "number" && typeof v !== "boolean") {
      throw new InvalidArgumentError(
        `${fn}: sampleWeight must hold finite numbers; got ${formatValue(v)} at index ${i}.`,
      );
    }
    w[i] = Number(v);
  }
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(w[i]))
      throw new InvalidArgumentError(`${fn}: sampleWeight must not contain NaN; got NaN at index ${i}.`);
  }
  for (let i = 0; i < n; i++) {
    const v = w[i] as number;
    if (!Number.isFinite(v)) {
      throw new InvalidArgumentError(
        `${fn}: sampleWeight must hold finite numbers; got ${formatValue(v)} at index ${i}.`,
      );
    }
    if (v !== 0) nonZero = true;
  }
  if (!nonZero) {
    throw new InvalidArgumentError(`${fn}: sampleWeight must contain at least one non-zero weight; got only zeros.`);
  }
  return w;
}

function kindName(scan: VectorScan): string {
  return scan.kind === "number" ? "numbers" : scan.kind === "string" ? "strings" : "booleans";
}

/**
 * Checks and encodes yTrue and yPred (and sampleWeight when given).
 * @param fn the public function's name, for messages
 * @param sampleWeight undefined or null for unweighted
 */
export function checkTargets(fn: string, yTrue: unknown, yPred: unknown, sampleWeight?: unknown): CheckedTargets {
  const nTrue = lengthOf(fn, "yTrue", yTrue);
  const nPred = lengthOf(fn, "yPred", yPred);
  if (nTrue !== nPred) {
    throw new ShapeError(`${fn}: yTrue and yPred must have the same number of samples; got ${nTrue} and ${nPred}.`);
  }
  const weighted = sampleWeight !== undefined && sampleWeight !== null;
  if (weighted) checkWeightLength(fn, nTrue, sampleWeight);
  const st = scanTarget(fn, "yTrue", yTrue);
  const sp = scanTarget(fn, "yPred", yPred);
  if (nTrue === 0) {
    throw new EmptyInputError(`${fn}: yTrue and yPred must hold at least one sample; got 0 samples.`);
  }
  const weights = weighted ? checkWeights(fn, sampleWeight as ArrayLike<unknown>) : null;

  let type: string = st.type;
  if (st.type !== sp.type) {
    const pair = new Set([st.type, sp.type]);
    if (pair.has("binary") && pair.has("multiclass")) type = "multiclass";
    else {
      throw new TargetTypeError(
        `${fn}: yTrue and yPred must be targets of the same type; got "${st.type}" and "${sp.type}".`,
      );
    }
  }
  if (type !== "binary" && type !== "multiclass" && type !== "multilabel-indicator") {
    const detail = st.detail ? ` (${st.detail} of yTrue)` : "";
    throw new TargetTypeError(
      `${fn}: yTrue and yPred must be binary, multiclass or multilabel-indicator targets; got "${type}"${detail}.`,
    );
  }

  if (st.dim === 2 && sp.dim === 2) {
    if (st.nCols !== sp.nCols) {
      throw new ShapeError(
        `${fn}: yTrue and yPred must have the same number of columns (labels); got ${st.nCols} and ${sp.nCols}.`,
      );
    }
    return {
      type: "multilabel-indicator",
      n: nTrue,
      nLabels: st.nCols,
      classes: Array.from({ length: st.nCols }, (_, j) => j),
      trueValues: st.values,
      predValues: sp.values,
      weights,
    };
  }
  const vt = st as VectorScan;
  const vp = sp as VectorScan;
  if ((vt.kind === "string") !== (vp.kind === "string")) {
    throw new TargetTypeError(
      `${fn}: yTrue and yPred must hold labels of one kind (strings, or numbers and booleans); got ${kindName(vt)} in yTrue and ${kindName(vp)} in yPred.`,
    );
  }
  return unite(type as "binary" | "multiclass", vt, vp, weights);
}

/** Key under which labels compare: booleans as 0/1 (Python's `True == 1`). */
function keyOf(label: Label): number | string {
  return typeof label === "boolean" ? (label ? 1 : 0) : label;
}

function compareKeys(a: number | string, b: number | string): number {
  return typeof a === "string" ? compareCodePoints(a, b as string) : a - (b as number);
}

/**
 * The sorted union of both label sets. Where yTrue holds `true` and yPred holds `1`, the label is
 * reported as yTrue's (Python's set keeps the element seen first).
 */
function unite(
  type: "binary" | "multiclass",
  vt: VectorScan,
  vp: VectorScan,
  weights: Float64Array | null,
): SingleLabelTargets {
  const classes: Label[] = [];
  const mapTrue = new Int32Array(vt.localSize);
  const mapPred = new Int32Array(vp.localSize);
  let i = 0;
  let j = 0;
  const a = vt.uniques;
  const b = vp.uniques;
  while (i < a.length || j < b.length) {
    const c = i >= a.length ? 1 : j >= b.length ? -1 : compareKeys(keyOf(a[i] as Label), keyOf(b[j] as Label));
    const k = classes.length;
    if (c <= 0) {
      classes.push(a[i] as Label);
      mapTrue[vt.uniqueCodes[i] as number] = k;
      i++;
      if (c === 0) {
        mapPred[vp.uniqueCodes[j] as number] = k;
        j++;
      }
    } else {
      classes.push(b[j] as Label);
      mapPred[vp.uniqueCodes[j] as number] = k;
      j++;
    }
  }
  remap(vt.codes, mapTrue);
  remap(vp.codes, mapPred);
  let lookup: Map<number | string, number> | null = null;
  const isString = vt.kind === "string";
  return {
    type: type === "binary" && classes.length > 2 ? "multiclass" : type,
    n: vt.n,
    classes,
    trueCodes: vt.codes,
    predCodes: vp.codes,
    weights,
    indexOf(label: unknown): number {
      if (lookup === null) {
        lookup = new Map();
        for (let k = 0; k < classes.length; k++) lookup.set(keyOf(classes[k] as Label), k);
      }
      if (isString ? typeof label !== "string" : typeof label !== "number" && typeof label !== "boolean") return -1;
      return lookup.get(keyOf(label as Label)) ?? -1;
    },
  };
}

/** Rewrites local codes as indices into the union, skipping the pass when the mapping is the identity. */
function remap(codes: Int32Array, map: Int32Array): void {
  let identity = true;
  for (let k = 0; k < map.length; k++) {
    if (map[k] !== k) {
      identity = false;
      break;
    }
  }
  if (identity) return;
  const n = codes.length;
  for (let k = 0; k < n; k++) codes[k] = map[codes[k] as number] as number;
}
