import type { ReactNode } from "react";
import styles from "./styles.module.css";

/** The index of one module's exports at the top of its section on the API reference page. */
export function ApiIndex({ children }: { children: ReactNode }): ReactNode {
  return (
    <nav className={styles.index} aria-label="Exports in this section">
      {children}
    </nav>
  );
}

/** The kind of an export ("function", "type", ...), shown under its heading. */
export function ApiBadge({ children }: { children: ReactNode }): ReactNode {
  return <span className={styles.badge}>{children}</span>;
}
