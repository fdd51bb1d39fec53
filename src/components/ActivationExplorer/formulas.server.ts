import { type ActivationName, activations } from "@nn-explained/core";
import { type FormulaHtml, formulaTable } from "./tex";

// The server's side of ./formulas.ts (swapped in for the server render by plugins/activation-formulas, and
// for the unit tests by vitest.config.mts): every formula is typeset with KaTeX while the page renders,
// and KaTeX stays out of the browser's code.

const typeset = new Map<ActivationName, FormulaHtml>();

/** The typeset formulas of `name`: always available on the server. */
export function formulaHtml(name: ActivationName): FormulaHtml {
  let html = typeset.get(name);
  if (!html) {
    html = formulaTable(activations, [name])[name] as FormulaHtml;
    typeset.set(name, html);
  }
  return html;
}

/** Nothing to load on the server. */
export function loadFormulaTable(): Promise<void> {
  return Promise.resolve();
}

/** Nothing to keep on the server: it typesets every formula. */
export function keepTypeset(_root: ParentNode): void {}
