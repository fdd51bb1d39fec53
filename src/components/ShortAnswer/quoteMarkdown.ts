import type { Question } from "../../data/questions";

/** Escapes the characters that would end or break a Markdown link text. */
function escapeLinkText(text: string): string {
  return text.replace(/([\\[\]])/g, "\\$1");
}

/**
 * The short answer as a Markdown quote with an attribution link, ready to paste into StackExchange,
 * Reddit or GitHub (all three read `>` quotes, `[text](url)` links and `code` spans alike).
 * @param question the question whose short answer is quoted
 * @param pageUrl the article's canonical address, without a fragment
 * @returns the quote, lines joined with "\n"
 * @example
 * quoteMarkdown(questions[0], "https://nn-explained.github.io/relu-hidden-layers")
 * //=> "> Hidden activations are chosen …\n>\n> — [Why is ReLU used only on hidden layers?](https://nn-explained.github.io/relu-hidden-layers#short-answer)"
 */
export function quoteMarkdown(question: Question, pageUrl: string): string {
  return [`> ${question.shortAnswer}`, ">", `> — [${escapeLinkText(question.title)}](${pageUrl}#short-answer)`].join(
    "\n",
  );
}
