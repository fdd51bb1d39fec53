import clsx from "clsx";
import type { ReactNode } from "react";
import Icon from "../Icon";
import styles from "./styles.module.css";

/**
 * Runs the code (again, stopping a run in progress). Its accessible name starts with "Run"; it is never
 * disabled, so it keeps keyboard focus while the code runs.
 */
export default function RunButton({ onRun, running }: { onRun: () => void; running: boolean }): ReactNode {
  return (
    <button
      type="button"
      className={clsx(styles.button, styles.runButton)}
      onClick={onRun}
      aria-busy={running}
      data-pg-focus="run"
      aria-keyshortcuts="Control+Enter Meta+Enter"
    >
      <Icon name="run" className={styles.icon} /> Run <span className={styles.kbd}>(Ctrl+Enter)</span>
    </button>
  );
}
