/** Small exact cases by hand, the JSDoc examples, typeOfTarget, the warning hook and Python-exact formatting. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { pairwiseSum } from "./_numpySum.js";
import { compareCodePoints, formatFixed, pyFloatRepr, pyRepr } from "./_pyFormat.js";
import {
  accuracyScore,
  classificationReport,
  collectWarnings,
  confusionMatrix,
  defaultWarningHandler,
  f1Score,
  fbetaScore,
  multilabelConfusionMatrix,
  precisionRecallFscoreSupport,
  precisionScore,
  recallScore,
  setWarningHandler,
  typeOfTarget,
} from "./index.js";

describe("the JSDoc examples hold", () => {
  it("accuracyScore([0, 1, 2, 3], [0, 2, 1, 3]) is 0.5", () => {
    expect(accuracyScore([0, 1, 2, 3], [0, 2, 1, 3])).toBe(0.5);
  });
  it("confusionMatrix of scikit-learn's docstring", () => {
    expect(confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2])).toEqual([
      [2, 0, 0],
      [0, 0, 1],
      [1, 0, 2],
    ]);
  });
  it("multilabelConfusionMatrix of scikit-learn's docstring", () => {
    expect(
      multilabelConfusionMatrix(
        [
          [1, 0, 1],
          [0, 1, 0],
        ],
        [
          [1, 0, 0],
          [0, 1, 1],
        ],
      ),
    ).toEqual([
      [
        [1, 0],
        [0, 1],
      ],
      [
        [1, 0],
        [0, 1],
      ],
      [
        [0, 1],
        [1, 0],
      ],
    ]);
  });
  it("precision, recall, F1, F-beta and the macro triple", () => {
    expect(precisionScore([0, 1, 1, 0], [0, 1, 0, 1])).toBe(0.5);
    expect(recallScore([0, 1, 1, 1], [0, 1, 0, 1])).toBe(0.6666666666666666);
    expect(f1Score([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], { average: "macro" })).toBe(0.26666666666666666);
    expect(fbetaScore([0, 1, 1, 1], [0, 1, 0, 0], { beta: 2 })).toBe(0.38461538461538464);
    expect(
      precisionRecallFscoreSupport(["cat", "dog", "pig", "cat"], ["cat", "pig", "dog", "cat"], { average: "macro" }),
    ).toEqual({ precision: 0.3333333333333333, recall: 0.3333333333333333, fscore: 0.3333333333333333, support: null });
  });
  it("classificationReport(..., { outputDict: true }).accuracy is 0.6", () => {
    expect(classificationReport([0, 1, 2, 2, 2], [0, 0, 2, 2, 1], { outputDict: true }).accuracy).toBe(0.6);
  });
  it("typeOfTarget([0.5, 1.5]) is continuous", () => {
    expect(typeOfTarget([0.5, 1.5])).toBe("continuous");
  });
  it("collectWarnings(() => f1Score([0, 0], [0, 0])) captures one warning", () => {
    expect(collectWarnings(() => f1Score([0, 0], [0, 0])).warnings.length).toBe(1);
  });
});

describe("small cases by hand", () => {
  it("f1Score([1, 1, 0], [1, 0, 0]) is 2·1 / (2·1 + 0 + 1)", () => {
    expect(f1Score([1, 1, 0], [1, 0, 0])).toBe(2 / 3);
  });
  it("typed arrays are read like arrays", () => {
    expect(f1Score(Int32Array.of(0, 1, 2, 2), Float64Array.of(0, 2, 2, 2), { average: null })).toEqual([1, 0, 0.8]);
    expect(accuracyScore(Uint8Array.of(1, 1, 0), Float32Array.of(1, 0, 0))).toBe(2 / 3);
  });
  it("true equals 1 and false equals 0, as in Python", () => {
    expect(f1Score([true, false, true], [1, 0, 0])).toBe(2 / 3);
    expect(confusionMatrix([true, false, true], [1, 0, 0])).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });
  it("the report names boolean labels True and False, as scikit-learn prints them", () => {
    expect(classificationReport([true, false, true], [true, true, true], { zeroDivision: 0 })).toContain(
      "       False",
    );
  });
  it("labels absent from both targets score zeroDivision", () => {
    expect(f1Score([0, 1], [0, 1], { labels: [0, 1, 7], average: null, zeroDivision: 1 })).toEqual([1, 1, 1]);
  });
  it("zeroDivision: NaN drops undefined labels from the macro average", () => {
    expect(precisionScore([0, 1, 2], [0, 0, 0], { average: "macro", zeroDivision: Number.NaN })).toBe(1 / 3);
  });
  it("precisionRecallFscoreSupport({ average: null }) returns arrays in label order", () => {
    const r = precisionRecallFscoreSupport(["b", "a", "c"], ["b", "a", "a"], { labels: ["c", "a"], zeroDivision: 0 });
    expect(r).toEqual({ precision: [0, 0.5], recall: [0, 1], fscore: [0, 2 / 3], support: [1, 1] });
  });
  it("a single-column matrix is a vector, as scikit-learn's column_or_1d", () => {
    expect(f1Score([[1], [0], [1]], [[1], [1], [1]])).toBe(0.8);
  });
  it("multilabel indicator values other than 0/1 count as non-zero for scores and exactly for accuracy", () => {
    expect(
      f1Score(
        [
          [0, 2],
          [2, 0],
        ],
        [
          [0, 2],
          [2, 2],
        ],
        { average: "macro" },
      ),
    ).toBeCloseTo(0.8333333333333333, 15);
    expect(
      accuracyScore(
        [
          [0, 1],
          [1, 0],
        ],
        [
          [0, 2],
          [2, 0],
        ],
      ),
    ).toBe(0);
  });
  it("sparse and negative integer labels sort numerically", () => {
    expect(confusionMatrix([-1, 10, 2], [2, -1, 10])).toEqual([
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ]);
    expect(confusionMatrix([1e15, 0], [1e15, 0])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});

describe("typeOfTarget", () => {
  it.each([
    [[], "binary"],
    [[1, 2], "binary"],
    [["a", "b", "c"], "multiclass"],
    [[true, false], "binary"],
    [[1, 2, 3], "multiclass"],
    [[1.5, 2], "continuous"],
    [[2 ** 63, 1], "continuous"],
    [[[1], [2], [3]], "multiclass"],
    [
      [
        [1, 0],
        [0, 1],
      ],
      "multilabel-indicator",
    ],
    [
      [
        [5, 5],
        [5, 5],
      ],
      "multilabel-indicator",
    ],
    [
      [
        [1, 2],
        [3, 4],
      ],
      "multiclass-multioutput",
    ],
    [
      [
        ["a", "b"],
        ["c", "d"],
      ],
      "multiclass-multioutput",
    ],
    [
      [
        [0.5, 1],
        [1, 0],
      ],
      "continuous-multioutput",
    ],
    [[[]], "unknown"],
  ] as const)("typeOfTarget(%j) is %s, as scikit-learn's type_of_target", (y, type) => {
    expect(typeOfTarget(y)).toBe(type);
  });
});

describe("the warning hook", () => {
  afterEach(() => {
    setWarningHandler(defaultWarningHandler);
  });
  it("the default handler prints the category and scikit-learn's text with console.warn", () => {
    const spy = vi.spyOn(console, "warn").mockImplementation(() => {});
    f1Score([0, 0], [0, 0]);
    expect(spy).toHaveBeenCalledWith(
      "UndefinedMetricWarning: F-score is ill-defined and being set to 0.0 due to no true nor predicted samples. Use `zero_division` parameter to control this behavior.",
    );
    spy.mockRestore();
  });
  it("setWarningHandler replaces the handler and returns the previous one", () => {
    const seen: string[] = [];
    const previous = setWarningHandler((w) => seen.push(`${w.source}/${w.category}`));
    expect(previous).toBe(defaultWarningHandler);
    confusionMatrix([3, 3], [3, 3]);
    f1Score([0, 1, 2], [0, 1, 2], { average: "macro", posLabel: 2 });
    expect(seen).toEqual(["confusionMatrix/UserWarning", "f1Score/UserWarning"]);
  });
  it("setWarningHandler(null) silences warnings", () => {
    const spy = vi.spyOn(console, "warn").mockImplementation(() => {});
    setWarningHandler(null);
    f1Score([0, 0], [0, 0]);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
  it("collectWarnings restores the handler when the computation throws", () => {
    const mine = () => {};
    setWarningHandler(mine);
    expect(() => collectWarnings(() => f1Score([], []))).toThrow();
    expect(setWarningHandler(null)).toBe(mine);
  });
  it("zeroDivision other than warn raises no warning", () => {
    expect(collectWarnings(() => f1Score([0, 0], [0, 0], { zeroDivision: 0 })).warnings).toEqual([]);
  });
});

describe("Python-exact formatting", () => {
  it("formatFixed rounds exact ties half to even, as Python's format", () => {
    expect(formatFixed(0.125, 2)).toBe("0.12");
    expect(formatFixed(0.375, 2)).toBe("0.38");
    expect(formatFixed(0.5, 0)).toBe("0");
    expect(formatFixed(1.5, 0)).toBe("2");
    expect(formatFixed(2.675, 2)).toBe("2.67"); // 2.675 is 2.67499999… in binary
    expect(formatFixed(1 / 3, 15)).toBe("0.333333333333333");
    expect(formatFixed(Number.NaN, 2)).toBe("nan");
    expect(formatFixed(0, 3)).toBe("0.000");
  });
  it("pyFloatRepr writes floats as Python's repr", () => {
    expect(pyFloatRepr(3)).toBe("3.0");
    expect(pyFloatRepr(0.0001)).toBe("0.0001");
    expect(pyFloatRepr(1e-5)).toBe("1e-05");
    expect(pyFloatRepr(1e16)).toBe("1e+16");
    expect(pyFloatRepr(1234567890123456)).toBe("1234567890123456.0");
    expect(pyFloatRepr(1.5e-7)).toBe("1.5e-07");
    expect(pyFloatRepr(69.21018500000001)).toBe("69.21018500000001");
  });
  it("pyRepr quotes strings as Python does", () => {
    expect(pyRepr("a")).toBe("'a'");
    expect(pyRepr("it's")).toBe(`"it's"`);
    expect(pyRepr(true)).toBe("True");
    expect(pyRepr(null)).toBe("None");
  });
  it("strings sort by code point, as Python's sorted", () => {
    expect(["😀", "\uff5e", "a"].sort(compareCodePoints)).toEqual(["a", "\uff5e", "😀"]);
  });
  it("pairwiseSum adds in NumPy's order", () => {
    const a = Array.from({ length: 300 }, (_, i) => 0.1 * ((i * 7919) % 13));
    let naive = 0;
    for (const v of a) naive += v;
    expect(Math.abs(pairwiseSum(a) - naive)).toBeLessThan(1e-10);
    expect(pairwiseSum([0.1, 0.2, 0.3])).toBe(0.1 + 0.2 + 0.3);
  });
});
