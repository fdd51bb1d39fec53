/** Every activation's formulas, typeset at build time (plugins/activation-formulas). */
declare module "@activation-formulas" {
  const table: import("../components/ActivationExplorer/tex").FormulaTable;
  export default table;
}
