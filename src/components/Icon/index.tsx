import clsx from "clsx";
import type { ReactNode } from "react";
import styles from "./styles.module.css";

/**
 * Each icon's path, in a 24 × 24 viewBox. Material Icons (Apache 2.0) for the playground toolbar and the
 * copy-link button; theme-classic's Icon/Copy, Icon/Success and Icon/WordWrap (MIT, Copyright (c) Facebook,
 * Inc.) for the code blocks' buttons.
 */
const PATHS = {
  run: "M8 5v14l11-7z",
  stop: "M6 6h12v12H6z",
  reset: "M12 5V1L7 6l5 5V7c3.31 0 6 2.69 6 6s-2.69 6-6 6-6-2.69-6-6H4c0 4.42 3.58 8 8 8s8-3.58 8-8-3.58-8-8-8z",
  share:
    "M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z",
  export: "M5 20h14v-2H5v2zM19 9h-4V3H9v6H5l7 7 7-7z",
  copyLink:
    "M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11v14z",
  copiedLink: "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z",
  codeCopy:
    "M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21A2,2 0 0,0 8,23H19A2,2 0 0,0 21,21V7A2,2 0 0,0 19,5M16,1H4A2,2 0 0,0 2,3V17H4V3H16V1Z",
  codeCopied: "M21,7L9,19L3.5,13.5L4.91,12.09L9,16.17L19.59,5.59L21,7Z",
  wordWrap:
    "M4 19h6v-2H4v2zM20 5H4v2h16V5zm-3 6H4v2h13.25c1.1 0 2 .9 2 2s-.9 2-2 2H15v-2l-3 3l3 3v-2h2c2.21 0 4-1.79 4-4s-1.79-4-4-4z",
} as const;

export type IconName = keyof typeof PATHS;

/** The icons' names. */
export const ICON_NAMES = Object.keys(PATHS) as IconName[];

/** The markup of icon `name`: an `<svg>` filling its box, painted in the text colour (./styles.module.css). */
export function iconSvg(name: IconName): string {
  return `<svg viewBox="0 0 24 24" focusable="false"><path d="${PATHS[name]}"/></svg>`;
}

/**
 * A button's icon, drawn in the text colour and hidden from assistive technology: the button's label names
 * the action. Not a symbol character (▶, 🔗), which depends on the reader's fonts and shows as an empty box
 * without an emoji font.
 *
 * An inline `<svg>`, as markup inside one `<span>`: React hydrates the span alone, not the `<svg>` and its
 * path (two fibres more per icon, 99 icons on /f1-micro-average). Not the path as an SVG image masking a box:
 * Chromium builds a document of its own for each image (1.2-1.7 ms each), and styling the masks made the
 * style and layout of a load of /f1-micro-average without JavaScript 30.7 + 25.4 ms instead of 14.9 + 21.8
 * (medians of 8, .dbg-measured 2026-12-07). The `load` event Blink sends each outermost `<svg>` as the page
 * loads stops at the document (plugins/lean-startup/svgLoadEvents.ts), before React's listener on the root.
 * @param name the icon; none for an empty box of the icon's size
 * @param className the user's class, which sets the box's size
 */
export default function Icon({ name, className }: { name?: IconName; className?: string }): ReactNode {
  return (
    <span
      aria-hidden="true"
      className={clsx(styles.icon, className)}
      data-icon={name}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: markup of the site's own constant paths.
      dangerouslySetInnerHTML={{ __html: name ? iconSvg(name) : "" }}
    />
  );
}
