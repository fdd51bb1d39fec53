import { PageMetadata } from "@docusaurus/theme-common";
import SearchPage from "@theme-original/SearchPage";
import type { ReactNode } from "react";

/** The search plugin's page, with the description link previews and the meta test expect of every page. */
export default function SearchPageWithMetadata(): ReactNode {
  return (
    <>
      <PageMetadata description="Search the four questions and their sections, offline, in your browser." />
      <SearchPage />
    </>
  );
}
