import katex from "katex";

/** KaTeX HTML of a registry formula (its MathML for screen readers, its HTML for the eye). */
export function tex(formula: string): string {
  return katex.renderToString(formula, { displayMode: true, throwOnError: true, output: "htmlAndMathml" });
}

/** An activation's two formulas, typeset. */
export interface FormulaHtml {
  formula: string;
  derivative: string;
}

/** Activation name → its formulas, typeset: what the browser loads instead of KaTeX. */
export type FormulaTable = Record<string, FormulaHtml>;

/**
 * Typesets the function and derivative formulas of `names` in `registry` (core's `activations`).
 * @throws {Error} naming the activation when a formula is not valid TeX (KaTeX's ParseError)
 * @example
 * formulaTable(activations, ["relu"]).relu.formula //=> '<span class="katex-display">…'
 */
export function formulaTable(
  registry: Readonly<Record<string, { readonly formula: string; readonly derivativeFormula: string }>>,
  names: readonly string[],
): FormulaTable {
  return Object.fromEntries(
    names.map((name) => {
      const spec = registry[name];
      if (!spec) throw new Error(`formulaTable: names must be keys of the registry; got "${name}".`);
      try {
        return [name, { formula: tex(spec.formula), derivative: tex(spec.derivativeFormula) }];
      } catch (e) {
        throw new Error(`formulaTable: the formulas of "${name}" are not valid TeX: ${(e as Error).message}`);
      }
    }),
  );
}
