// A widget that goes live as the reader comes near it. The server renders the live widget; a hydrating page
// keeps that markup (an island) and loads the widget's code only when the reader comes near: it nears the
// viewport after the reader's first move (./readerMoves), the pointer or a finger reaches it, or something
// in it takes the focus. The live widget then takes
// the markup's place as the reader left it: what they changed in its controls (read by the widget's own
// `read`), and the focus. A page rendered in the browser (in-site navigation) loads the widget at once.
import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useState } from "react";
import Island, { useHydratedFromServer, useIsland } from ".";
import { type Lazy, useLazy } from "./lazy";
import styles from "./near.module.css";
import { afterReaderMoves } from "./readerMoves";

/** How far ahead of the viewport a widget's code starts loading. */
const NEAR = "100% 0px";

/** The elements of a widget that take the focus, in document order. */
const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";
const focusables = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));

/** Calls `wanted` once, when the reader comes near `element`; returns a function that stops watching. */
function whenNear(element: HTMLElement, wanted: () => void): () => void {
  const events = ["pointerover", "touchstart", "focusin"] as const;
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), {
    rootMargin: NEAR,
  });
  let cancelMoves = () => {};
  function stop() {
    cancelMoves();
    observer.disconnect();
    for (const type of events) element.removeEventListener(type, fire);
  }
  function fire() {
    stop();
    wanted();
  }
  // The box is `display: contents`, which an observer never sees intersect: watch what it holds, once
  // the reader has moved (./readerMoves).
  cancelMoves = afterReaderMoves(() => {
    for (const child of Array.from(element.children)) observer.observe(child);
  });
  for (const type of events) element.addEventListener(type, fire, { passive: true });
  return stop;
}

export interface NearWidgetProps<C, S> {
  /** The live widget: the component itself on the server, loaded on demand in the browser. */
  readonly code: Lazy<C>;
  /**
   * What the reader did to the server's markup (inside `element`) before the widget went live; `changed` holds
   * the controls the reader changed there (an `input` event), the last changed last.
   */
  readonly read: (element: HTMLElement, changed: readonly Element[]) => S;
  /**
   * Whether the markup can be read now (by default, always). When not (a number box whose text is not yet a
   * number reads as empty), the widget goes live at the reader's next change or move out of the control.
   */
  readonly readable?: (element: HTMLElement) => boolean;
  /** Renders the live widget, given that state (`undefined` on the server and after in-site navigation). */
  readonly children: (Live: C, start: S | undefined) => ReactNode;
}

/**
 * Keeps a widget's server markup until the reader comes near, then renders the live widget in its place.
 * Its element is a `display: contents` box around the widget, so the page's layout does not see it.
 * @example
 * <NearWidget code={explorer} read={readerState}>{(Live, start) => <Live {...props} start={start} />}</NearWidget>
 */
export default function NearWidget<C, S>({ code, read, readable, children }: NearWidgetProps<C, S>): ReactNode {
  const island = useIsland<HTMLDivElement>(useHydratedFromServer());
  const element = island.ref as RefObject<HTMLDivElement | null>;
  const [start, setStart] = useState<{ state: S; focus: number } | null>(null);
  const Live = useLazy(island.keep ? null : code);
  useEffect(() => {
    const root = element.current;
    if (!island.keep || start || !root) return;
    let live = true;
    // The controls the reader changed in the markup, the last changed last.
    const changed: Element[] = [];
    const noteChange = (event: Event) => {
      if (!(event.target instanceof Element)) return;
      const at = changed.indexOf(event.target);
      if (at >= 0) changed.splice(at, 1);
      changed.push(event.target);
    };
    root.addEventListener("input", noteChange, { capture: true });
    const waits = ["input", "focusout"] as const;
    function goLive() {
      if (!live || !root) return;
      if (readable && !readable(root)) {
        for (const type of waits) root.addEventListener(type, retry);
        return;
      }
      const active = document.activeElement as HTMLElement | null;
      setStart({ state: read(root, [...changed]), focus: active ? focusables(root).indexOf(active) : -1 });
    }
    function retry() {
      for (const type of waits) root?.removeEventListener(type, retry);
      goLive();
    }
    const stop = whenNear(root, () => {
      void code.load().then(goLive);
    });
    return () => {
      live = false;
      stop();
      root.removeEventListener("input", noteChange, { capture: true });
      for (const type of waits) root.removeEventListener(type, retry);
    };
  }, [island.keep, element, start, code, read, readable]);
  // The focus stays on the control the reader had reached in the markup.
  useLayoutEffect(() => {
    if (start && start.focus >= 0 && element.current) focusables(element.current)[start.focus]?.focus();
  }, [start, element]);

  const Loaded = start ? code.now() : Live;
  return (
    // `data-near-widget`: what it holds is laid out near the viewport (plugins/deferred-layout/blocks.ts, WIDGET).
    <Island keep={island.keep && !start} ref={island.ref} className={styles.contents} data-near-widget="">
      {Loaded !== undefined && children(Loaded, start?.state)}
    </Island>
  );
}
