import clsx from "clsx";
import type { ReactNode } from "react";
import Icon from "../Icon";
import styles from "./styles.module.css";

/** Stops the run at once (its worker is terminated). aria-disabled, not disabled, so focus stays on it when a run ends. */
export default function StopButton({ onStop, running }: { onStop: () => void; running: boolean }): ReactNode {
  return (
    <button
      type="button"
      className={clsx(styles.button)}
      onClick={() => running && onStop()}
      aria-disabled={!running}
      data-pg-focus="stop"
    >
      <Icon name="stop" className={styles.icon} /> Stop
    </button>
  );
}
