import type { Props } from "@theme/Admonition";
import { lazy, type ReactNode, Suspense } from "react";

// Docusaurus's admonition (`:::note` in Markdown, and the banners of draft and unlisted docs), with its
// icons and types (2 KiB gzip), is imported by the MDX components and the doc layout, so by every doc
// page, though no page of the site uses one. Wrapped lazily, it loads only on a page that renders one:
// the server waits for it, so its HTML is complete, and hydration keeps that HTML until the code arrives.
const Admonition = lazy(() => import("@theme-original/Admonition"));

/** `@theme/Admonition`, loaded when a page first renders one. */
export default function LazyAdmonition(props: Props): ReactNode {
  return (
    <Suspense fallback={null}>
      <Admonition {...props} />
    </Suspense>
  );
}
