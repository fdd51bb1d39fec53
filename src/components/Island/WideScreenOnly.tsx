// Parts of a docs page that Docusaurus shows only on a wide screen: the docs' sidebar and the table of
// contents beside the article. Its `useWindowSize` is "ssr" until hydration is done, so the server renders
// them for every screen, CSS hides them on a narrow one, and there Docusaurus drops them right after
// hydration. Hydrating them first is work a phone does for nothing, in the page's longest tasks: their
// fibers (190 of the 2,340 on /f1-micro-average), their effects (the table of contents reads every heading's
// position, a forced layout, in the task that runs hydration's effects) and their unmounting, subtree by
// subtree, in the re-render that follows. On a narrow screen the hydrating browser keeps their server
// element as an island (./index.tsx) instead: no fibers under it, and one element to remove. A page rendered
// in the browser (a link inside the site) has no server element to keep: there, nothing until the screen
// is wide.
import { type ReactNode, useState } from "react";
import { DESKTOP_MIN_WIDTH } from "../../../plugins/_desktopWidth";
import { isHydratingServerPage } from ".";

/**
 * Narrower than Docusaurus's desktop layout. A media query, not `innerWidth`, which makes Chromium update the
 * layout first on a phone (a mobile viewport).
 */
const isNarrow = () => window.matchMedia(`(max-width: ${DESKTOP_MIN_WIDTH - 1}px)`).matches;

/**
 * Renders `children` (a wide-screen part whose outermost element is a `div`), except in the hydration of a
 * server page on a narrow screen, where it keeps the server's element and its content as they are. Were
 * Docusaurus to make that element anything but a `div`, the hydration would fail loudly: React logs the
 * mismatch, which fails the browser test of a phone's load (tests/e2e/islands.test.ts).
 * @param children the part as Docusaurus renders it
 */
export default function WideScreenOnly({ children }: { children: ReactNode }): ReactNode {
  const [keptWhileNarrow] = useState(() => isHydratingServerPage() && isNarrow());
  // On the server, and on a wide screen: the part. A screen that grew wide before Docusaurus dropped the
  // part renders it after all (a new element: the type at this place changes).
  if (typeof window === "undefined" || !isNarrow()) return children;
  return keptWhileNarrow ? (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: always the empty string, which React leaves alone while hydrating
    <div dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />
  ) : null;
}
