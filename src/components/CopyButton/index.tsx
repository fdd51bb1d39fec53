import clsx from "clsx";
import { type ReactNode, useEffect, useState } from "react";
import Icon from "../Icon";
import { copyText } from "./copyText";
import styles from "./styles.module.css";

export interface CopyButtonProps {
  /** What lands on the clipboard; a function is called at click time. */
  readonly text: string | (() => string);
  /** The button's accessible name, e.g. "Copy link to “Short answer”". */
  readonly label: string;
  /** Shown next to the icon; without it the button shows the icon only. */
  readonly children?: ReactNode;
  readonly className?: string;
}

/**
 * A button that copies text and says so ("Copied") in a polite live region. It is in the server's HTML,
 * so hydration inserts nothing, but hidden until the page has hydrated (`data-needs-hydration`, see
 * src/css/custom.css): without JavaScript there is no clipboard. Search leaves it out of its index.
 */
export default function CopyButton({ text, label, children, className }: CopyButtonProps): ReactNode {
  const [status, setStatus] = useState<"" | "Copied" | "Copy failed">("");
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(""), 2000);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <>
      <button
        type="button"
        className={clsx(styles.copyButton, className)}
        aria-label={label}
        title={label}
        data-copy-button=""
        data-needs-hydration=""
        data-search-ignore=""
        onClick={async () => {
          const ok = await copyText(typeof text === "function" ? text() : text);
          setStatus(ok ? "Copied" : "Copy failed");
        }}
      >
        <Icon name={status === "Copied" ? "copiedLink" : "copyLink"} className={styles.icon} />
        {children}
      </button>
      <span role="status" className={styles.status} data-search-ignore="">
        {status}
      </span>
    </>
  );
}
