import type { ReactNode } from "react";
import NearWidget from "../Island/near";
import type { ReaderState, SoftmaxExplorerProps } from "./Explorer";
import { explorer } from "./explorer";

export type { SoftmaxExplorerProps } from "./Explorer";

/** The suffix of a slider's `data-input` name: `z0-range` is the slider of the number box `z0`. */
const SLIDER = "-range";

/**
 * What the reader did to the server's markup: for each field they changed, the slider's position or the box's
 * text, whichever they changed last (the two do not follow each other before the explorer is live).
 */
function readerState(_element: HTMLElement, changed: readonly Element[]): ReaderState {
  const fields: Record<string, ReaderState["fields"][string]> = {};
  for (const control of changed) {
    if (!(control instanceof HTMLInputElement)) continue;
    const name = control.dataset.input;
    if (!name) continue;
    if (name.endsWith(SLIDER)) fields[name.slice(0, -SLIDER.length)] = { slid: Number(control.value) };
    else fields[name] = { typed: control.value };
  }
  return { fields };
}

/** Not while the focused number box holds text that is not yet a number ("-"): it would read as empty. */
function readable(element: HTMLElement): boolean {
  const active = document.activeElement;
  return !(active instanceof HTMLInputElement && element.contains(active) && active.validity.badInput);
}

/**
 * Softmax against independent sigmoids on three logits, with a temperature (./Explorer.tsx). Its code (the
 * widget and core's softmax and sigmoid) loads as the reader comes near it (../Island/near.tsx); the sliders
 * they moved and the numbers they typed before are kept.
 */
export default function SoftmaxExplorer(props: SoftmaxExplorerProps): ReactNode {
  return (
    <NearWidget code={explorer} read={readerState} readable={readable}>
      {(Live, start) => <Live {...props} start={start} />}
    </NearWidget>
  );
}
