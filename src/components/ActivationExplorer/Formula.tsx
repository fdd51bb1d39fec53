import type { ActivationName } from "@nn-explained/core";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { formulaHtml, loadFormulaTable } from "./formulas";
import type { FormulaHtml } from "./tex";

/**
 * One typeset formula of an activation (its function or its derivative) as a `<dd>`. The server writes
 * the markup; in the browser, hydration keeps it (an empty `__html` is not compared with the server's
 * in production, and `suppressHydrationWarning` says so in development), so the page neither runs KaTeX
 * nor carries the HTML again in its JavaScript. The browser needs the typeset formulas only for a name it
 * did not get from the server (another activation chosen, or a page rendered after in-site navigation):
 * then it loads the table of them all, marking the formula busy until it arrives.
 */
export default function Formula({
  name,
  which,
  className,
}: {
  name: ActivationName;
  which: keyof FormulaHtml;
  className?: string;
}): ReactNode {
  const ref = useRef<HTMLElement>(null);
  // The name whose markup the server rendered into this element.
  const [served] = useState(name);
  const [, setLoaded] = useState(false);
  const html = formulaHtml(name)?.[which];
  useEffect(() => {
    if (html !== undefined) return;
    // Hydrated: the server's markup is this name's, and stays.
    if (name === served && ref.current?.hasChildNodes()) return;
    let current = true;
    void loadFormulaTable().then(() => {
      if (current) setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [html, name, served]);
  return (
    <dd
      ref={ref}
      className={className}
      aria-busy={html === undefined && name !== served ? true : undefined}
      data-formula={`${name}.${which}`}
      suppressHydrationWarning
      // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output of the registry's own formulas, typeset at build time.
      dangerouslySetInnerHTML={{ __html: html ?? "" }}
    />
  );
}
