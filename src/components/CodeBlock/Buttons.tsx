import { translate } from "@docusaurus/Translate";
import clsx from "clsx";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import Icon from "../Icon";
import styles from "./styles.module.css";
import type { CodeWordWrap } from "./useLazyCodeWordWrap";

// Docusaurus's code-block buttons (word wrap, copy), with the same markup, labels, icons and translations,
// rendered by the server instead of only in the browser: inserted after hydration, they were one placement
// per code block in the commit that ends hydration, its longest task on an article. They stay hidden until
// the page has hydrated (`data-needs-hydration`, see src/css/custom.css), as they need React to work.

/** Copies with the Clipboard API, which exists only in secure contexts; elsewhere (HTTP on a local network) as Docusaurus does. */
export async function copyToClipboard(text: string): Promise<unknown> {
  if (navigator.clipboard) return navigator.clipboard.writeText(text);
  const { default: copy } = await import("copy-text-to-clipboard");
  return copy(text);
}

function CopyButton({ code }: { code: string }): ReactNode {
  const [isCopied, setIsCopied] = useState(false);
  const timeout = useRef<number | undefined>(undefined);
  const copyCode = useCallback(() => {
    // As Docusaurus's: a failure is not caught, so it is reported as an unhandled rejection.
    void copyToClipboard(code).then(() => {
      setIsCopied(true);
      timeout.current = window.setTimeout(() => setIsCopied(false), 1000);
    });
  }, [code]);
  useEffect(() => () => window.clearTimeout(timeout.current), []);
  const label = isCopied
    ? translate({
        id: "theme.CodeBlock.copied",
        message: "Copied",
        description: "The copied button label on code blocks",
      })
    : translate({
        id: "theme.CodeBlock.copyButtonAriaLabel",
        message: "Copy code to clipboard",
        description: "The ARIA label for copy code blocks button",
      });
  return (
    <button
      type="button"
      aria-label={label}
      title={translate({
        id: "theme.CodeBlock.copy",
        message: "Copy",
        description: "The copy button label on code blocks",
      })}
      className={clsx("clean-btn", styles.copyButton, isCopied && styles.copyButtonCopied)}
      onClick={copyCode}
    >
      <span className={styles.copyButtonIcons} aria-hidden="true">
        <Icon name="codeCopy" className={styles.copyButtonIcon} />
        <Icon name="codeCopied" className={styles.copyButtonSuccessIcon} />
      </span>
    </button>
  );
}

/**
 * The word-wrap button, in the server's markup too: hidden (and so out of the tab order and the accessibility
 * tree) until the code is measured as overflowing, it keeps its place beside the copy button. Added only then,
 * as Docusaurus's is, it moved the button group as the page went live: a layout shift on every page with a
 * wide code block in view. Hidden, it is an empty box of its size (no label, no icon), for the HTML of the
 * articles' thirty-odd code blocks.
 */
function WordWrapButton({ wordWrap }: { wordWrap: CodeWordWrap }): ReactNode {
  const idle = !wordWrap.isEnabled && !wordWrap.isCodeScrollable;
  const title = idle
    ? undefined
    : translate({
        id: "theme.CodeBlock.wordWrapToggle",
        message: "Toggle word wrap",
        description: "The title attribute for toggle word wrapping button of code block lines",
      });
  return (
    <button
      type="button"
      onClick={() => wordWrap.toggle()}
      className={clsx(
        "clean-btn",
        wordWrap.isEnabled && styles.wordWrapButtonEnabled,
        idle && styles.wordWrapButtonIdle,
      )}
      aria-label={title}
      title={title}
    >
      <Icon name={idle ? undefined : "wordWrap"} className={styles.wordWrapButtonIcon} />
    </button>
  );
}

/** The word-wrap and copy buttons of a code block. */
export default function CodeBlockButtons({ code, wordWrap }: { code: string; wordWrap: CodeWordWrap }): ReactNode {
  return (
    <div className={styles.buttonGroup} data-needs-hydration="" data-search-ignore="">
      <WordWrapButton wordWrap={wordWrap} />
      <CopyButton code={code} />
    </div>
  );
}
