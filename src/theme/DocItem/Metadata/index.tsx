import { useDoc } from "@docusaurus/plugin-content-docs/client";
import { PageMetadata } from "@docusaurus/theme-common";
import Metadata from "@theme-original/DocItem/Metadata";
import type { ReactNode } from "react";
import { SOCIAL_CARD_DIR } from "../../../../plugins/social-cards/paths";
import { questions } from "../../../data/questions";

/**
 * The doc's metadata, plus its social card: the 1200×630 image that `plugins/social-cards` renders
 * from the question's title and short answer. An `image:` in the front matter still wins.
 */
export default function DocItemMetadata(): ReactNode {
  const { metadata, frontMatter } = useDoc();
  const question = questions.find((q) => metadata.id === `${q.slug}/index`);
  return (
    <>
      <Metadata />
      {question && !frontMatter.image && (
        <PageMetadata image={`/${SOCIAL_CARD_DIR}/${question.slug}.png`}>
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
          <meta property="og:image:alt" content={question.title} />
          <meta name="twitter:image:alt" content={question.title} />
        </PageMetadata>
      )}
    </>
  );
}
