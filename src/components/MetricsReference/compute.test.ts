import { describe, expect, it } from "vitest";
import { labelCounts, metricsRows, pythonAverage } from "./compute";
import { examples } from "./examples";
// goldens.json is written by packages/core/test/fixtures/generate_metrics_reference.py (scikit-learn).
import goldens from "./goldens.json";

type Golden = {
  precision: number | number[];
  recall: number | number[];
  f1: number | number[];
  support: number[] | null;
};

describe("the metrics reference's tables", () => {
  for (const example of Object.values(examples)) {
    const golden = goldens.examples[example.id];
    it(`${example.id}: every row equals scikit-learn ${goldens.sklearn}'s precision_recall_fscore_support`, () => {
      const rows = metricsRows(example);
      for (const average of example.averages) {
        const want = golden.averages[(average ?? "null") as keyof typeof golden.averages] as Golden;
        const got = rows.filter((r) => r.average === average);
        const list = (v: number | number[]) => (Array.isArray(v) ? v : [v]);
        expect(got.map((r) => r.precision)).toEqual(list(want.precision).map((v) => expect.closeTo(v, 12)));
        expect(got.map((r) => r.recall)).toEqual(list(want.recall).map((v) => expect.closeTo(v, 12)));
        expect(got.map((r) => r.f1)).toEqual(list(want.f1).map((v) => expect.closeTo(v, 12)));
        expect(got.map((r) => r.support)).toEqual(want.support ?? [null]);
      }
    });

    it(`${example.id}: the tp/fp/fn counts equal scikit-learn's multilabel_confusion_matrix`, () => {
      expect(labelCounts(example).map(({ tp, fp, fn }) => ({ tp, fp, fn }))).toEqual(golden.counts);
    });
  }

  it("the multiclass example shows what the page says: micro = accuracy = weighted recall, four different F1s", () => {
    const rows = metricsRows(examples.multiclass);
    const f1 = (average: string) => rows.find((r) => r.average === average)?.f1;
    expect(f1("micro")).toBeCloseTo(0.7, 12);
    expect(rows.find((r) => r.average === "weighted")?.recall).toBeCloseTo(0.7, 12);
    expect(new Set([f1("micro"), f1("macro"), f1("weighted")]).size).toBe(3);
  });

  it("labels each row with Python's spelling of average", () => {
    expect(pythonAverage(null)).toBe("None");
    expect(pythonAverage("macro")).toBe('"macro"');
  });
});
