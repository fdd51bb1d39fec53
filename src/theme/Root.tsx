import type { ReactNode } from "react";
import AnchorRedirects from "../components/AnchorRedirects";

/** Wraps every page: adds the client-side redirects of renamed section anchors. */
export default function Root({ children }: { children: ReactNode }): ReactNode {
  return (
    <>
      {children}
      <AnchorRedirects />
    </>
  );
}
