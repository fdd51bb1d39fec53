import type { ActivationName } from "@nn-explained/core";
import type { FormulaHtml, FormulaTable } from "./tex";

// The browser's side of the activation formulas. The server typesets them into the page's HTML
// (./formulas.server.ts) and hydration keeps that markup (./Formula.tsx), so a page that only shows them
// runs no KaTeX and loads no formula data. Every formula a widget can switch to was typeset at build time
// (plugins/activation-formulas): the table loads, as a small chunk of HTML strings, on the first
// interaction that may need it.

let table: FormulaTable | null = null;
let loading: Promise<void> | null = null;

/** The typeset formulas of `name`, or `undefined` until the table has loaded. */
export function formulaHtml(name: ActivationName): FormulaHtml | undefined {
  return table?.[name];
}

/** Loads the table of every activation's typeset formulas (once; later calls share the first). */
export function loadFormulaTable(): Promise<void> {
  loading ??= import("@activation-formulas").then((m) => {
    table = m.default;
  });
  return loading;
}
