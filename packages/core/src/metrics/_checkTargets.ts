/**
 * scikit-learn's `_check_targets` and `unique_labels`: checks that yTrue and yPred describe the same
 * classification task and returns them encoded as integer codes into the sorted union of their labels.
 * The checks run in scikit-learn's order, so the same input fails with the same complaint.
 */

import { formatValue } from "../_lib/format.js";
import { EmptyInputError, InvalidArgumentError, ShapeError, TargetTypeError } from "../errors.js";
import { pairwiseSum } from "./_numpySum.js";
import { compareCodePoints } from "./_pyFormat.js";
import { scanTarget, type VectorScan } from "./_scan.js";
import type { Label } from "./_types.js";

/** Weighted per-class counts of a single-label target. */
export interface ClassCounts {
  /** Samples of the class predicted as the class. */
  readonly tp: Float64Array;
  /** Samples predicted as the class. */
  readonly pred: Float64Array;
  /** Samples truly of the class. */
  readonly truth: Float64Array;
}

/**
 * Binary or multiclass targets. Metrics read them through per-class counts and a weighted table, so
 * the representation can be per-sample codes or, for small non-negative integers, the joint table
 * counted in a single fused pass.
 */
export interface SingleLabelTargets {
  readonly type: "binary" | "multiclass";
  readonly n: number;
  /** The sorted union of the labels of yTrue and yPred. */
  readonly classes: Label[];
  readonly weights: Float64Array | null;
  /** Per class, 1 when it occurs in yTrue. */
  readonly truePresent: Uint8Array;
  /** The index of `label` in `classes`, or -1 (booleans equal 0 and 1; strings never equal numbers). */
  indexOf(label: unknown): number;
  counts(): ClassCounts;
  /** The sum of the weights (the number of samples when unweighted). */
  total(): number;
  /** The weight of the samples whose predicted label is the true one. */
  hits(): number;
  /** Adds every sample's weight to out[map[true] * size + map[pred]], skipping classes mapped to -1. */
  accumulate(map: Int32Array, size: number, out: Float64Array): void;
  /** The same targets with sample weights (validated by `checkSampleWeight`). */
  withWeights(weights: Float64Array | null): SingleLabelTargets;
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
  withWeights(weights: Float64Array | null): MultilabelTargets;
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
    throw new ShapeError(
      `${fn}: sampleWeight must have one weight per sample (${nSamples}); got ${nW} weight${nW === 1 ? "" : "s"}.`,
    );
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
  if (nTrue > 0) {
    // Small non-negative whole numbers (the common case) need no scan, sort or codes: one fused pass.
    const fast = smallIntTargets(yTrue as ArrayLike<unknown>, yPred as ArrayLike<unknown>);
    if (fast !== null) return weighted ? fast.withWeights(checkWeights(fn, sampleWeight as ArrayLike<unknown>)) : fast;
  }
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
      const detail = (scan: { detail: string }) => (scan.detail ? ` (${scan.detail})` : "");
      throw new TargetTypeError(
        `${fn}: yTrue and yPred must be targets of the same type; got "${st.type}"${detail(st)} and "${sp.type}"${detail(sp)}.`,
      );
    }
  }
  if (type !== "binary" && type !== "multiclass" && type !== "multilabel-indicator") {
    const detail = st.detail ? ` (yTrue: ${st.detail})` : "";
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
    return multilabelTargets(nTrue, st.nCols, st.values, sp.values, weights);
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

function multilabelTargets(
  n: number,
  nLabels: number,
  trueValues: Float64Array,
  predValues: Float64Array,
  weights: Float64Array | null,
): MultilabelTargets {
  return {
    type: "multilabel-indicator",
    n,
    nLabels,
    classes: Array.from({ length: nLabels }, (_, j) => j),
    trueValues,
    predValues,
    weights,
    withWeights: (w) => multilabelTargets(n, nLabels, trueValues, predValues, w),
  };
}

/** Key under which labels compare: booleans as 0/1 (Python's `True == 1`). */
function keyOf(label: Label): number | string {
  return typeof label === "boolean" ? (label ? 1 : 0) : label;
}

function compareKeys(a: number | string, b: number | string): number {
  return typeof a === "string" ? compareCodePoints(a, b as string) : a - (b as number);
}

/** What both representations share: the classes, their lookup and the cached counts. */
abstract class SingleLabelBase implements SingleLabelTargets {
  private lookup: Map<number | string, number> | null = null;
  private cached: ClassCounts | null = null;
  constructor(
    readonly type: "binary" | "multiclass",
    readonly n: number,
    readonly classes: Label[],
    readonly weights: Float64Array | null,
    readonly truePresent: Uint8Array,
    private readonly stringLabels: boolean,
  ) {}

  indexOf(label: unknown): number {
    if (this.stringLabels ? typeof label !== "string" : typeof label !== "number" && typeof label !== "boolean") {
      return -1;
    }
    if (this.lookup === null) {
      this.lookup = new Map();
      for (let k = 0; k < this.classes.length; k++) this.lookup.set(keyOf(this.classes[k] as Label), k);
    }
    return this.lookup.get(keyOf(label as Label)) ?? -1;
  }

  counts(): ClassCounts {
    if (this.cached === null) this.cached = this.computeCounts();
    return this.cached;
  }

  total(): number {
    return this.weights === null ? this.n : pairwiseSum(this.weights);
  }

  abstract hits(): number;
  abstract accumulate(map: Int32Array, size: number, out: Float64Array): void;
  abstract withWeights(weights: Float64Array | null): SingleLabelTargets;
  protected abstract computeCounts(): ClassCounts;
}

/**
 * Per-sample codes (strings, booleans, negative or large numbers). Codes stay in each vector's own
 * first-seen or offset numbering; `mapTrue`/`mapPred` translate them to indices into `classes` inside
 * the counting loops, which saves rewriting a million codes.
 */
class CodedTargets extends SingleLabelBase {
  constructor(
    type: "binary" | "multiclass",
    classes: Label[],
    weights: Float64Array | null,
    truePresent: Uint8Array,
    private readonly stringLabels_: boolean,
    private readonly trueCodes: Int32Array,
    private readonly predCodes: Int32Array,
    private readonly mapTrue: Int32Array,
    private readonly mapPred: Int32Array,
  ) {
    super(type, trueCodes.length, classes, weights, truePresent, stringLabels_);
  }

  protected computeCounts(): ClassCounts {
    const k = this.classes.length;
    const tp = new Float64Array(k);
    const pred = new Float64Array(k);
    const truth = new Float64Array(k);
    const { trueCodes: t, predCodes: p, mapTrue: mt, mapPred: mp, weights: w, n } = this;
    for (let i = 0; i < n; i++) {
      const a = mt[t[i] as number] as number;
      const b = mp[p[i] as number] as number;
      const wi = w === null ? 1 : (w[i] as number);
      truth[a] = (truth[a] as number) + wi;
      pred[b] = (pred[b] as number) + wi;
      if (a === b) tp[a] = (tp[a] as number) + wi;
    }
    return { tp, pred, truth };
  }

  hits(): number {
    let s = 0;
    const { trueCodes: t, predCodes: p, mapTrue: mt, mapPred: mp, weights: w, n } = this;
    for (let i = 0; i < n; i++) if (mt[t[i] as number] === mp[p[i] as number]) s += w === null ? 1 : (w[i] as number);
    return s;
  }

  accumulate(map: Int32Array, size: number, out: Float64Array): void {
    const { trueCodes: t, predCodes: p, mapTrue: mt, mapPred: mp, weights: w, n } = this;
    for (let i = 0; i < n; i++) {
      const r = map[mt[t[i] as number] as number] as number;
      const c = map[mp[p[i] as number] as number] as number;
      if (r < 0 || c < 0) continue;
      const k = r * size + c;
      out[k] = (out[k] as number) + (w === null ? 1 : (w[i] as number));
    }
  }

  withWeights(weights: Float64Array | null): SingleLabelTargets {
    return new CodedTargets(
      this.type,
      this.classes,
      weights,
      this.truePresent,
      this.stringLabels_,
      this.trueCodes,
      this.predCodes,
      this.mapTrue,
      this.mapPred,
    );
  }
}

/** Labels below this bound, when every label is a whole number >= 0, are counted in one joint table. */
const SMALL = 64;

/**
 * The joint K×K table of weighted counts (row: true class, column: predicted class), counted in one
 * pass over both targets. Every single-label metric here is a function of this table.
 */
class TableTargets extends SingleLabelBase {
  constructor(
    type: "binary" | "multiclass",
    n: number,
    classes: Label[],
    weights: Float64Array | null,
    truePresent: Uint8Array,
    private readonly table: Float64Array,
    private readonly counted: {
      yTrue: ArrayLike<number>;
      yPred: ArrayLike<number>;
      index: Int32Array;
      unweighted: Float64Array;
    },
  ) {
    super(type, n, classes, weights, truePresent, false);
  }

  protected computeCounts(): ClassCounts {
    const k = this.classes.length;
    const tp = new Float64Array(k);
    const pred = new Float64Array(k);
    const truth = new Float64Array(k);
    const w = this.weights;
    if (w !== null) {
      // Weighted sums in sample order, as NumPy's bincount adds them (so printed supports match).
      const { yTrue, yPred, index } = this.counted;
      for (let i = 0; i < this.n; i++) {
        const a = index[yTrue[i] as number] as number;
        const b = index[yPred[i] as number] as number;
        const wi = w[i] as number;
        truth[a] = (truth[a] as number) + wi;
        pred[b] = (pred[b] as number) + wi;
        if (a === b) tp[a] = (tp[a] as number) + wi;
      }
      return { tp, pred, truth };
    }
    for (let r = 0; r < k; r++) {
      for (let c = 0; c < k; c++) {
        const v = this.table[r * k + c] as number;
        truth[r] = (truth[r] as number) + v;
        pred[c] = (pred[c] as number) + v;
      }
      tp[r] = this.table[r * k + r] as number;
    }
    return { tp, pred, truth };
  }

  hits(): number {
    const k = this.classes.length;
    let s = 0;
    for (let r = 0; r < k; r++) s += this.table[r * k + r] as number;
    return s;
  }

  accumulate(map: Int32Array, size: number, out: Float64Array): void {
    const k = this.classes.length;
    for (let a = 0; a < k; a++) {
      const r = map[a] as number;
      if (r < 0) continue;
      for (let b = 0; b < k; b++) {
        const c = map[b] as number;
        if (c >= 0) out[r * size + c] = (out[r * size + c] as number) + (this.table[a * k + b] as number);
      }
    }
  }

  withWeights(weights: Float64Array | null): SingleLabelTargets {
    const { yTrue, yPred, index, unweighted } = this.counted;
    let table = unweighted;
    if (weights !== null) {
      const k = this.classes.length;
      table = new Float64Array(k * k);
      for (let i = 0; i < this.n; i++) {
        const cell = (index[yTrue[i] as number] as number) * k + (index[yPred[i] as number] as number);
        table[cell] = (table[cell] as number) + (weights[i] as number);
      }
    }
    return new TableTargets(this.type, this.n, this.classes, weights, this.truePresent, table, this.counted);
  }
}

/**
 * The fused pass: succeeds when both targets are vectors of whole numbers in [0, 64). `(v >>> 0) === v`
 * is true exactly for whole numbers in [0, 2³²), so it also rejects strings, booleans, NaN and holes.
 * Returns null (and the general scan takes over) at the first value outside that set.
 */
function smallIntTargets(yTrue: ArrayLike<unknown>, yPred: ArrayLike<unknown>): TableTargets | null {
  const n = yTrue.length;
  const t = yTrue as ArrayLike<number>;
  const p = yPred as ArrayLike<number>;
  const joint = new Float64Array(SMALL * SMALL);
  for (let i = 0; i < n; i++) {
    const a = t[i] as number;
    const b = p[i] as number;
    if (a >>> 0 !== a || b >>> 0 !== b || a >= SMALL || b >= SMALL) return null;
    joint[a * SMALL + b] = (joint[a * SMALL + b] as number) + 1;
  }
  const inTrue = new Uint8Array(SMALL);
  const inPred = new Uint8Array(SMALL);
  for (let a = 0; a < SMALL; a++) {
    for (let b = 0; b < SMALL; b++) {
      if (joint[a * SMALL + b] !== 0) {
        inTrue[a] = 1;
        inPred[b] = 1;
      }
    }
  }
  const index = new Int32Array(SMALL).fill(-1);
  const classes: number[] = [];
  let nTrue = 0;
  let nPred = 0;
  for (let v = 0; v < SMALL; v++) {
    nTrue += inTrue[v] as number;
    nPred += inPred[v] as number;
    if (inTrue[v] || inPred[v]) {
      index[v] = classes.length;
      classes.push(v);
    }
  }
  const k = classes.length;
  const table = new Float64Array(k * k);
  const truePresent = new Uint8Array(k);
  for (let r = 0; r < k; r++) {
    const a = classes[r] as number;
    truePresent[r] = inTrue[a] as number;
    for (let c = 0; c < k; c++) table[r * k + c] = joint[a * SMALL + (classes[c] as number)] as number;
  }
  // type_of_target per vector (more than two labels: multiclass), then their union as in _check_targets.
  const type = nTrue > 2 || nPred > 2 || k > 2 ? "multiclass" : "binary";
  return new TableTargets(type, n, classes, null, truePresent, table, { yTrue: t, yPred: p, index, unweighted: table });
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
  const truePresent = new Uint8Array(classes.length);
  for (let k = 0; k < vt.uniqueCodes.length; k++) truePresent[mapTrue[vt.uniqueCodes[k] as number] as number] = 1;
  const finalType = type === "binary" && classes.length > 2 ? "multiclass" : type;
  const isString = vt.kind === "string";
  return new CodedTargets(finalType, classes, weights, truePresent, isString, vt.codes, vp.codes, mapTrue, mapPred);
}
