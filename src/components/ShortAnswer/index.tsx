import useBaseUrl from "@docusaurus/useBaseUrl";
import type { ReactNode, RefObject } from "react";
import { renderInlineCode } from "../../data/renderInlineCode";
import CopyButton from "../CopyButton";
import Island, { useHydratedFromServer, useIsland } from "../Island";
import { useLazy } from "../Island/lazy";
import { questions } from "./questions";
import { quoteMarkdown } from "./quoteMarkdown";
import styles from "./styles.module.css";

/**
 * The quotable short answer of an article, read from `src/data/questions.ts` so that the landing page,
 * the article and the link previews always say the same thing. It offers the answer as a Markdown
 * quote with an attribution link: a "Copy as Markdown" button, and (so it works without JavaScript)
 * the same text in a disclosure to select by hand. Search leaves the quote out of its index.
 * The answer and the quote are islands: a hydrating page keeps the server's text and never loads the
 * questions (./questions.ts); the button copies the quote as the page shows it.
 */
export default function ShortAnswer({ slug }: { slug: string }): ReactNode {
  const hydrated = useHydratedFromServer();
  const answer = useIsland<HTMLParagraphElement>(hydrated);
  const quote = useIsland<HTMLPreElement>(hydrated);
  const all = useLazy(answer.keep && quote.keep ? null : questions);
  const pageUrl = useBaseUrl(`/${slug}`, { absolute: true });
  const shown = quote.ref as RefObject<HTMLPreElement | null>;
  const question = all?.find((q) => q.slug === slug);
  if (all && !question) {
    throw new Error(`ShortAnswer: slug must be one of ${all.map((q) => `"${q.slug}"`).join(" | ")}; got "${slug}".`);
  }
  const markdown = question && quoteMarkdown(question, pageUrl);
  return (
    <div className={styles.shortAnswer} data-short-answer={slug}>
      <Island as="p" keep={answer.keep} ref={answer.ref}>
        {question && renderInlineCode(question.shortAnswer)}
      </Island>
      <div className={styles.quote} data-search-ignore="">
        <CopyButton
          label="Copy as Markdown: the short answer, as a quote"
          text={() => shown.current?.textContent ?? ""}
        >
          Copy as Markdown
        </CopyButton>
        <details className={styles.details}>
          <summary>Quote as Markdown</summary>
          <Island as="pre" keep={quote.keep} ref={quote.ref} className={styles.markdown} data-quote-markdown="">
            {markdown}
          </Island>
        </details>
      </div>
    </div>
  );
}
