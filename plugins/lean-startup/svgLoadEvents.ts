/**
 * The inline script that stops, at the document, the `load` event Blink sends each outermost `<svg>` as the
 * page loads (right after DOMContentLoaded). React listens for `load` on its root in the capture phase, and
 * handled each one: the 134 outermost `<svg>` of /f1-micro-average (its icons and charts, 2026-12-06) were
 * 6.1 ms of the task that fires the page's load event, the longest after its first paint in a Lighthouse
 * trace; 114 reach the document now (99 icons). Nothing on the site listens for an `<svg>`'s load: this
 * stops listeners on the `<svg>` itself and `onload` attributes too, site-wide. Other elements' `load`
 * (images, the playground runner's iframe) goes on. At the document, the first node of an element's `load`
 * event's path (the window is not on it), in the capture phase; in the head, so that it listens before any
 * `<svg>` is parsed.
 */
export function stopSvgLoadEventsScript(): string {
  return `document.addEventListener("load",function(e){e.target instanceof SVGSVGElement&&e.stopImmediatePropagation()},true)`;
}
