import { describe, expect, it } from "vitest";
import { describeChart } from "./charts.js";
import { buildScatterChart } from "./scatterChart.js";

describe("buildScatterChart", () => {
  it("points with labels: classes are the sorted unique labels, each point knows its class", () => {
    const chart = buildScatterChart({
      title: "blobs",
      points: [
        [0, 0],
        [1, 2],
        [3, -1],
      ],
      labels: ["b", "a", "b"],
    });
    expect(chart.classes).toEqual(["a", "b"]);
    expect(chart.points.classIndex).toEqual([1, 0, 1]);
    expect(describeChart(chart)).toBe(
      '[scatter chart "blobs": 3 points in 2 classes (a: 1, b: 2); x 0 to 3, y -1 to 2]',
    );
  });

  it("series: one class per series, named by the series", () => {
    const chart = buildScatterChart({
      series: [
        { name: "train", points: [[0, 1]] },
        { name: "test", points: [Float64Array.from([2, 3])] },
      ],
    });
    expect(chart.classes).toEqual(["train", "test"]);
    expect(chart.points).toEqual({ x: [0, 2], y: [1, 3], classIndex: [0, 1] });
  });

  it("points without labels have no classes and draw alike", () => {
    const chart = buildScatterChart({ points: [[0.5, 0.5]] });
    expect(chart.classes).toEqual([]);
    expect(chart.points.classIndex).toEqual([]);
    expect(describeChart(chart)).toBe("[scatter chart: 1 point; x 0.5 to 0.5, y 0.5 to 0.5]");
  });

  it("bad input throws, naming the function, the parameter, what was expected and what arrived", () => {
    expect(() => buildScatterChart({})).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scatterChart: give points (with labels) or series (one group per class), not neither.]`,
    );
    expect(() => buildScatterChart({ points: [[0, 0], "x" as never] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scatterChart: points[1] must be an [x, y] pair of numbers; got string.]`,
    );
    expect(() => buildScatterChart({ points: [[0, 0]], labels: [{} as never] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scatterChart: labels[0] must be a string, number or boolean; got object.]`,
    );
    expect(() =>
      buildScatterChart({ points: Array.from({ length: 9 }, (_, i) => [i, i]), labels: [1, 2, 3, 4, 5, 6, 7, 8, 9] }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: scatterChart: at most 8 classes can be told apart; got 9.]`);
    expect(() =>
      buildScatterChart({
        series: [
          { name: "a", points: [] },
          { name: "a", points: [] },
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scatterChart: series names must differ (each names a class); got ["a","a"].]`,
    );
    expect(() => buildScatterChart({ points: [[0, 0]], labels: [0], classes: [1] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scatterChart: labels[0] is 0, which is not in classes ["1"].]`,
    );
  });
});
