import type { ReactNode } from "react";
import Icon from "../Icon";
import styles from "./styles.module.css";

/** Restores the original files and forgets the saved edits. */
export default function ResetButton({ onReset, changed }: { onReset: () => void; changed: boolean }): ReactNode {
  return (
    <button
      type="button"
      className={styles.button}
      onClick={() => changed && onReset()}
      aria-disabled={!changed}
      data-pg-focus="reset"
      title="Restore the original code (your edits are forgotten)"
    >
      <Icon name="reset" className={styles.icon} /> Reset
    </button>
  );
}
