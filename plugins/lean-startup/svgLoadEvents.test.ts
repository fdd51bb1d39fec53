import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { stopSvgLoadEventsScript } from "./svgLoadEvents";

describe("stopSvgLoadEventsScript", () => {
  class SVGSVGElement {}
  class HTMLImageElement {}
  /** Runs the script with a document that keeps its listener, and dispatches `load` from `target` to it. */
  const dispatch = (target: object) => {
    const listeners: { type: string; fn: (e: unknown) => void; capture: unknown }[] = [];
    runInNewContext(stopSvgLoadEventsScript(), {
      SVGSVGElement,
      document: {
        addEventListener: (type: string, fn: (e: unknown) => void, capture: unknown) =>
          listeners.push({ type, fn, capture }),
      },
    });
    let stopped = false;
    for (const { fn } of listeners) fn({ target, stopImmediatePropagation: () => (stopped = true) });
    return { listeners, stopped };
  };

  it("listens for load in the capture phase, at the document", () => {
    const { listeners } = dispatch(new SVGSVGElement());
    expect(listeners.map(({ type, capture }) => [type, capture])).toEqual([["load", true]]);
  });

  it("stops an <svg>'s load and lets any other element's go on", () => {
    expect(dispatch(new SVGSVGElement()).stopped).toBe(true);
    expect(dispatch(new HTMLImageElement()).stopped).toBe(false);
    expect(dispatch({}).stopped).toBe(false);
  });
});
