import { Fragment, type ReactNode } from "react";

/** Renders plain text in which `backticks` mark code spans. */
export function renderInlineCode(text: string): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, i) =>
    part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string never reorder
      <code key={i}>{part.slice(1, -1)}</code>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string never reorder
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
