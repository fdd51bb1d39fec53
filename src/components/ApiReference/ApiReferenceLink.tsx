import Link from "@docusaurus/Link";
import type { ReactNode } from "react";
import Island, { useHydratedFromServer, useIsland } from "../Island";
import { useIslandLinks } from "../Island/useIslandLinks";
import { apiHref } from "./apiPages";
import styles from "./styles.module.css";
import { useApiPages } from "./useApiPages";

export interface ApiReferenceLinkProps {
  /**
   * The names the playground's files import from `@nn-explained/core` and from `@nn-explained/playground`
   * (`coreImports`, `playgroundImports`; the browser has them without the texts: Playground/sources.ts);
   * each gets a link.
   */
  readonly imports?: { readonly core: readonly string[]; readonly playground: readonly string[] };
  readonly className?: string;
}

/**
 * A small line for a playground: a link to the API reference, then one link per name the code imports from
 * `@nn-explained/core`, each to that export's section on its module's page (`/reference/api/softmax#softmax`),
 * then one per name it imports from `@nn-explained/playground` (`/reference/playground#sweepSeeds`), so a
 * reader editing the code can look up what the functions take and what else they can call. A core name no
 * page documents throws while the page renders (failing the build), and the anchors are checked by the
 * build (`onBrokenAnchors: "throw"`).
 *
 * A hydrating browser keeps the server's line as an island (../Island): its links, a `<Link>` each (four
 * components, an effect and an observer apiece), were a seventh of an article's React tree (330 of the 2,340
 * fibers on /f1-micro-average); one listener on the line gives them `<Link>`'s behaviour instead
 * (../Island/useIslandLinks.ts).
 */
export default function ApiReferenceLink({
  imports = { core: [], playground: [] },
  className,
}: ApiReferenceLinkProps): ReactNode {
  const apiPages = useApiPages();
  const island = useIsland<HTMLParagraphElement>(useHydratedFromServer());
  const linkHandlers = useIslandLinks(island.ref as { current: HTMLElement | null }, island.keep);
  const { core: names, playground: helpers } = imports;
  return (
    // data-search-ignore: the names repeat the code above; they would only add noise to search results.
    <Island
      as="p"
      keep={island.keep}
      ref={island.ref}
      className={[styles.apiLink, className].filter(Boolean).join(" ")}
      data-api-reference-link=""
      data-search-ignore=""
      {...(island.keep && linkHandlers)}
    >
      <Link to="/reference/api">API reference</Link>
      <NameLinks lead=": " names={names} href={(name) => apiHref(apiPages, name)} />
      <NameLinks lead="; playground helpers: " names={helpers} href={(name) => `/reference/playground#${name}`} />
    </Island>
  );
}

/** `lead` then one link per name to its section, separated by dots; nothing without names. */
function NameLinks({
  lead,
  names,
  href,
}: {
  lead: string;
  names: readonly string[];
  href: (name: string) => string;
}): ReactNode {
  if (names.length === 0) return null;
  return (
    <>
      {lead}
      {names.map((name, i) => (
        <span key={name}>
          {i > 0 && " · "}
          <Link to={href(name)}>
            <code>{name}</code>
          </Link>
        </span>
      ))}
    </>
  );
}
