import { useThemeConfig } from "@docusaurus/theme-common";
import { type CodeBlockMetadata, createCodeBlockMetadata } from "@docusaurus/theme-common/internal";
import type { Props } from "@theme/CodeBlock";
import { useMemo } from "react";

export type { CodeBlockMetadata };

/**
 * A code block's metadata as Docusaurus reads it: language, title and line numbers from the props or the
 * metastring, highlighted lines from a `{1,3-4}` range or magic comments (which it strips from the code).
 * The one private Docusaurus import of the code blocks: theme-common exports this parser only from
 * `@docusaurus/theme-common/internal`, and writing our own would be a second copy of its magic-comment
 * grammar to keep in step. metadata.test.ts fails, naming the version, when the export moves or changes shape.
 * Kept while its inputs stay, so the lines built from it are not rebuilt on every render.
 */
export function useCodeBlockMetadata(props: Props & { children: string }): CodeBlockMetadata {
  const { prism } = useThemeConfig();
  const { children, className, metastring, language, title, showLineNumbers } = props;
  return useMemo(
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
}
