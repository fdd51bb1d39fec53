/**
 * A character that draws a picture only if the reader has a font for it: emoji (🔗), other symbols
 * (▶ ■ ↺) and arrows (⤓). Used as an icon, it shows as an empty box where no such font is installed
 * (Debian's Chromium without fonts-noto-color-emoji); buttons draw their icons as SVG instead (Icon.tsx).
 * The tests look for these in every button's text, label and title.
 */
export const FONT_ICON = /[\p{Extended_Pictographic}\p{So}\u2190-\u21ff\u2900-\u297f\u2b00-\u2bff]/u;
