// Heavy parts that a reader may never reach (a playground's editor, a widget's live code) load as the
// reader comes near them, but not before the reader has moved at all. A reader who opens a page and
// reads its first screen pays only for that screen: measured with Lighthouse on /f1-micro-average, the
// editor that loaded at start-up because the first playground was near the viewport was most of the
// page's blocking time. The first scroll, wheel, touch, key press or pointer movement starts the
// watching, long before the reader reaches the part (the margins of "near" are a viewport or more). An
// inline script (plugins/reader-moves) marks a move made before this code runs.
import { startTransition, useEffect, useState } from "react";
import { MOVES, READER_MOVED } from "../../../plugins/reader-moves/moves";

const waiting = new Set<() => void>();
let listening = false;

const moved = () => document.documentElement.hasAttribute(READER_MOVED);

function onMove(): void {
  document.documentElement.setAttribute(READER_MOVED, "");
  for (const type of MOVES) window.removeEventListener(type, onMove, true);
  listening = false;
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

/**
 * Calls `callback` once the reader has moved (at once if they already have); returns a function that
 * cancels the call. Browser only.
 */
export function afterReaderMoves(callback: () => void): () => void {
  if (moved()) {
    callback();
    return () => {};
  }
  if (!listening) {
    listening = true;
    for (const type of MOVES) window.addEventListener(type, onMove, { capture: true, passive: true });
  }
  waiting.add(callback);
  return () => {
    waiting.delete(callback);
  };
}

/**
 * False until the reader has moved, then true: false on the server and while the page hydrates, so a part
 * rendered only once it is true is absent from both. The change renders as a transition, in slices that
 * input can interrupt, not in the task of the move itself.
 */
export function useReaderMoved(): boolean {
  const [readerMoved, setReaderMoved] = useState(false);
  useEffect(() => afterReaderMoves(() => startTransition(() => setReaderMoved(true))), []);
  return readerMoved;
}
