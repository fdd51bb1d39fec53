import { useHistory, useLocation } from "@docusaurus/router";
import useBaseUrl from "@docusaurus/useBaseUrl";
import { type ReactNode, useEffect } from "react";
import redirects from "./anchorRedirects.json";
import { resolveAnchor } from "./resolveAnchor";

/**
 * Keeps old section links working: when the address names an anchor that is not on the page and
 * `anchorRedirects.json` says where it went, replaces the address with the new anchor and scrolls there.
 * Moved pages are handled by plugin-client-redirects; this covers sections renamed or merged.
 */
export default function AnchorRedirects(): ReactNode {
  const { pathname, hash } = useLocation();
  const history = useHistory();
  const baseUrl = useBaseUrl("/");
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id || document.getElementById(id)) return;
    const page = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname.replace(/^\//, "");
    const target = resolveAnchor(page, id, redirects);
    if (!target) return;
    history.replace(`${baseUrl}${target.page}#${target.id}`);
    if (target.page === page) document.getElementById(target.id)?.scrollIntoView();
  }, [pathname, hash, history, baseUrl]);
  return null;
}
