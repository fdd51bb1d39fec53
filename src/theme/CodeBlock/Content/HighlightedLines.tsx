import lineStyles from "@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css";
import { usePrismTheme } from "@docusaurus/theme-common";
import prismIncludeLanguages from "@theme/prism-include-languages";
import clsx from "clsx";
import { Highlight, Prism } from "prism-react-renderer";
import type { ReactNode } from "react";
import { linesHtml, type RenderedLine } from "./linesHtml";

// Loaded on demand (./highlighter), not with the page: Prism's grammars take tens of milliseconds to set
// up. The site's additional languages (themeConfig.prism.additionalLanguages) are added here, where
// Docusaurus adds them at start-up (plugins/code-theme turns that off).
prismIncludeLanguages(Prism);

/** Prism's markup for `code`, built the way prism-react-renderer's Highlight builds it. */
export default function HighlightedLines({
  code,
  language,
  lineClassNames,
  numbered,
  render,
}: {
  code: string;
  language: string;
  lineClassNames: Record<number, string[]>;
  numbered: boolean;
  render: (html: string) => ReactNode;
}): ReactNode {
  const theme = usePrismTheme();
  return (
    <Highlight theme={theme} code={code} language={language}>
      {({ tokens, getLineProps, getTokenProps }) => {
        const lines: RenderedLine[] = tokens.map((raw, i) => {
          // As Docusaurus's Line: a line holding only "\n" renders empty, its <br> keeps the height.
          const line = raw.length === 1 && raw[0]?.content === "\n" ? [{ ...raw[0], content: "" }] : raw;
          return {
            line: getLineProps({ line, className: clsx(lineClassNames[i], numbered && lineStyles.codeLine) }),
            tokens: line.map((token) => getTokenProps({ token })),
          };
        });
        return render(
          linesHtml(
            lines,
            numbered
              ? { lineNumber: `${lineStyles.codeLineNumber}`, lineContent: `${lineStyles.codeLineContent}` }
              : null,
          ),
        );
      }}
    </Highlight>
  );
}
