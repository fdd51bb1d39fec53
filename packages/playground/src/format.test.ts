import { describe, expect, it } from "vitest";
import { formatArgs, formatNumber, formatTable, formatValue } from "./format.js";

describe("formatNumber", () => {
  it("formatNumber keeps 6 significant digits and drops padding zeros", () => {
    expect([0.6652409557748219, 0.5, 1 / 3, 123456789.123, 1.23456789e-7, 2e21].map(formatNumber)).toEqual([
      "0.665241",
      "0.5",
      "0.333333",
      "123457000",
      "1.23457e-7",
      "2e+21",
    ]);
  });

  it("formatNumber prints integers whole and keeps -0, NaN and infinities", () => {
    expect([42, -0, Number.NaN, -Infinity, 2 ** 53].map(formatNumber)).toEqual([
      "42",
      "-0",
      "NaN",
      "-Infinity",
      "9007199254740992",
    ]);
  });
});

describe("formatValue", () => {
  it("formatValue(matrix) aligns the columns, numbers to the right", () => {
    expect(
      formatValue([
        [0.5, -12],
        [100, 3.25],
      ]),
    ).toBe("[[0.5,  -12],\n [100, 3.25]]");
    expect(
      formatValue([
        [1, 22],
        [333, 4],
      ]),
    ).toBe("[[  1, 22],\n [333,  4]]");
  });

  it("formatValue prints typed arrays with their kind and length, and cuts long arrays", () => {
    expect(formatValue(new Float64Array([0.1, 0.2]))).toBe("Float64Array(2) [0.1, 0.2]");
    const long = formatValue(Array.from({ length: 103 }, (_, i) => i));
    expect(long.split("\n")).toHaveLength(8);
    expect(long).toMatch(/^\[\n {2}0, 1, 2, .*\n.*98, 99, … 3 more\n\]$/s);
  });

  it("formatValue prints objects inline when short, one key a line when long, and survives cycles", () => {
    expect(formatValue({ a: 1, "b-c": [true, null], s: "x" })).toBe('{ a: 1, "b-c": [true, null], s: "x" }');
    const long = { precision: 0.6666666, recall: 0.5, fscore: 0.571428, support: [10, 70, 20], note: "macro" };
    expect(formatValue(long)).toBe(
      '{\n  precision: 0.666667,\n  recall: 0.5,\n  fscore: 0.571428,\n  support: [10, 70, 20],\n  note: "macro"\n}',
    );
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    expect(formatValue(cyclic)).toBe('{ name: "loop", self: [Circular] }');
    expect(formatValue(new Map([["k", 1]]))).toBe('Map(1) { "k" => 1 }');
    expect(formatValue(new RangeError("bad"))).toBe("RangeError: bad");
  });
});

describe("formatArgs", () => {
  it("formatArgs joins values with spaces and applies %s %d %i %f %o as Node does", () => {
    expect(formatArgs(["loss", 0.123456789])).toBe("loss 0.123457");
    expect(formatArgs(["%d %i: %f (%s) %o 100%%", 3.7, 3.7, 0.25, "ok", [1]])).toBe("3.7 3: 0.25 (ok) [1] 100%");
  });
});

describe("formatTable", () => {
  it("console.table of objects has an (index) column and one column per key", () => {
    expect(formatTable([{ a: 1, b: "x" }, { a: 0.5 }])).toBe(
      [
        "┌─────────┬─────┬─────┐",
        "│ (index) │ a   │ b   │",
        "├─────────┼─────┼─────┤",
        '│ 0       │ 1   │ "x" │',
        "│ 1       │ 0.5 │     │",
        "└─────────┴─────┴─────┘",
      ].join("\n"),
    );
  });

  it("console.table of primitives has a Values column", () => {
    expect(formatTable({ cat: 0.8 })).toContain("│ cat     │ 0.8    │");
  });
});
