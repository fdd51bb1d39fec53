import type { ReactNode } from "react";
import NearWidget from "../Island/near";
import type { presets } from "./compute";
import type { ReaderState, ZeroDivisionChoice } from "./Explorer";
import { explorer } from "./explorer";

/** What the reader did to the server's markup: the counts typed and the `zero_division` chosen. */
function readerState(element: HTMLElement): ReaderState {
  const rows = Array.from(element.querySelectorAll("tbody tr")).filter((tr) => tr.querySelector("input"));
  return {
    classes: rows.map((tr) => tr.querySelector("th")?.textContent ?? ""),
    counts: rows.map((tr) =>
      Array.from(tr.querySelectorAll("input"), (input) => {
        const n = Math.max(0, Math.floor(Number(input.value)));
        return Number.isFinite(n) ? n : 0;
      }),
    ),
    zeroDivision: (element.querySelector("select")?.value ?? "0") as ZeroDivisionChoice,
  };
}

/**
 * An editable confusion matrix with per-class precision, recall, F1 and every average, recomputed live by
 * `@nn-explained/core` with scikit-learn's semantics (./Explorer.tsx). Its code loads as the reader comes
 * near it (../Island/near.tsx); what they typed before is kept.
 */
export default function AveragingExplorer(props: { preset?: keyof typeof presets }): ReactNode {
  return (
    <NearWidget code={explorer} read={readerState}>
      {(Live, start) => <Live {...props} start={start} />}
    </NearWidget>
  );
}
