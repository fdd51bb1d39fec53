import { type ReactNode, useId, useState } from "react";
import { encodeShareHash } from "./shareLink";
import styles from "./styles.module.css";

/**
 * Makes a link whose hash holds the current files (see shareLink.ts), copies it when the browser allows,
 * and shows it in a field either way, so it can be copied by hand.
 */
export default function ShareButton({ id, files }: { id: string; files: Record<string, string> }): ReactNode {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const fieldId = useId();
  const share = () => {
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}${encodeShareHash(id, files)}`;
    setLink(url);
    setCopied(false);
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <>
      <button type="button" className={styles.button} onClick={share} data-pg-focus="share">
        <span aria-hidden="true">🔗</span> Share
      </button>
      {link && (
        <div className={styles.shareBox}>
          <label htmlFor={fieldId}>{copied ? "Link copied:" : "Link to this code:"}</label>
          <input
            id={fieldId}
            readOnly
            value={link}
            data-playground-share-url=""
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </>
  );
}
