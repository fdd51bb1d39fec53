// A code block that hydrates with an empty `code` keeps the server's highlighted lines (src/components/
// CodeBlock/Lines.tsx keeps them while the code stays as it was at hydration), and its buttons work
// (the word-wrap button measures the lines themselves), all without the text in the page's start-up
// code. Only its copy button would copy the empty string: this takes the click first, loads the text
// and copies that, with the button's usual "Copied" feedback.

import { translate } from "@docusaurus/Translate";
import type { MouseEvent } from "react";
import { copyToClipboard } from "../CodeBlock/Buttons";
import codeBlockStyles from "../CodeBlock/styles.module.css";

const FEEDBACK_MS = 1000;
/** The copy button is the code block's button with the copy icons (its own class has no rule, so no name). */
const COPY_ICONS = codeBlockStyles.copyButtonIcons ?? "";
const COPIED = codeBlockStyles.copyButtonCopied ?? "";

/**
 * An `onClickCapture` handler for an element that holds code blocks rendered without their text: a click
 * on a block's copy button copies `textOf(button)` instead, once loaded.
 * @param textOf the text of the code block whose copy button this is, or null to leave the click to the block
 * @example
 * <div onClickCapture={copyLazily(() => twinText.load())}><CodeBlock language="python">{""}</CodeBlock></div>
 */
export function copyLazily(textOf: (button: Element) => Promise<string> | null) {
  return (event: MouseEvent<HTMLElement>): void => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLElement>("button");
    if (!button?.querySelector(`.${COPY_ICONS}`) || !event.currentTarget.contains(button)) return;
    const text = textOf(button);
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
