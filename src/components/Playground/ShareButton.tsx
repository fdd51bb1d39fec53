import { type ReactNode, useId, useState } from "react";
import Icon from "../Icon";
import styles from "./styles.module.css";

/**
 * Makes a link whose hash holds the current files (see shareLink.ts), copies it when the browser allows,
 * and shows it in a field either way, so it can be copied by hand. Without `files` (the server-rendered
 * toolbar, before the editor loads) it is the same button, disabled.
 */
export default function ShareButton({ id, files }: { id: string; files: Record<string, string> | null }): ReactNode {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const fieldId = useId();
  const share = async () => {
    if (!files) return;
    // The encoder (with fflate) is in the loaded playground's chunk already: the server-rendered toolbar
    // does not carry it.
    const { encodeShareHash } = await import("./shareLink");
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
      <button
        type="button"
        className={styles.button}
        onClick={() => void share()}
        aria-disabled={files === null}
        data-pg-focus="share"
      >
        <Icon name="share" className={styles.icon} /> Share
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
