import clsx from "clsx";
import type { ReactNode } from "react";
import styles from "./styles.module.css";

/** The icons, each a class of ./styles.module.css. */
export const ICON_NAMES = [
  "run",
  "stop",
  "reset",
  "share",
  "export",
  "copyLink",
  "copiedLink",
  "codeCopy",
  "codeCopied",
  "wordWrap",
] as const;

export type IconName = (typeof ICON_NAMES)[number];

/**
 * A button's icon, drawn in the text colour (a mask over a box of the colour) and hidden from assistive
 * technology: the button's label names the action. Not a symbol character (▶, 🔗), which depends on the
 * reader's fonts and shows as an empty box without an emoji font; and not an inline `<svg>`: the browser
 * sends every outermost `<svg>` a `load` event when the page has loaded, which React's listener on the root
 * handles one by one: /f1-micro-average's 134 (117 of them these icons) were 6.1 ms of the task that fires
 * the load event, the longest after the page's first paint, in a Lighthouse trace.
 * @param name the icon; none for an empty box of the icon's size
 * @param className the user's class, which sets the box's size
 */
export default function Icon({ name, className }: { name?: IconName; className?: string }): ReactNode {
  return <span aria-hidden="true" className={clsx(styles.icon, name && styles[name], className)} data-icon={name} />;
}
