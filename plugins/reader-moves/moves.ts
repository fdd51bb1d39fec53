/** What a reader does to read on. A scroll counts whatever caused it (a link to a section scrolls too). */
export const MOVES = ["scroll", "wheel", "touchstart", "pointerdown", "pointermove", "keydown"] as const;

/** On `<html>` from the reader's first move on, set by the inline script of ./index.ts. */
export const READER_MOVED = "data-reader-moved";

/**
 * The inline script that marks the reader's first move, from before the body is parsed: a move made
 * while the page still loads (a scroll before hydration) counts, though no component listens yet.
 */
export function markFirstMoveScript(): string {
  return `(function(){var h=document.documentElement,m=${JSON.stringify(MOVES)},o={capture:true,passive:true};function f(){h.setAttribute("${READER_MOVED}","");m.forEach(function(t){removeEventListener(t,f,o)})}m.forEach(function(t){addEventListener(t,f,o)})})()`;
}
