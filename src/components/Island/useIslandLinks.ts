// Links inside an island (server HTML the browser keeps without rendering it, ./index.tsx) behave as
// Docusaurus's `<Link>`'s would: an in-site link navigates without a reload (replacing the history entry when
// it goes where the reader already is, as react-router's does), loads its page ahead on hover or touch, and
// prefetches it once in sight. One listener on the island does it for all its links: no component, no
// effect and no observer per link.
import { useHistory } from "@docusaurus/router";
import { type MouseEvent, type TouchEvent, useEffect } from "react";

interface DocusaurusGlobal {
  prefetch(path: string): unknown;
  preload(path: string): unknown;
}
const docusaurus = () => (window as unknown as { docusaurus?: DocusaurusGlobal }).docusaurus;

/** The in-site address an event's link goes to, if a click on it should stay in the app. */
function inSiteLink(event: { target: EventTarget | null }): HTMLAnchorElement | undefined {
  const a = event.target instanceof Element ? event.target.closest("a") : null;
  if (!a || a.origin !== window.location.origin || a.hasAttribute("download")) return undefined;
  if (a.target && a.target !== "_self") return undefined;
  // A link to a section of this page: the browser's own jump, as `<Link>` leaves it.
  if (a.getAttribute("href")?.startsWith("#")) return undefined;
  return a;
}

const path = (a: HTMLAnchorElement) => `${a.pathname}${a.search}${a.hash}`;

/** Loads the page an event's in-site link goes to, as `<Link>` does on hover and touch. */
function preload(event: { target: EventTarget | null }): void {
  const a = inSiteLink(event);
  if (a) docusaurus()?.preload(path(a));
}

let shared: IntersectionObserver | undefined;
/** One observer for every island's links: each link's page is prefetched once it comes in sight. */
function sight(): IntersectionObserver {
  shared ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      shared?.unobserve(entry.target);
      docusaurus()?.prefetch(path(entry.target as HTMLAnchorElement));
    }
  });
  return shared;
}

/** The handlers to spread on the island's element. */
export interface IslandLinks {
  onClick(event: MouseEvent): void;
  onMouseOver(event: MouseEvent): void;
  onTouchStart(event: TouchEvent): void;
}

/**
 * Gives the in-site links inside `element` the behaviour of `<Link>`'s.
 * @param element the island's element
 * @param watch whether to watch the links for sight (false where the element has none, or where real
 *   `<Link>`s do it themselves)
 * @param content what the element shows, when it can change (new HTML brings new links to watch)
 * @returns the handlers to spread on the element
 */
export function useIslandLinks(
  element: { readonly current: HTMLElement | null },
  watch: boolean,
  content?: unknown,
): IslandLinks {
  const history = useHistory();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `content` arriving brings the links
  useEffect(() => {
    if (!watch) return;
    const links = Array.from(element.current?.querySelectorAll("a") ?? []).filter((a) => inSiteLink({ target: a }));
    if (links.length === 0) return;
    const observer = sight();
    for (const a of links) observer.observe(a);
    return () => {
      for (const a of links) observer.unobserve(a);
    };
  }, [element, watch, content]);
  return {
    onClick(event) {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      ) {
        return;
      }
      const a = inSiteLink(event);
      if (!a) return;
      event.preventDefault();
      const to = path(a);
      const here = history.location;
      if (to === `${here.pathname}${here.search}${here.hash}`) history.replace(to);
      else history.push(to);
    },
    onMouseOver: preload,
    onTouchStart: preload,
  };
}
