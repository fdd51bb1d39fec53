import type { ReactNode } from "react";
import NearWidget from "../Island/near";
import type { ReaderState, SoftmaxExplorerProps } from "./Explorer";
import { explorer } from "./explorer";

export type { SoftmaxExplorerProps } from "./Explorer";

/** The logit and temperature fields, by the `data-input` name of their number box (the slider's ends `-range`). */
const FIELDS = ["z0", "z1", "z2", "t"] as const;

/** What the reader did to the server's markup: where each slider stands and what each number box holds. */
function readerState(element: HTMLElement): ReaderState {
  const input = (name: string) => element.querySelector<HTMLInputElement>(`input[data-input="${name}"]`);
  const slid: Record<string, number> = {};
  const typed: Record<string, string> = {};
  for (const name of FIELDS) {
    const slider = input(`${name}-range`);
    const box = input(name);
    if (slider) slid[name] = Number(slider.value);
    if (box) typed[name] = box.value;
  }
  return { slid, typed };
}

/**
 * Softmax against independent sigmoids on three logits, with a temperature (./Explorer.tsx). Its code (the
 * widget and core's softmax and sigmoid) loads as the reader comes near it (../Island/near.tsx); where they
 * moved a slider or what they typed before is kept.
 */
export default function SoftmaxExplorer(props: SoftmaxExplorerProps): ReactNode {
  return (
    <NearWidget code={explorer} read={readerState}>
      {(Live, start) => <Live {...props} start={start} />}
    </NearWidget>
  );
}
