import { describe, expect, it } from "vitest";
import { presets, scoreConfusionMatrix } from "./compute";

describe("scoreConfusionMatrix", () => {
  it("the 70/20/10 majority baseline gives micro-F1 0.70 and macro-F1 0.2745 (scikit-learn's numbers)", () => {
    const r = scoreConfusionMatrix(presets.baseline?.counts ?? [], 0);
    // f1_score(["cat"]*70 + ["dog"]*20 + ["bird"]*10, ["cat"]*100, average=...) in scikit-learn 1.9.1
    expect(r?.averages.micro.f1).toBeCloseTo(0.7, 12);
    expect(r?.averages.macro.f1).toBeCloseTo(0.2745098039215686, 12);
    expect(r?.averages.weighted.f1).toBeCloseTo(0.5764705882352941, 12);
    expect(r?.accuracy).toBeCloseTo(0.7, 12);
  });

  it("micro-F1 equals accuracy for every preset (single-label, all classes included)", () => {
    for (const preset of Object.values(presets)) {
      const r = scoreConfusionMatrix(preset.counts, 0);
      expect(r?.averages.micro.f1).toBeCloseTo(r?.accuracy ?? Number.NaN, 12);
    }
  });

  it("zeroDivision changes the precision of a never-predicted class, not its F1", () => {
    const zero = scoreConfusionMatrix(presets.baseline?.counts ?? [], 0);
    const one = scoreConfusionMatrix(presets.baseline?.counts ?? [], 1);
    expect(zero?.perClass.precision).toEqual([0.7, 0, 0]);
    expect(one?.perClass.precision).toEqual([0.7, 1, 1]);
    expect(one?.perClass.f1).toEqual(zero?.perClass.f1);
  });

  it("a class with no samples at all keeps its row, with support 0", () => {
    const r = scoreConfusionMatrix(
      [
        [5, 1, 0],
        [2, 4, 0],
        [0, 0, 0],
      ],
      0,
    );
    expect(r?.perClass.support).toEqual([6, 6, 0]);
    expect(r?.perClass.f1[2]).toBe(0);
  });

  it("an all-zero matrix has nothing to score", () => {
    expect(
      scoreConfusionMatrix(
        [
          [0, 0],
          [0, 0],
        ],
        0,
      ),
    ).toBeNull();
  });
});
