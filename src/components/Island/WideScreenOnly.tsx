// Parts of a docs page that Docusaurus shows only on a wide screen: the docs' sidebar and the table of
// contents beside the article. Its `useWindowSize` is "ssr" until hydration is done, so the server renders
// them for every screen, CSS hides them on a narrow one, and there Docusaurus drops them right after
// hydration. Hydrating them first is work a phone does for nothing, in the page's longest tasks: their
// fibers (190 of the 2,340 on /f1-micro-average), their effects (the table of contents reads every heading's
// position, a forced layout, in the task that runs hydration's effects) and their unmounting, subtree by
// subtree, in the re-render that follows. On a narrow screen the hydrating browser keeps their server
// element as an island (./index.tsx) instead: no fibers under it, and one element to remove.
import { type ReactNode, useState } from "react";
import { isHydratingServerPage } from ".";

/** Docusaurus's breakpoint (`useWindowSize`, theme-common; Infima's CSS has the same): wider is "desktop". */
const DESKTOP_MIN_WIDTH = 997;

const isNarrow = () => window.innerWidth < DESKTOP_MIN_WIDTH;

/**
 * Renders `children` (a wide-screen part whose outermost element is a `div`), except in the hydration of a
 * server page on a narrow screen, where it keeps the server's element and its content as they are.
 */
export default function WideScreenOnly({ children }: { children: ReactNode }): ReactNode {
  const [keptWhileNarrow] = useState(() => isHydratingServerPage() && isNarrow());
  // A screen that grew wide before Docusaurus dropped the part renders it after all (a new element: the
  // type at this place changes).
  return keptWhileNarrow && isNarrow() ? (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: always the empty string, which React leaves alone while hydrating
    <div dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />
  ) : (
    children
  );
}
