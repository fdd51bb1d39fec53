/**
 * Types shared by the metrics. Labels follow NumPy's view of a JavaScript array: numbers must be
 * whole (a fractional value makes the target "continuous"), strings are compared exactly, and
 * booleans equal the numbers 0 and 1 (as `True == 1` in Python).
 */

/** A class label: a whole number, a string or a boolean. */
export type Label = number | string | boolean;

/** A one-dimensional target: one label per sample. */
export type LabelVector =
  | readonly Label[]
  | Float64Array
  | Float32Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint32Array
  | Uint16Array
  | Uint8Array;

/** A multilabel target: one row per sample, one 0/1 column per label (scikit-learn's label indicator matrix). */
export type IndicatorMatrix = readonly (readonly number[] | Float64Array | Float32Array | Int32Array | Uint8Array)[];

/** What the classification metrics accept for `yTrue` and `yPred`. */
export type Target = LabelVector | IndicatorMatrix;

/** The kinds of target scikit-learn's `type_of_target` distinguishes. */
export type TargetType =
  | "binary"
  | "multiclass"
  | "multilabel-indicator"
  | "continuous"
  | "continuous-multioutput"
  | "multiclass-multioutput"
  | "unknown";

/** How per-label scores are combined; `null` returns one score per label. */
export type Average = "binary" | "micro" | "macro" | "weighted" | "samples" | null;

/** The value given to a score whose denominator is zero; `"warn"` acts as 0 and reports a warning. */
export type ZeroDivision = "warn" | 0 | 1 | number;

/** Sample weights: one finite number per sample. */
export type SampleWeight = readonly number[] | Float64Array | Float32Array;
