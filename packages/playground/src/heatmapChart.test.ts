import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "./_base64.js";
import { argmaxOfLevel, decodeLevels, levelValue, MISSING_LEVEL } from "./chartColors.js";
import { describeChart } from "./charts.js";
import { buildHeatmapChart, classShares, heatmapChart } from "./heatmapChart.js";
import { CHART_HOOK } from "./hooks.js";

const linspace = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
const x = linspace(-1, 1, 5);
const y = linspace(0, 2, 3);
/** z[j][i] = f(x[i], y[j]) */
const grid = (f: (a: number, b: number) => number) => y.map((b) => x.map((a) => f(a, b)));

describe("buildHeatmapChart", () => {
  it("keeps core's grid convention: z[j][i] is the cell at (x[i], y[j]), row j = y[j] from the bottom", () => {
    const chart = buildHeatmapChart({ x, y, z: grid((a, b) => a + 10 * b) });
    const levels = decodeLevels(chart.maps[0] as { levels: string });
    expect(levels).toHaveLength(15);
    expect(chart.domain).toEqual([-1, 21]);
    // Cell (i=4, j=2) is the largest value: the last byte. Cell (0, 0) the smallest: the first.
    expect(levels[0]).toBe(0);
    expect(levels[14]).toBe(254);
    // Each level decodes to within half a level of the value it stands for.
    const step = 22 / 254;
    for (const [c, v] of grid((a, b) => a + 10 * b)
      .flat()
      .entries()) {
      expect(Math.abs(levelValue(levels[c] as number, chart.domain) - v)).toBeLessThanOrEqual(step / 2);
    }
    expect(chart.maps[0]).toMatchObject({ min: -1, max: 21 });
  });

  it("a diverging scale is symmetric about its centre; a fixed domain clamps", () => {
    const d = buildHeatmapChart({ x, y, z: grid((a) => a * 3 + 1), scale: "diverging" });
    expect(d.scale).toBe("diverging");
    expect(d.domain).toEqual([-4, 4]);
    const fixed = buildHeatmapChart({ x, y, z: grid((a) => a * 3), domain: [0, 1] });
    expect(decodeLevels(fixed.maps[0] as { levels: string })[0]).toBe(0);
    expect(decodeLevels(fixed.maps[0] as { levels: string })[4]).toBe(254);
  });

  it("NaN and infinite cells are missing (level 255); they are left out of min and max", () => {
    const chart = buildHeatmapChart({ x, y, z: grid((a, b) => (a === 0 && b === 1 ? Number.NaN : a)) });
    const levels = decodeLevels(chart.maps[0] as { levels: string });
    expect(levels[7]).toBe(MISSING_LEVEL);
    expect(chart.maps[0]).toMatchObject({ min: -1, max: 1 });
  });

  it("class scores draw the argmax region with its confidence; one score is a binary model's P(class 1)", () => {
    const soft = (a: number) => [Math.max(0, -a) * 0.5 + 0.25, Math.max(0, a) * 0.5 + 0.25, 0.5 - Math.abs(a) * 0.0];
    const chart = buildHeatmapChart({ x, y, z: grid((a) => a).map((r) => r.map(soft)), classes: ["a", "b", "c"] });
    expect(chart.scale).toBe("classes");
    const row = [...decodeLevels(chart.maps[0] as { levels: string }).subarray(0, 5)].map((l) => argmaxOfLevel(l, 3));
    expect(row.map((r) => r?.classIndex)).toEqual([0, 0, 2, 1, 1]);
    expect(row[0]?.confidence).toBeCloseTo(0.75, 2);
    expect(classShares(chart)).toEqual([0.4, 0.4, 0.2]);

    const binary = buildHeatmapChart({ x, y, z: grid((a) => a).map((r) => r.map((a) => [a > 0 ? 0.9 : 0.2])) });
    expect(binary.classes).toEqual(["0", "1"]);
    expect(classShares(binary)).toEqual([0.6, 0.4]);
  });

  it('mode "each" draws one map per class on [0, 1]', () => {
    const chart = buildHeatmapChart({
      x,
      y,
      z: grid(() => 0).map((r) => r.map(() => [0.2, 0.8])),
      mode: "each",
      classes: ["cat", "dog"],
    });
    expect(chart.maps.map((m) => m.name)).toEqual(["P(cat)", "P(dog)"]);
    expect(chart.domain).toEqual([0, 1]);
    expect(chart.scale).toBe("sequential");
  });

  it("points take their labels' classes, in the order of `classes` (sorted unique labels by default)", () => {
    const chart = buildHeatmapChart({
      x,
      y,
      z: grid(() => 1),
      points: [
        [0, 0],
        [1, 1],
        [0.123456, 2],
      ],
      labels: [2, 10, 2],
    });
    expect(chart.classes).toEqual(["2", "10"]);
    expect(chart.points).toEqual({ x: [0, 1, 0.1235], y: [0, 1, 2], classIndex: [0, 1, 0] });
  });

  it("bad input throws, naming the function, the parameter, what was expected and what arrived", () => {
    const z = grid(() => 0);
    expect(() =>
      buildHeatmapChart({ x, y, z: [z[0], z[1], (z[2] as number[]).slice(1)] as number[][] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: z must have y.length (3) rows of x.length (5) values; got row 2 with 4.]`,
    );
    expect(() => buildHeatmapChart({ x, y, z: z.slice(1) })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: z must have y.length (3) rows of x.length (5) values; got 2 rows.]`,
    );
    expect(() =>
      buildHeatmapChart({ x, y, z: [[0, 0, "1", 0, 0], ...z.slice(1)] as number[][] }),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: heatmapChart: z[0][2] must be a number; got string.]`);
    expect(() => buildHeatmapChart({ x: [0, 1, 3, 4, 5], y, z })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: x must increase in even steps (cell centres); got x[2] - x[1] = 2 where x[1] - x[0] = 1.]`,
    );
    expect(() => buildHeatmapChart({ x: [1], y, z })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: x must have at least 2 cell centres; got 1.]`,
    );
    expect(() => buildHeatmapChart({ x, y })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: give z (one map) or maps (several maps), not neither.]`,
    );
    expect(() => buildHeatmapChart({ x, y, z, scale: "rainbow" as "sequential" })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: scale must be "sequential" | "diverging"; got "rainbow".]`,
    );
    expect(() => buildHeatmapChart({ x, y, z, domain: [1, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: domain must be [low, high] with low < high, both finite; got [1, 1].]`,
    );
    expect(() => buildHeatmapChart({ x, y, z, mode: "argmax" })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: mode applies to class scores (z[j][i] an array of scores); z holds numbers.]`,
    );
    const scores = z.map((r) => r.map(() => [0.5, 0.5]));
    (scores[1] as number[][])[3] = [1];
    expect(() => buildHeatmapChart({ x, y, z: scores })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: z[1][3] must hold 2 class scores, as z[0][0] does; got an array of 1.]`,
    );
    expect(() => buildHeatmapChart({ x, y, z, points: [[0, 0, 1]] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: points[0] must be an [x, y] pair of numbers; got 3 values.]`,
    );
    expect(() => buildHeatmapChart({ x, y, z, points: [[0, 0]], labels: [0, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: labels must have one label per point (1); got 2.]`,
    );
    expect(() =>
      buildHeatmapChart({ x, y, z: z.map((r) => r.map(() => [0.5, 0.5])), points: [[0, 0]], labels: ["cat"] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: heatmapChart: labels[0] is "cat", which is not in classes ["0","1"].]`,
    );
    expect(() =>
      buildHeatmapChart({ x: linspace(0, 1, 300), y: linspace(0, 1, 300), z: [] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: heatmapChart: the grid has 90000 cells (x.length × y.length); at most 65536.]`,
    );
    expect(() =>
      buildHeatmapChart({ x, y, maps: [{ name: "u", z: z.map((r) => r.map(() => [1])) as never }] }),
    ).toThrow(/maps\[0\]\.z must hold numbers; got class scores/);
  });
});

describe("describeChart (heatmap)", () => {
  it("one map: size, extent of the cells, range of values, points per class", () => {
    const chart = buildHeatmapChart({
      title: "output",
      x,
      y,
      z: grid((a) => a / 3),
      points: [
        [0, 0],
        [0.5, 1],
      ],
      labels: [0, 1],
    });
    expect(describeChart(chart)).toBe(
      '[heatmap chart "output": 5×3 grid, x -1.25 to 1.25, y -0.5 to 2.5; values -0.333 to 0.333; 2 points in 2 classes (0: 1, 1: 1)]',
    );
  });

  it("small multiples name the constant maps (a dead unit), in text", () => {
    const chart = buildHeatmapChart({
      title: "hidden units",
      x,
      y,
      maps: [
        { name: "unit 1", z: grid((a) => Math.max(0, a)) },
        { name: "unit 2", z: grid(() => 0) },
        { name: "unit 3", z: grid((_, b) => b) },
      ],
    });
    expect(describeChart(chart)).toBe(
      '[heatmap chart "hidden units": 3 maps of 5×3, x -1.25 to 1.25, y -0.5 to 2.5; values 0 to 2; constant: unit 2 (0)]',
    );
  });

  it("an argmax map gives each class's share of the area", () => {
    const chart = buildHeatmapChart({
      x,
      y,
      z: grid((a) => a).map((r) => r.map((a) => [a > 0 ? 0.9 : 0.2])),
      classes: ["no", "yes"],
    });
    expect(describeChart(chart)).toBe(
      "[heatmap chart: 5×3 grid, x -1.25 to 1.25, y -0.5 to 2.5; argmax of 2 classes, area no: 60%, yes: 40%]",
    );
  });
});

describe("heatmapChart", () => {
  it("hands the chart to the playground's hook, or prints its summary outside a playground", () => {
    const logged: unknown[] = [];
    const realLog = console.log;
    console.log = (...args: unknown[]) => void logged.push(args.join(" "));
    try {
      heatmapChart({ title: "t", x, y, z: grid(() => 1) });
    } finally {
      console.log = realLog;
    }
    expect(logged).toEqual(['[heatmap chart "t": 5×3 grid, x -1.25 to 1.25, y -0.5 to 2.5; values 1 to 1; constant]']);

    const got: unknown[] = [];
    const g = globalThis as Record<string, unknown>;
    g[CHART_HOOK] = (c: unknown) => got.push(c);
    try {
      heatmapChart({ id: "h", x, y, z: grid(() => 1) });
    } finally {
      delete g[CHART_HOOK];
    }
    expect(got).toMatchObject([{ type: "heatmap", id: "h" }]);
    // What travels is plain JSON: the recording of the build stores it as such.
    expect(JSON.parse(JSON.stringify(got[0]))).toEqual(got[0]);
  });
});

describe("base64 of levels", () => {
  it("round-trips every byte value and every length modulo 3", () => {
    for (const n of [0, 1, 2, 3, 4, 255, 256, 257]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256);
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }
    expect(encodeBase64(Uint8Array.from([77, 97, 110]))).toBe("TWFu");
    expect(encodeBase64(Uint8Array.from([77]))).toBe("TQ==");
  });
});
