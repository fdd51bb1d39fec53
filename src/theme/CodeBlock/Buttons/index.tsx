import type { Props } from "@theme/CodeBlock/Buttons";
import CopyButton from "@theme/CodeBlock/Buttons/CopyButton";
import WordWrapButton from "@theme/CodeBlock/Buttons/WordWrapButton";
import clsx from "clsx";
import type { ReactNode } from "react";
import styles from "./styles.module.css";

/**
 * Docusaurus's code-block buttons (word wrap, copy), rendered by the server instead of only in the
 * browser. Inserted after hydration, they were one placement per code block in the commit that ends
 * hydration, its longest task on an article. They stay hidden until the page has hydrated
 * (`data-needs-hydration`, see src/css/custom.css), as they need React to work.
 */
export default function CodeBlockButtons({ className }: Props): ReactNode {
  return (
    <div className={clsx(className, styles.buttonGroup)} data-needs-hydration="" data-search-ignore="">
      <WordWrapButton />
      <CopyButton />
    </div>
  );
}
