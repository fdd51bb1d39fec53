import { useThemeConfig } from "@docusaurus/theme-common";
import { CodeBlockContextProvider, createCodeBlockMetadata } from "@docusaurus/theme-common/internal";
import type { Props } from "@theme/CodeBlock/Content/String";
import CodeBlockLayout from "@theme/CodeBlock/Layout";
import { type ReactNode, useMemo } from "react";
import { useLazyCodeWordWrap } from "./useLazyCodeWordWrap";

/**
 * Docusaurus's CodeBlock/Content/String with one change: whether a block can scroll sideways (and so
 * offers the word-wrap button) is measured when the block comes into view, not by every block as the
 * page starts, where each measurement forced a layout of the whole article.
 */
export default function CodeBlockString(props: Props): ReactNode {
  const { prism } = useThemeConfig();
  const { children, className, metastring, language, title, showLineNumbers } = props;
  // Kept while its inputs stay, so the highlighted lines built from it are not rebuilt on every render.
  const metadata = useMemo(
    () =>
      createCodeBlockMetadata({
        code: children,
        className,
        metastring,
        magicComments: prism.magicComments,
        defaultLanguage: prism.defaultLanguage,
        language,
        title,
        showLineNumbers,
      }),
    [children, className, metastring, prism, language, title, showLineNumbers],
  );
  const wordWrap = useLazyCodeWordWrap();
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <CodeBlockLayout />
    </CodeBlockContextProvider>
  );
}
