// A code block that hydrates with an empty `code` keeps the server's highlighted lines (src/components/
// CodeBlock/Lines.tsx keeps them while the code stays as it was at hydration), and its buttons work
// (the word-wrap button measures the lines themselves), all without the text in the page's start-up
// code. Only its copy button would copy the empty string: this takes the click first, loads the text
// and copies that, with the button's usual "Copied" feedback.

import { translate } from "@docusaurus/Translate";
import { ThemeClassNames } from "@docusaurus/theme-common";
import type { MouseEvent } from "react";
import { copyToClipboard } from "../CodeBlock/Buttons";
import codeBlockStyles from "../CodeBlock/styles.module.css";

const FEEDBACK_MS = 1000;
/** The copy button is the code block's button with the copy icons (its own class has no rule, so no name). */
const COPY_ICONS = codeBlockStyles.copyButtonIcons ?? "";
const COPIED = codeBlockStyles.copyButtonCopied ?? "";

/**
 * An `onClickCapture` handler for an element that holds code blocks rendered without their text: a click
 * on a block's copy button copies `textOf(block)` instead, once loaded.
 * @param textOf the text of a `.theme-code-block` inside the element, or null to leave the click to the block
 * @example
 * <div onClickCapture={copyLazily(() => twinText.load())}><CodeBlock language="python">{""}</CodeBlock></div>
 */
export function copyLazily(textOf: (block: Element) => Promise<string> | null) {
  return (event: MouseEvent<HTMLElement>): void => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLElement>("button");
    const block = button?.closest(`.${ThemeClassNames.common.codeBlock}`);
    if (!button?.querySelector(`.${COPY_ICONS}`) || !block || !event.currentTarget.contains(block)) return;
    const text = textOf(block);
    if (!text) return;
    // The block's own button would copy its (empty) code.
    event.stopPropagation();
    // As Docusaurus's button: a failure is not caught, so it is reported as an unhandled rejection.
    void text.then(copyToClipboard).then(() => {
      const label = button.getAttribute("aria-label");
      button.classList.add(COPIED);
      button.setAttribute(
        "aria-label",
        translate({
          id: "theme.CodeBlock.copied",
          message: "Copied",
          description: "The copied button label on code blocks",
        }),
      );
      window.setTimeout(() => {
        button.classList.remove(COPIED);
        if (label) button.setAttribute("aria-label", label);
      }, FEEDBACK_MS);
    });
  };
}
