import Translate from "@docusaurus/Translate";
import Heading from "@theme/Heading";
import type { Props } from "@theme/NotFound/Content";
import clsx from "clsx";
import { lazy, type ReactNode, Suspense } from "react";

// theme-classic's DocRoot renders this content for any address under the docs that matches no page, so it
// is in the code of every doc page; the suggestions (and the list of questions they rank) load only when
// a page is not found. The server waits for them, so the static 404.html has them without JavaScript.
const ClosestPages = lazy(() => import("../../../components/ClosestPages"));

/** The 404 page: says so, then suggests the closest pages instead of asking the reader to complain. */
export default function NotFoundContent({ className }: Props): ReactNode {
  return (
    <main className={clsx("container margin-vert--xl", className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            <Translate id="theme.NotFound.title" description="The title of the 404 page">
              Page Not Found
            </Translate>
          </Heading>
          <p>This address does not lead to a page on this site (any more).</p>
          <Suspense fallback={null}>
            <ClosestPages />
          </Suspense>
        </div>
      </div>
    </main>
  );
}
