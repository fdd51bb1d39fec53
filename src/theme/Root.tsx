import { type ReactNode, useEffect } from "react";
import AnchorRedirects from "../components/AnchorRedirects";
import { markPageHydrated } from "../components/Island";

/**
 * Wraps every page: adds the client-side redirects of renamed section anchors, and tells the islands when
 * the page's first render in the browser is done (../components/Island: `isHydratingServerPage`).
 */
export default function Root({ children }: { children: ReactNode }): ReactNode {
  useEffect(markPageHydrated, []);
  return (
    <>
      {children}
      <AnchorRedirects />
    </>
  );
}
