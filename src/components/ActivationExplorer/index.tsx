import type { ActivationName } from "@nn-explained/core";
import { type ReactNode, type RefObject, useEffect, useState } from "react";
import Island, { useHydratedFromServer, useIsland } from "../Island";
import { useLazy } from "../Island/lazy";
import type { ActivationExplorerProps, ReaderState } from "./Explorer";
import { explorer } from "./explorer";
import { keepTypeset } from "./formulas";
import styles from "./styles.module.css";

export type { ActivationExplorerProps } from "./Explorer";

/** How far ahead of the viewport the explorer's code starts loading. */
const NEAR = "100% 0px";

/**
 * Calls `wanted` once the reader comes near `element`: it nears the viewport, the pointer or a finger
 * reaches it, or something in it takes the focus. Returns a function that stops watching.
 */
function whenNear(element: HTMLElement, wanted: () => void): () => void {
  const events = ["pointerover", "touchstart", "focusin"] as const;
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), {
    rootMargin: NEAR,
  });
  function stop() {
    observer.disconnect();
    for (const type of events) element.removeEventListener(type, fire);
  }
  function fire() {
    stop();
    wanted();
  }
  observer.observe(element);
  for (const type of events) element.addEventListener(type, fire, { passive: true });
  return stop;
}

/** What the reader did to the server's markup: the chosen activation and x, the focus, the table. */
function readerState(element: HTMLElement): ReaderState {
  const select = element.querySelector<HTMLSelectElement>("[data-activation-select]");
  const slider = element.querySelector<HTMLInputElement>("[data-activation-x]");
  const active = document.activeElement;
  const focus =
    active && element.contains(active)
      ? active === select
        ? "select"
        : active === slider
          ? "x"
          : active.tagName === "SUMMARY"
            ? "summary"
            : null
      : null;
  return {
    name: (select?.value ?? "relu") as ActivationName,
    x: Number(slider?.value ?? 1),
    focus,
    tableOpen: element.querySelector("details")?.open === true,
  };
}

/**
 * Pick any activation of `@nn-explained/core`'s registry and see it and its derivative plotted, with its
 * range, formulas, uses and names in each framework (./Explorer.tsx). The server renders it; a hydrating
 * page keeps that markup (an island) and loads the explorer's code (the widget, core's activation catalogue,
 * the chart) only when the reader comes near it. The live explorer then takes the markup's place as the
 * reader left it: the activation and x chosen, the focus, the table open or not, and the formulas shown.
 */
export default function ActivationExplorer(props: ActivationExplorerProps): ReactNode {
  const island = useIsland<HTMLElement>(useHydratedFromServer());
  const [start, setStart] = useState<ReaderState | null>(null);
  // A page rendered in the browser has no markup to keep: the explorer loads at once.
  const Live = useLazy(island.keep ? null : explorer);
  useEffect(() => {
    const element = (island.ref as RefObject<HTMLElement | null>).current;
    if (!island.keep || start || !element) return;
    let live = true;
    const stop = whenNear(element, () => {
      void explorer.load().then(() => {
        if (!live) return;
        keepTypeset(element);
        setStart(readerState(element));
      });
    });
    return () => {
      live = false;
      stop();
    };
  }, [island.keep, island.ref, start]);

  const Loaded = start ? explorer.now() : Live;
  if (Loaded) return <Loaded {...props} start={start ?? undefined} />;
  return (
    <Island
      as="section"
      keep={island.keep}
      ref={island.ref}
      className={styles.explorer}
      aria-label="Activation explorer"
      aria-busy={island.keep ? undefined : true}
      data-activation-explorer=""
    />
  );
}
