import clsx from "clsx";
import { type ReactNode, useEffect, useState } from "react";
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
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className={styles.icon}>
          {status === "Copied" ? (
            <path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z" />
          ) : (
            <path
              fill="currentColor"
              d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11v14z"
            />
          )}
        </svg>
        {children}
      </button>
      <span role="status" className={styles.status} data-search-ignore="">
        {status}
      </span>
    </>
  );
}
