import { useDoc } from "@docusaurus/plugin-content-docs/client";
import { PageMetadata } from "@docusaurus/theme-common";
import Metadata from "@theme-original/DocItem/Metadata";
import type { ReactNode } from "react";
import { SOCIAL_CARD_DIR } from "../../../../plugins/social-cards/paths";

/** An article is `docs/<question-slug>/index.mdx`: its doc id is `<slug>/index`. */
const ARTICLE_ID = /^([^/]+)\/index$/;

/**
 * The doc's metadata, plus its social card: the 1200×630 image that `plugins/social-cards` renders
 * from the question's title and short answer. An `image:` in the front matter still wins. The card's
 * alt text is the doc's title, which is the question (src/data/questions.test.ts); the questions
 * themselves are not imported here, so they stay out of the reference pages' code.
 */
export default function DocItemMetadata(): ReactNode {
  const { metadata, frontMatter } = useDoc();
  const slug = ARTICLE_ID.exec(metadata.id)?.[1];
  return (
    <>
      <Metadata />
      {slug && !frontMatter.image && (
        <PageMetadata image={`/${SOCIAL_CARD_DIR}/${slug}.png`}>
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
          <meta property="og:image:alt" content={metadata.title} />
          <meta name="twitter:image:alt" content={metadata.title} />
        </PageMetadata>
      )}
    </>
  );
}
