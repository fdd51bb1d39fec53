import { usePrismTheme } from "@docusaurus/theme-common";
import clsx from "clsx";
import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useHydratedFromServer } from "../Island";
import { type Highlighter, loadedHighlighter, loadHighlighter } from "./highlighter";
import { codeLinesHtml, plainTokens } from "./lines";
import type { CodeBlockMetadata } from "./metadata";
import styles from "./styles.module.css";

// Docusaurus's CodeBlock/Content renders every token of every code block as a React element: on an article
// that is thousands of elements to tokenise again and hydrate in the browser before the page responds.
// This one writes its markup as one HTML string in one <pre>, the tokens' styles as classes (./lines). On the server the string is rendered;
// in the browser, a block that hydrates keeps the server's markup (React leaves `dangerouslySetInnerHTML`
// alone while hydrating) and never tokenises. A block first rendered in the browser (navigation inside
// the site), or whose code changes, is highlighted there, once Prism has loaded (./highlighter: Prism is
// not part of the page's start-up code); until then it shows its plain lines, laid out the same way. Line
// numbers and magic-comment line classes work as in the original.

const numberedClasses = {
  codeLine: `${styles.codeLine}`,
  lineContent: `${styles.codeLineContent}`,
};

/** A code block's `<pre>`: its lines, highlighted, as one HTML string. */
export default function CodeBlockLines({
  metadata,
  preRef,
}: {
  metadata: CodeBlockMetadata;
  preRef: RefObject<HTMLPreElement | null>;
}): ReactNode {
  const { code, language, lineNumbersStart, lineClassNames } = metadata;
  const theme = usePrismTheme();
  const numbered = lineNumbersStart !== undefined;
  // Everything the lines' markup depends on: while it stays as it was at hydration, the server's lines are right.
  const signature = JSON.stringify([code, language, lineNumbersStart, lineClassNames]);
  // Set for the lifetime of a block that was hydrated from the server's HTML (not for one mounted later).
  const hydrated = useHydratedFromServer();
  const signatureAtHydration = useRef(signature);
  const codeRef = useRef<HTMLElement>(null);
  // A hydrated block found empty (its server markup was not kept, e.g. a client-rendered subtree) renders its lines.
  const [emptyAfterHydration, setEmptyAfterHydration] = useState(false);
  useLayoutEffect(() => {
    if (hydrated && code !== "" && codeRef.current?.childNodes.length === 0) setEmptyAfterHydration(true);
  }, [hydrated, code]);
  const keepServerMarkup = hydrated && !emptyAfterHydration && signature === signatureAtHydration.current;

  const [highlighter, setHighlighter] = useState<Highlighter | null>(loadedHighlighter);
  useEffect(() => {
    if (keepServerMarkup || highlighter) return;
    let live = true;
    // A failed load leaves the plain lines; the next block to need Prism tries again.
    loadHighlighter().then(
      (h) => live && setHighlighter(h),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [keepServerMarkup, highlighter]);

  // Tokenised once per code and highlighter, not on every render (a wrap toggle re-renders the block).
  const html = useMemo(() => {
    if (keepServerMarkup) return "";
    if (!highlighter && typeof window === "undefined") {
      throw new Error("CodeBlock: Prism is not loaded while rendering on the server");
    }
    return codeLinesHtml(
      highlighter ? highlighter.tokenize(code, language) : plainTokens(code),
      theme,
      language,
      lineClassNames,
      numbered ? numberedClasses : null,
    );
  }, [keepServerMarkup, highlighter, code, language, lineClassNames, numbered, theme]);
  return (
    <pre
      ref={preRef}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: as Docusaurus's: a scrolling block must be reachable by keyboard
      tabIndex={0}
      className={clsx(`prism-code language-${language}`, styles.codeBlock, "thin-scrollbar")}
      style={theme.plain}
    >
      <code
        ref={codeRef}
        className={clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
        style={numbered ? { counterReset: `line-count ${lineNumbersStart - 1}` } : undefined}
        // While hydrating, "" leaves the server's lines in place; React compares the string on later renders only.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: linesHtml escapes every text and attribute it writes
        dangerouslySetInnerHTML={{ __html: html }}
        suppressHydrationWarning
      />
    </pre>
  );
}
