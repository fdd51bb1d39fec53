import type { ReactNode } from "react";
import styles from "./styles.module.css";

/**
 * The toolbar's icons as inline SVG, drawn in the button's text colour. A symbol character (▶, 🔗) would
 * depend on the reader's fonts: without an emoji font it shows as an empty box. Paths from Material
 * Icons (Apache 2.0), as the copy buttons' (src/components/CopyButton).
 */
const PATHS = {
  run: "M8 5v14l11-7z",
  stop: "M6 6h12v12H6z",
  reset: "M12 5V1L7 6l5 5V7c3.31 0 6 2.69 6 6s-2.69 6-6 6-6-2.69-6-6H4c0 4.42 3.58 8 8 8s8-3.58 8-8-3.58-8-8-8z",
  share:
    "M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z",
  export: "M5 20h14v-2H5v2zM19 9h-4V3H9v6H5l7 7 7-7z",
} as const;

export type IconName = keyof typeof PATHS;

/** A toolbar icon, hidden from assistive technology: the button's text names the action. */
export default function Icon({ name }: { name: IconName }): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="14" height="14" className={styles.icon}>
      <path fill="currentColor" d={PATHS[name]} />
    </svg>
  );
}
