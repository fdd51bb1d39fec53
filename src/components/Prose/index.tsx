// A part of an article that is plain HTML (plugins/mdx/rehypeProseIslands.ts writes every page's parts to a
// data file and puts `<Prose as="p" i="3" of={data} />` in their place). The server renders the HTML; a
// hydrating browser keeps it without the HTML ever reaching its JavaScript (an island, ../Island); a page
// rendered in the browser (in-site navigation) loads the page's parts from their own chunk. Links inside
// behave as `<Link>`'s: in-site ones navigate without a reload, and load their page ahead on hover or sight.
import { useHistory } from "@docusaurus/router";
import useBrokenLinks from "@docusaurus/useBrokenLinks";
import { type MouseEvent, type ReactNode, useEffect, useState } from "react";
import { useHydratedFromServer, useIsland } from "../Island";

/** What the generated `.prose` module gives: every part whole (server), or how to load their HTML (browser). */
export type ProseData =
  | { readonly blocks: readonly { readonly html: string; readonly links: readonly string[] }[] }
  | { readonly load: () => Promise<readonly string[]> };

export interface ProseProps {
  /** The element the part is (`p`, `ul`, `table`, …). */
  readonly as: string;
  /** Its index in `of` (a string: MDX writes it as an attribute). */
  readonly i: string;
  readonly of: ProseData;
  readonly className?: string;
}

const loads = new WeakMap<ProseData, Promise<readonly string[]>>();

/** The part's HTML: at once on the server, after loading the page's parts in the browser (once per page). */
function useHtml(of: ProseData, i: number, wanted: boolean): string | undefined {
  const [loaded, setLoaded] = useState<readonly string[]>();
  useEffect(() => {
    if (!wanted || "blocks" in of) return;
    let live = true;
    let loading = loads.get(of);
    if (!loading) {
      loading = of.load();
      loads.set(of, loading);
    }
    loading.then((html) => live && setLoaded(html));
    return () => {
      live = false;
    };
  }, [of, wanted]);
  return "blocks" in of ? of.blocks[i]?.html : loaded?.[i];
}

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

export default function Prose({ as, i, of, className }: ProseProps): ReactNode {
  const island = useIsland<HTMLElement>(useHydratedFromServer());
  const html = useHtml(of, Number(i), !island.keep);
  const history = useHistory();
  const brokenLinks = useBrokenLinks();
  if ("blocks" in of) for (const link of of.blocks[Number(i)]?.links ?? []) brokenLinks.collectLink(link);

  // Pages the part links to load ahead once the link is in sight, as `<Link>`'s do.
  const element = island.ref as { current: HTMLElement | null };
  // biome-ignore lint/correctness/useExhaustiveDependencies: `html` arriving (a page rendered in the browser) brings the links
  useEffect(() => {
    const links = Array.from(element.current?.querySelectorAll("a") ?? []).filter((a) => inSiteLink({ target: a }));
    if (links.length === 0) return;
    const observer = sight();
    for (const a of links) observer.observe(a);
    return () => {
      for (const a of links) observer.unobserve(a);
    };
  }, [element, html]);

  const onClick = (event: MouseEvent) => {
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
    history.push(path(a));
  };
  const onMouseOver = (event: MouseEvent) => {
    const a = inSiteLink(event);
    if (a) docusaurus()?.preload(path(a));
  };

  const As = as as "div";
  return (
    <As
      // A new element when the content stops being the server's (see ../Island).
      key={island.keep ? "server" : "browser"}
      ref={island.ref as never}
      className={className}
      onClick={onClick}
      onMouseOver={onMouseOver}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: HTML the build wrote from the article's own Markdown
      dangerouslySetInnerHTML={{ __html: island.keep ? "" : (html ?? "") }}
      suppressHydrationWarning
    />
  );
}
