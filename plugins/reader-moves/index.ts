import type { Plugin } from "@docusaurus/types";
import { markFirstMoveScript } from "./moves";

/**
 * Marks the reader's first move on `<html>` (./moves.ts), for src/components/Island/readerMoves.ts: heavy
 * parts near the viewport load only once the reader has moved, and a move made before the page's code
 * runs must count too.
 */
export default function readerMovesPlugin(): Plugin {
  return {
    name: "reader-moves",
    injectHtmlTags: () => ({ headTags: [{ tagName: "script", innerHTML: markFirstMoveScript() }] }),
  };
}
