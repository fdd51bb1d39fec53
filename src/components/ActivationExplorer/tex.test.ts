import { activationNames, activations } from "@nn-explained/core";
import { describe, expect, it } from "vitest";
import { formulaTable } from "./tex";

describe("formulaTable", () => {
  it("formulaTable(activations, every name) typesets both formulas of each, with their TeX in the MathML", () => {
    const table = formulaTable(activations, activationNames);
    expect(Object.keys(table)).toEqual([...activationNames]);
    for (const name of activationNames) {
      const html = table[name];
      expect(html?.formula).toContain('class="katex-display"');
      expect(html?.formula).toContain(`<annotation encoding="application/x-tex">`);
      expect(html?.derivative).toContain('class="katex-display"');
    }
  });

  it("names the activation whose formula is not TeX, and a name the registry lacks", () => {
    const registry = { bad: { formula: "\\frac{1}{", derivativeFormula: "0" } };
    expect(() => formulaTable(registry, ["bad"])).toThrowErrorMatchingInlineSnapshot(
      `[Error: formulaTable: the formulas of "bad" are not valid TeX: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{]`,
    );
    expect(() => formulaTable(registry, ["relu"])).toThrowErrorMatchingInlineSnapshot(
      `[Error: formulaTable: names must be keys of the registry; got "relu".]`,
    );
  });
});
