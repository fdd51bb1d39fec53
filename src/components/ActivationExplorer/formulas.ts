import type { ActivationName } from "@nn-explained/core";
import type { FormulaHtml, FormulaTable } from "./tex";

// The browser's side of the activation formulas. The server typesets them into the page's HTML
// (./formulas.server.ts) and hydration keeps that markup (./Formula.tsx), so a page that only shows them
// runs no KaTeX and loads no formula data. Every formula a widget can switch to was typeset at build time
// (plugins/activation-formulas): the table loads, as a small chunk of HTML strings, on the first
// interaction that may need it.

let table: FormulaTable | null = null;
let loading: Promise<void> | null = null;

/** Formulas read from the server's markup (`keepTypeset`): those the page showed before its widget went live. */
const kept: Partial<Record<ActivationName, Partial<FormulaHtml>>> = {};

/** The typeset formulas of `name`, or `undefined` until the table has loaded (or the page showed them). */
export function formulaHtml(name: ActivationName): FormulaHtml | undefined {
  const shown = kept[name];
  return (
    table?.[name] ??
    (shown?.formula !== undefined && shown.derivative !== undefined ? (shown as FormulaHtml) : undefined)
  );
}

/**
 * Keeps the formulas the server's markup under `root` shows (`[data-formula="relu.formula"]`), so a widget
 * rendered in its place (./index.tsx) shows them at once, without the table.
 */
export function keepTypeset(root: ParentNode): void {
  for (const dd of Array.from(root.querySelectorAll<HTMLElement>("[data-formula]"))) {
    const [name, which] = (dd.dataset.formula ?? "").split(".") as [ActivationName, keyof FormulaHtml];
    if (dd.hasChildNodes()) kept[name] = { ...kept[name], [which]: dd.innerHTML };
  }
}

/** Loads the table of every activation's typeset formulas (once; later calls share the first). */
export function loadFormulaTable(): Promise<void> {
  loading ??= import("@activation-formulas").then((m) => {
    table = m.default;
  });
  return loading;
}
