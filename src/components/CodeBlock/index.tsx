import { ThemeClassNames, usePrismTheme } from "@docusaurus/theme-common";
import type { Props } from "@theme/CodeBlock";
import clsx from "clsx";
import { Children, type CSSProperties, isValidElement, type ReactNode } from "react";
import CodeBlockButtons from "./Buttons";
import CodeBlockLines from "./Lines";
import { useCodeBlockMetadata } from "./metadata";
import styles from "./styles.module.css";
import { useLazyCodeWordWrap } from "./useLazyCodeWordWrap";

// The site's code block, with Docusaurus's markup and behaviour (title, line numbers, highlighted lines,
// copy and word-wrap buttons) and these differences, which keep an article's start-up short:
// - it renders once: Docusaurus's gives the block a key that changes once the page runs in the browser, so
//   every block is built twice (its server-rendered Prism styles are the light theme's). Ours are CSS
//   variables valid in both modes (plugins/code-theme), so the server's markup is right and hydration keeps it;
// - its lines are one HTML string, kept from the server when the page hydrates (./Lines); the styles
//   prism-react-renderer gives inline are classes, and tokens without a style are bare text (./lines);
// - Prism loads only when a block is first highlighted in the browser (./highlighter);
// - the buttons come with the server's HTML (./Buttons), and whether a block overflows (which shows the
//   word-wrap button) is measured when it comes into view (./useLazyCodeWordWrap).
// src/theme/CodeBlock swizzles Docusaurus's CodeBlock (safe to eject) with this component.

const prismVariableNames: Record<string, string> = {
  color: "--prism-color",
  backgroundColor: "--prism-background-color",
};

/** The block's colours as Docusaurus's CodeBlock/Container sets them, from the Prism theme's plain style, in its order. */
function prismCssVariables(plain: CSSProperties): CSSProperties {
  const variables: Record<string, string> = {};
  for (const [property, value] of Object.entries(plain)) {
    const name = prismVariableNames[property];
    if (name && typeof value === "string") variables[name] = value;
  }
  return variables as CSSProperties;
}

function Container({ as: As, className, children }: { as: "div" | "pre"; className?: string; children: ReactNode }) {
  const theme = usePrismTheme();
  return (
    <As
      // As Docusaurus's standalone <pre>: a scrolling block must be reachable by keyboard.
      tabIndex={As === "pre" ? 0 : undefined}
      className={clsx(className, styles.codeBlockContainer, ThemeClassNames.common.codeBlock)}
      style={prismCssVariables(theme.plain)}
    >
      {children}
    </As>
  );
}

function StringCodeBlock(props: Props & { children: string }): ReactNode {
  const metadata = useCodeBlockMetadata(props);
  const wordWrap = useLazyCodeWordWrap();
  return (
    <Container as="div" className={metadata.className}>
      {metadata.title && <div className={styles.codeBlockTitle}>{metadata.title}</div>}
      <div className={styles.codeBlockContent}>
        <CodeBlockLines metadata={metadata} preRef={wordWrap.codeBlockRef} />
        <CodeBlockButtons code={metadata.code} wordWrap={wordWrap} />
      </div>
    </Container>
  );
}

/** `<pre><MyComp/></pre>` in MDX: children that are not a string, shown in a styled block without highlighting. */
function ElementCodeBlock({ children, className }: Props): ReactNode {
  return (
    <Container as="pre" className={clsx(styles.codeBlockStandalone, "thin-scrollbar", className)}>
      <code className={styles.codeBlockLines}>{children}</code>
    </Container>
  );
}

/** A multi-line code block, as Docusaurus's `@theme/CodeBlock` (same props). */
export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  // As the original: plain string children become one string, so the block can be copied.
  const children = Children.toArray(rawChildren).some((c) => isValidElement(c))
    ? rawChildren
    : Array.isArray(rawChildren)
      ? rawChildren.join("")
      : rawChildren;
  return typeof children === "string" ? (
    <StringCodeBlock {...props}>{children}</StringCodeBlock>
  ) : (
    <ElementCodeBlock {...props}>{children}</ElementCodeBlock>
  );
}
