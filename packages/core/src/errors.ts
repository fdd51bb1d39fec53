/**
 * The error classes of `@nn-explained/core`.
 *
 * Structural problems (wrong shapes, invalid options, labels that match nothing) throw one of these.
 * Numeric values never throw: NaN flows through element by element, as in PyTorch.
 */

/** Machine-readable error codes, stable across releases. */
export type CoreErrorCode =
  | "INVALID_ARGUMENT"
  | "SHAPE_MISMATCH"
  | "EMPTY_INPUT"
  | "TARGET_TYPE"
  | "LABEL_NOT_FOUND"
  | "NOT_FITTED";

/**
 * Base class of every error thrown by `@nn-explained/core`.
 * @param code a stable machine-readable code
 * @param message names the function, the parameter, what was expected and what arrived
 * @example
 * new ShapeError("softmax: x must have rows of equal length; got lengths 1 and 2.") instanceof CoreError //=> true
 */
export class CoreError extends Error {
  readonly code: CoreErrorCode;
  constructor(code: CoreErrorCode, message: string) {
    super(message);
    this.name = "CoreError";
    this.code = code;
  }
}

/**
 * An option or argument has an invalid value or type (scikit-learn's `ValueError`/`TypeError` for options).
 * @example
 * new InvalidArgumentError('f1Score: average must be ...; got "mega".').code //=> "INVALID_ARGUMENT"
 */
export class InvalidArgumentError extends CoreError {
  constructor(message: string) {
    super("INVALID_ARGUMENT", message);
    this.name = "InvalidArgumentError";
  }
}

/**
 * Inputs have inconsistent shapes: ragged rows, length mismatches, wrong layer sizes.
 * @example
 * new ShapeError("softmax: x must have rows of equal length; got lengths 1 and 2.").code //=> "SHAPE_MISMATCH"
 */
export class ShapeError extends CoreError {
  constructor(message: string) {
    super("SHAPE_MISMATCH", message);
    this.name = "ShapeError";
  }
}

/**
 * An input that must hold at least one element is empty.
 * @example
 * new EmptyInputError("accuracyScore: yTrue must not be empty; got 0 samples.").code //=> "EMPTY_INPUT"
 */
export class EmptyInputError extends CoreError {
  constructor(message: string) {
    super("EMPTY_INPUT", message);
    this.name = "EmptyInputError";
  }
}

/**
 * The targets' type (scikit-learn's `type_of_target`) is not supported by the function, or yTrue and
 * yPred are of different types.
 * @example
 * new TargetTypeError("f1Score: ...").code //=> "TARGET_TYPE"
 */
export class TargetTypeError extends CoreError {
  constructor(message: string) {
    super("TARGET_TYPE", message);
    this.name = "TargetTypeError";
  }
}

/**
 * A label named by the caller (`posLabel`, `labels`) does not occur where it must.
 * @example
 * new LabelError("f1Score: posLabel must be one of [0, 1]; got 2.").code //=> "LABEL_NOT_FOUND"
 */
export class LabelError extends CoreError {
  constructor(message: string) {
    super("LABEL_NOT_FOUND", message);
    this.name = "LabelError";
  }
}
