import Link from "@docusaurus/Link";
import { useLocation } from "@docusaurus/router";
import useBaseUrl from "@docusaurus/useBaseUrl";
import useIsBrowser from "@docusaurus/useIsBrowser";
import type { ReactNode } from "react";
import { questions } from "../../data/questions";
import { closestPages } from "./closestPages";

const pages = questions.map((q) => ({ path: q.slug, title: q.title }));

/**
 * The pages closest to the address that was not found, best first, and a search for its words.
 * The static 404.html cannot know the address, so it lists every question; once the page runs in the
 * browser it ranks them by closeness to the address.
 */
export default function ClosestPages(): ReactNode {
  const isBrowser = useIsBrowser();
  const { pathname } = useLocation();
  const baseUrl = useBaseUrl("/");
  const requested = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname;
  const suggestions = isBrowser ? closestPages(requested, pages, 3) : pages;
  const query = requested
    .replace(/\.html?$/, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join(" ");
  return (
    <nav aria-labelledby="closest-pages" data-closest-pages="">
      <h2 id="closest-pages">{isBrowser ? "Perhaps you were looking for" : "The questions on this site"}</h2>
      <ul>
        {suggestions.map((p) => (
          <li key={p.path}>
            <Link to={`/${p.path}`}>{p.title}</Link>
          </li>
        ))}
      </ul>
      <p>
        Or <Link to={query ? `/search?q=${encodeURIComponent(query)}` : "/search"}>search the site</Link>
        {query ? ` for “${query}”` : ""}, or start from the <Link to="/">home page</Link>.
      </p>
    </nav>
  );
}
