import type { Props } from "@theme/CodeBlock";
import ElementContent from "@theme/CodeBlock/Content/Element";
import StringContent from "@theme/CodeBlock/Content/String";
import { Children, isValidElement, type ReactNode } from "react";

/**
 * Docusaurus's CodeBlock without its re-creation after hydration. The original gives the block a key that
 * changes once the page runs in the browser, so every code block is built twice: server-rendered Prism
 * styles are those of the light theme. Ours are CSS variables valid in both modes (plugins/code-theme),
 * so the server's markup is already right and hydration keeps it.
 */
export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  // As the original: plain string children become one string, so the block can be copied.
  const children = Children.toArray(rawChildren).some((c) => isValidElement(c))
    ? rawChildren
    : Array.isArray(rawChildren)
      ? rawChildren.join("")
      : rawChildren;
  return typeof children === "string" ? (
    <StringContent {...props}>{children}</StringContent>
  ) : (
    <ElementContent {...props}>{children}</ElementContent>
  );
}
