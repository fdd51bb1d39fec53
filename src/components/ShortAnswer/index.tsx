import type { ReactNode } from "react";
import { questions } from "../../data/questions";
import { renderInlineCode } from "../../data/renderInlineCode";
import styles from "./styles.module.css";

/**
 * The quotable short answer of an article, read from `src/data/questions.ts` so that the landing page,
 * the article and the link previews always say the same thing.
 */
export default function ShortAnswer({ slug }: { slug: string }): ReactNode {
  const question = questions.find((q) => q.slug === slug);
  if (!question) {
    throw new Error(
      `ShortAnswer: slug must be one of ${questions.map((q) => `"${q.slug}"`).join(" | ")}; got "${slug}".`,
    );
  }
  return (
    <div className={styles.shortAnswer} data-short-answer={slug}>
      <p>{renderInlineCode(question.shortAnswer)}</p>
    </div>
  );
}
