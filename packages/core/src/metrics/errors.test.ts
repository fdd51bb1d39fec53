/**
 * Every rejection pins its message: the function, the parameter, what was expected and what arrived.
 * The golden fixture checks that scikit-learn rejects the same inputs; these check the wording and the type.
 */
import { describe, expect, it } from "vitest";
import { EmptyInputError, InvalidArgumentError, LabelError, ShapeError, TargetTypeError } from "../errors.js";
import {
  accuracyScore,
  classificationReport,
  confusionMatrix,
  f1Score,
  fbetaScore,
  multilabelConfusionMatrix,
  precisionRecallFscoreSupport,
  precisionScore,
  recallScore,
  setWarningHandler,
  typeOfTarget,
} from "./index.js";

// biome-ignore lint/suspicious/noExplicitAny: bad input on purpose
const any = (v: unknown): any => v;

describe("structural problems", () => {
  it("yTrue and yPred of different lengths throw ShapeError", () => {
    expect(() => accuracyScore([1, 2], [1])).toThrow(ShapeError);
    expect(() => accuracyScore([1, 2], [1])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: accuracyScore: yTrue and yPred must have the same number of samples; got 2 and 1.]`,
    );
  });
  it("sampleWeight of the wrong length throws ShapeError", () => {
    expect(() => f1Score([0, 1], [0, 1], { sampleWeight: [1] })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: f1Score: sampleWeight must have one weight per sample (2); got 1 weight.]`,
    );
  });
  it("ragged indicator rows throw ShapeError", () => {
    expect(() => accuracyScore([[1, 0], [1]], [[1, 0], [1]])).toThrow(ShapeError);
    expect(() => accuracyScore([[1, 0], [1]], [[1, 0], [1]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: accuracyScore: yTrue must have rows of equal length; got lengths 2 (row 0) and 1 (row 1).]`,
    );
  });
  it("indicator matrices with different column counts throw ShapeError", () => {
    expect(() =>
      f1Score(
        [
          [1, 0],
          [0, 1],
        ],
        [
          [1, 0, 1],
          [0, 1, 1],
        ],
        { average: "macro" },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: f1Score: yTrue and yPred must have the same number of columns (labels); got 2 and 3.]`,
    );
  });
  it("no samples throws EmptyInputError, for every metric", () => {
    expect(() => accuracyScore([], [])).toThrow(EmptyInputError);
    expect(() => f1Score([], [])).toThrowErrorMatchingInlineSnapshot(
      `[EmptyInputError: f1Score: yTrue and yPred must hold at least one sample; got 0 samples.]`,
    );
    expect(() => confusionMatrix([], [], { labels: [1, 2] })).toThrowErrorMatchingInlineSnapshot(
      `[EmptyInputError: confusionMatrix: yTrue and yPred must hold at least one sample; got 0 samples.]`,
    );
    expect(() => multilabelConfusionMatrix([], [])).toThrow(EmptyInputError);
    expect(() => classificationReport([], [])).toThrow(EmptyInputError);
  });
  it("a target that is not an array throws InvalidArgumentError", () => {
    expect(() => accuracyScore(any("abc"), any("abc"))).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: yTrue must be an array of labels or a 0/1 indicator matrix; got "abc".]`,
    );
    expect(() => typeOfTarget(42)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: typeOfTarget: y must be an array of labels or a 0/1 indicator matrix; got 42.]`,
    );
  });
  it("null, undefined and objects are not labels", () => {
    expect(() => accuracyScore(any([1, null]), [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: yTrue must hold numbers, strings or booleans (or rows of 0/1 for a multilabel target); got null at index 1.]`,
    );
    expect(() =>
      accuracyScore(
        any([
          [1, 0],
          [0, {}],
        ]),
        [
          [1, 0],
          [0, 1],
        ],
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: yTrue must hold numbers, strings or booleans (or rows of 0/1 for a multilabel target); got an object at row 1, column 1.]`,
    );
  });
});

describe("label values", () => {
  it("NaN labels are rejected, as scikit-learn's 'Input y_true contains NaN'", () => {
    expect(() => accuracyScore([1, Number.NaN], [1, 2])).toThrow(InvalidArgumentError);
    expect(() => accuracyScore([1, Number.NaN], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: yTrue must not contain NaN; got NaN at index 1.]`,
    );
    expect(() => f1Score([1, 0], [1, Number.NaN])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: f1Score: yPred must not contain NaN; got NaN at index 1.]`,
    );
    expect(() =>
      accuracyScore(
        [
          [1, Number.NaN],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 1],
        ],
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: yTrue must not contain NaN; got NaN at row 0, column 1.]`,
    );
  });
  it("NaN is reported before Infinity wherever it sits", () => {
    expect(() => accuracyScore([Number.POSITIVE_INFINITY, Number.NaN], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: yTrue must not contain NaN; got NaN at index 1.]`,
    );
  });
  it("infinite labels are rejected", () => {
    expect(() => accuracyScore([1, Number.NEGATIVE_INFINITY], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: yTrue must contain finite labels; got -Infinity at index 1.]`,
    );
  });
  it("fractional labels make a continuous target, which is rejected with TargetTypeError", () => {
    expect(() => accuracyScore([1, 2.5], [1, 2])).toThrow(TargetTypeError);
    expect(() => accuracyScore([1, 2.5], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: accuracyScore: yTrue and yPred must be targets of the same type; got "continuous" (2.5 at index 1) and "binary".]`,
    );
    expect(() => f1Score([0.5, 1.5], [0.5, 1.5], { average: "macro" })).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: f1Score: yTrue and yPred must be binary, multiclass or multilabel-indicator targets; got "continuous" (yTrue: 0.5 at index 0).]`,
    );
  });
  it("multioutput targets are rejected", () => {
    expect(() =>
      accuracyScore(
        [
          [1.5, 2],
          [0, 1],
        ],
        [
          [1.5, 2],
          [0, 1],
        ],
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: accuracyScore: yTrue and yPred must be binary, multiclass or multilabel-indicator targets; got "continuous-multioutput" (yTrue: 1.5 at row 0, column 0).]`,
    );
    expect(() =>
      accuracyScore(
        [
          [1, 2],
          [0, 1],
        ],
        [
          [1, 2],
          [0, 1],
        ],
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: accuracyScore: yTrue and yPred must be binary, multiclass or multilabel-indicator targets; got "multiclass-multioutput" (yTrue: more than two distinct values).]`,
    );
    expect(() => accuracyScore([[], []], [[], []])).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: accuracyScore: yTrue and yPred must be binary, multiclass or multilabel-indicator targets; got "unknown" (yTrue: rows with no columns).]`,
    );
  });
  it("a multilabel target with a single-label one is rejected", () => {
    expect(() =>
      f1Score(
        [
          [1, 0],
          [0, 1],
        ],
        [1, 0],
        { average: "macro" },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: f1Score: yTrue and yPred must be targets of the same type; got "multilabel-indicator" and "binary".]`,
    );
  });
  it("string labels with number labels are rejected", () => {
    expect(() => accuracyScore([1, 2], ["a", "b"])).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: accuracyScore: yTrue and yPred must hold labels of one kind (strings, or numbers and booleans); got numbers in yTrue and strings in yPred.]`,
    );
    expect(() => f1Score([true, false], ["a", "b"])).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: f1Score: yTrue and yPred must hold labels of one kind (strings, or numbers and booleans); got booleans in yTrue and strings in yPred.]`,
    );
  });
  it("a vector mixing strings and numbers is rejected (NumPy would turn the numbers into strings)", () => {
    expect(() => accuracyScore([1, "a"], [1, "a"])).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: accuracyScore: yTrue must hold labels of one kind (strings, or numbers and booleans); got 1 at index 0 and "a" at index 1.]`,
    );
  });
});

describe("options", () => {
  it("an unknown average names the choices", () => {
    expect(() => f1Score([0, 1], [0, 1], { average: any("mega") })).toThrow(InvalidArgumentError);
    expect(() => f1Score([0, 1], [0, 1], { average: any("mega") })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: f1Score: average must be one of "binary" | "micro" | "macro" | "weighted" | "samples" | null; got "mega".]`,
    );
  });
  it('average "binary" on a multiclass target lists the averages that fit', () => {
    expect(() => f1Score([1, 2, 3], [1, 2, 3])).toThrow(TargetTypeError);
    expect(() => f1Score([1, 2, 3], [1, 2, 3])).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: f1Score: average must be one of null | "micro" | "macro" | "weighted" for a multiclass target ("binary" needs a binary target); got "binary".]`,
    );
    expect(() =>
      recallScore(
        [
          [1, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 1],
        ],
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: recallScore: average must be one of null | "micro" | "macro" | "weighted" | "samples" for a multilabel-indicator target ("binary" needs a binary target); got "binary".]`,
    );
  });
  it('average "samples" needs a multilabel target', () => {
    expect(() => precisionScore([0, 1, 2], [0, 1, 2], { average: "samples" })).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: precisionScore: average must be one of "binary" | null | "micro" | "macro" | "weighted" for a multiclass target ("samples" needs a multilabel-indicator target); got "samples".]`,
    );
    expect(() => multilabelConfusionMatrix([1, 0], [1, 0], { samplewise: true })).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: multilabelConfusionMatrix: samplewise must be false for a binary target (per-sample matrices need a multilabel-indicator target); got true.]`,
    );
  });
  it("a posLabel absent from a binary target throws LabelError", () => {
    expect(() => f1Score(["a", "b"], ["a", "b"])).toThrow(LabelError);
    expect(() => f1Score(["a", "b"], ["a", "b"])).toThrowErrorMatchingInlineSnapshot(
      `[LabelError: f1Score: posLabel must be one of ["a", "b"]; got 1.]`,
    );
    expect(() => f1Score([0, 1], [0, 1], { posLabel: 2 })).toThrowErrorMatchingInlineSnapshot(
      `[LabelError: f1Score: posLabel must be one of [0, 1]; got 2.]`,
    );
    expect(() => f1Score([0, 1], [0, 1], { posLabel: any([1]) })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: f1Score: posLabel must be a number, a string, a boolean or null; got [1].]`,
    );
  });
  it("zeroDivision accepts only warn, 0, 1 and NaN", () => {
    expect(() => f1Score([0, 1], [0, 1], { zeroDivision: 2 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: f1Score: zeroDivision must be one of "warn" | 0 | 1 | NaN; got 2.]`,
    );
    expect(() => f1Score([0, 1], [0, 1], { zeroDivision: any("nan") })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: f1Score: zeroDivision must be one of "warn" | 0 | 1 | NaN; got "nan".]`,
    );
  });
  it("beta must be a number >= 0 and is required by fbetaScore", () => {
    expect(() => fbetaScore([0, 1], [0, 1], { beta: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fbetaScore: beta must be a number >= 0 (Infinity allowed); got -1.]`,
    );
    expect(() => fbetaScore([0, 1], [0, 1], { beta: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fbetaScore: beta must be a number >= 0 (Infinity allowed); got NaN.]`,
    );
    expect(() => fbetaScore([0, 1], [0, 1], any({}))).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: fbetaScore: beta must be a number >= 0 (Infinity allowed); got undefined.]`,
    );
    expect(() => precisionRecallFscoreSupport([0, 1], [0, 1], { beta: any("2") })).toThrow(InvalidArgumentError);
  });
  it("labels must be an array", () => {
    expect(() => f1Score([0, 1], [0, 1], { labels: any(1), average: "macro" })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: f1Score: labels must be an array of labels or null; got 1.]`,
    );
  });
  it("options must be an object", () => {
    expect(() => f1Score([0, 1], [0, 1], any(5))).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: f1Score: options must be an object; got 5.]`,
    );
  });
  it("boolean options must be booleans", () => {
    expect(() => accuracyScore([0, 1], [0, 1], { normalize: any(1) })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: normalize must be a boolean; got 1.]`,
    );
  });
});

describe("sample weights", () => {
  it("all-zero weights are rejected", () => {
    expect(() => accuracyScore([1, 2], [1, 2], { sampleWeight: [0, 0] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: sampleWeight must contain at least one non-zero weight; got only zeros.]`,
    );
  });
  it("NaN and infinite weights are rejected", () => {
    expect(() => f1Score([0, 1], [0, 1], { sampleWeight: [Number.NaN, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: f1Score: sampleWeight must not contain NaN; got NaN at index 0.]`,
    );
    expect(() =>
      f1Score([0, 1], [0, 1], { sampleWeight: [Number.POSITIVE_INFINITY, 1] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: f1Score: sampleWeight must hold finite numbers; got Infinity at index 0.]`,
    );
  });
  it("weights summing to zero cannot normalize accuracy", () => {
    expect(() => accuracyScore([1, 2], [1, 2], { sampleWeight: [-1, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: accuracyScore: sampleWeight must not sum to zero when normalize is true; got weights summing to 0.]`,
    );
    expect(accuracyScore([1, 2], [1, 2], { sampleWeight: [-1, 1], normalize: false })).toBe(0);
  });
});

describe("labels", () => {
  it("confusionMatrix rejects labels none of which is in yTrue", () => {
    expect(() => confusionMatrix([0, 1, 2], [0, 1, 3], { labels: [3] })).toThrow(LabelError);
    expect(() => confusionMatrix([0, 1, 2], [0, 1, 3], { labels: [3] })).toThrowErrorMatchingInlineSnapshot(
      `[LabelError: confusionMatrix: labels must include at least one label present in yTrue; got [3].]`,
    );
  });
  it("confusionMatrix rejects empty labels", () => {
    expect(() => confusionMatrix([0, 1, 2], [0, 1, 2], { labels: [] })).toThrowErrorMatchingInlineSnapshot(
      `[EmptyInputError: confusionMatrix: labels must contain at least one label; got [].]`,
    );
  });
  it("confusionMatrix rejects multilabel targets and unknown normalize values", () => {
    expect(() =>
      confusionMatrix(
        [
          [1, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 1],
        ],
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TargetTypeError: confusionMatrix: yTrue and yPred must be binary or multiclass targets (use multilabelConfusionMatrix for multilabel ones); got "multilabel-indicator".]`,
    );
    expect(() => confusionMatrix([0, 1], [0, 1], { normalize: any("rows") })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: confusionMatrix: normalize must be one of "true" | "pred" | "all" | null; got "rows".]`,
    );
  });
  it("multilabel labels must be column indices", () => {
    expect(() =>
      f1Score(
        [
          [1, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 1],
        ],
        { average: "macro", labels: [2] },
      ),
    ).toThrow(LabelError);
    expect(() =>
      f1Score(
        [
          [1, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 1],
        ],
        { average: "macro", labels: [-1] },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[LabelError: f1Score: labels must be column indices in [0, 2) for a multilabel-indicator target; got -1.]`,
    );
  });
});

describe("classificationReport", () => {
  it("targetNames must name every label unless labels are given", () => {
    expect(() => classificationReport([0, 1], [0, 1], { targetNames: ["a"] })).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: classificationReport: targetNames must have one name per label (2); got 1 name. Pass labels to report a subset.]`,
    );
    const previous = setWarningHandler(null);
    try {
      expect(() => classificationReport([0, 1], [0, 1], { labels: [0, 1, 2], targetNames: ["a"] })).not.toThrow();
    } finally {
      setWarningHandler(previous);
    }
  });
  it("digits must be a whole number >= 0", () => {
    expect(() => classificationReport([0, 1], [0, 1], { digits: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: classificationReport: digits must be an integer >= 0; got -1.]`,
    );
  });
  it("targetNames must be strings", () => {
    expect(() => classificationReport([0, 1], [0, 1], { targetNames: any([0, 1]) })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: classificationReport: targetNames must be an array of strings or null; got [0, 1].]`,
    );
  });
  it("empty labels are rejected", () => {
    expect(() => classificationReport([0, 1], [0, 1], { labels: [] })).toThrowErrorMatchingInlineSnapshot(
      `[EmptyInputError: classificationReport: labels must contain at least one label; got [].]`,
    );
  });
});

it("setWarningHandler rejects what is not a function", () => {
  expect(() => setWarningHandler(any("console"))).toThrowErrorMatchingInlineSnapshot(
    `[InvalidArgumentError: setWarningHandler: next must be a function or null; got "console".]`,
  );
});
