import type { ReactNode } from "react";
import styles from "./styles.module.css";

/**
 * The index of one module's exports, at the top of its page or section, labelled for screen readers
 * ("Exports in Metrics"), so that the navigation landmarks of a page with several modules differ.
 */
export function ApiIndex({ children, label }: { children: ReactNode; label: string }): ReactNode {
  return (
    <nav className={styles.index} aria-label={label}>
      {children}
    </nav>
  );
}

/** The kind of an export ("function", "type", ...), shown under its heading. */
export function ApiBadge({ children }: { children: ReactNode }): ReactNode {
  return <span className={styles.badge}>{children}</span>;
}
