import useBaseUrl from "@docusaurus/useBaseUrl";
import type { ReactNode } from "react";
import { questions } from "../../data/questions";
import { renderInlineCode } from "../../data/renderInlineCode";
import CopyButton from "../CopyButton";
import { quoteMarkdown } from "./quoteMarkdown";
import styles from "./styles.module.css";

/**
 * The quotable short answer of an article, read from `src/data/questions.ts` so that the landing page,
 * the article and the link previews always say the same thing. It offers the answer as a Markdown
 * quote with an attribution link: a "Copy as Markdown" button, and (so it works without JavaScript)
 * the same text in a disclosure to select by hand. Search leaves the quote out of its index.
 */
export default function ShortAnswer({ slug }: { slug: string }): ReactNode {
  const question = questions.find((q) => q.slug === slug);
  const pageUrl = useBaseUrl(`/${slug}`, { absolute: true });
  if (!question) {
    throw new Error(
      `ShortAnswer: slug must be one of ${questions.map((q) => `"${q.slug}"`).join(" | ")}; got "${slug}".`,
    );
  }
  const markdown = quoteMarkdown(question, pageUrl);
  return (
    <div className={styles.shortAnswer} data-short-answer={slug}>
      <p>{renderInlineCode(question.shortAnswer)}</p>
      <div className={styles.quote} data-search-ignore="">
        <CopyButton label="Copy as Markdown: the short answer, as a quote" text={markdown}>
          Copy as Markdown
        </CopyButton>
        <details className={styles.details}>
          <summary>Quote as Markdown</summary>
          <pre className={styles.markdown} data-quote-markdown="">
            {markdown}
          </pre>
        </details>
      </div>
    </div>
  );
}
