import type { ActivationName } from "@nn-explained/core";
import type { ReactNode } from "react";
import NearWidget from "../Island/near";
import type { ActivationExplorerProps, ReaderState } from "./Explorer";
import { explorer } from "./explorer";
import { keepTypeset } from "./formulas";

export type { ActivationExplorerProps } from "./Explorer";

/** What the reader did to the server's markup: the activation and x chosen, the table opened; its formulas. */
function readerState(element: HTMLElement): ReaderState {
  keepTypeset(element);
  const select = element.querySelector<HTMLSelectElement>("[data-activation-select]");
  const slider = element.querySelector<HTMLInputElement>("[data-activation-x]");
  return {
    name: (select?.value ?? "relu") as ActivationName,
    x: Number(slider?.value ?? 1),
    tableOpen: element.querySelector("details")?.open === true,
  };
}

/**
 * Pick any activation of `@nn-explained/core`'s registry and see it and its derivative plotted, with its
 * range, formulas, uses and names in each framework (./Explorer.tsx). Its code (the widget, core's activation
 * catalogue, the chart) loads as the reader comes near it (../Island/near.tsx), and the live explorer shows
 * the formulas the server typeset without loading them again.
 */
export default function ActivationExplorer(props: ActivationExplorerProps): ReactNode {
  return (
    <NearWidget code={explorer} read={readerState}>
      {(Live, start) => <Live {...props} start={start} />}
    </NearWidget>
  );
}
