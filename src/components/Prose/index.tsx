// A part of an article that is plain HTML (plugins/mdx/rehypeProseIslands.ts writes every page's parts to a
// data file and puts `<Prose as="p" i="3" of={data} />` in their place). The server renders the HTML; a
// hydrating browser keeps it without the HTML ever reaching its JavaScript (an island, ../Island); a page
// rendered in the browser (in-site navigation) loads the page's parts from their own chunk. Links inside
// behave as `<Link>`'s: in-site ones navigate without a reload, and load their page ahead on hover or sight.
import useBrokenLinks from "@docusaurus/useBrokenLinks";
import { type ReactNode, useEffect, useState } from "react";
import { useHydratedFromServer, useIsland } from "../Island";
import { useIslandLinks } from "../Island/useIslandLinks";

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
  /** Present when the part links to another page of the site (whose page then loads ahead in sight). */
  readonly links?: boolean;
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

export default function Prose({ as, i, of, links = false, className }: ProseProps): ReactNode {
  const island = useIsland<HTMLElement>(useHydratedFromServer());
  const html = useHtml(of, Number(i), !island.keep);
  const brokenLinks = useBrokenLinks();
  if ("blocks" in of) for (const link of of.blocks[Number(i)]?.links ?? []) brokenLinks.collectLink(link);
  // Most parts link to no other page and watch nothing: looking in every part for links took 1-3 ms at a 4×
  // CPU slowdown on /f1-micro-average (42 parts, 3 with links), in the one task that runs hydration's effects.
  const linkHandlers = useIslandLinks(island.ref as { current: HTMLElement | null }, links, html);

  const As = as as "div";
  return (
    <As
      // A new element when the content stops being the server's (see ../Island).
      key={island.keep ? "server" : "browser"}
      ref={island.ref as never}
      className={className}
      {...linkHandlers}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: HTML the build wrote from the article's own Markdown
      dangerouslySetInnerHTML={{ __html: island.keep ? "" : (html ?? "") }}
      suppressHydrationWarning
    />
  );
}
