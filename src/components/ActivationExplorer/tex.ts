import katex from "katex";

/** KaTeX HTML of a registry formula, rendered during the server render so the page needs no script for it. */
export function tex(formula: string): string {
  return katex.renderToString(formula, { displayMode: true, throwOnError: true, output: "htmlAndMathml" });
}
