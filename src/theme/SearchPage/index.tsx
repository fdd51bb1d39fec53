import { PageMetadata } from "@docusaurus/theme-common";
import SearchPage from "@theme-original/SearchPage";
import { type ReactNode, useEffect } from "react";

/**
 * The search plugin's page, with the description link previews and the meta test expect of every page.
 * The plugin renders its context selector (articles / reference) without a label (axe: select-name,
 * critical), so the wrapper names it once the page has rendered.
 */
export default function SearchPageWithMetadata(): ReactNode {
  useEffect(() => {
    document.getElementById("context-selector")?.setAttribute("aria-label", "Search in");
  }, []);
  return (
    <>
      <PageMetadata description="Search the four questions and their sections, offline, in your browser." />
      <SearchPage />
    </>
  );
}
