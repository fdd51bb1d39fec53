import { Resvg } from "@resvg/resvg-js";

/** What a social card shows. */
export interface CardText {
  /** The site's name, top left. */
  readonly site: string;
  /** The page title, large. */
  readonly title: string;
  /** A line or two under the title (the short answer); cut with an ellipsis when it does not fit. */
  readonly body: string;
  /** The page's address without the scheme, bottom left. */
  readonly url: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 72;

/**
 * Average advance widths of DejaVu Sans in em, measured on English prose (DejaVu is a wide face).
 * Slightly generous, so a wrapped line never overflows the card.
 */
const EM_PER_CHAR = { regular: 0.56, bold: 0.63 } as const;

/** Splits `text` into lines of at most `maxChars` characters at spaces; cuts after `maxLines` with "…". */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  const shown = lines.join(" ").split(/\s+/).length;
  if (shown < words.length) {
    // Cut the last line so the ellipsis fits, and never end on a dangling comma or colon.
    const last = (lines[maxLines - 1] ?? "").slice(0, maxChars - 1).replace(/[\s,;:]+\S*$/, "");
    lines[maxLines - 1] = `${last}…`;
  }
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The card as SVG: the fonts are named, not embedded; `renderCard` supplies them. */
export function cardSvg({ site, title, body, url }: CardText): string {
  const innerWidth = CARD_WIDTH - 2 * MARGIN;
  // A long title gets a smaller size, so that it fits whole in three or four lines.
  const titleSize = title.length > 90 ? 48 : title.length > 70 ? 52 : 60;
  const titleLines = wrap(title, Math.floor(innerWidth / (titleSize * EM_PER_CHAR.bold)), 4);
  const bodySize = 28;
  const titleTop = 170;
  const titleBottom = titleTop + (titleLines.length - 1) * titleSize * 1.18;
  const bodyTop = titleBottom + 70;
  const bodyLines = Math.max(1, Math.min(5, Math.floor((CARD_HEIGHT - 120 - bodyTop) / (bodySize * 1.4)) + 1));
  const bodyText = wrap(body.replace(/`/g, ""), Math.floor(innerWidth / (bodySize * EM_PER_CHAR.regular)), bodyLines);
  const tspans = (lines: string[], x: number, lineHeight: number) =>
    lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
  <rect width="100%" height="100%" fill="#1b1b1d"/>
  <rect width="16" height="100%" fill="#4e89e8"/>
  <text x="${MARGIN}" y="96" font-family="DejaVu Sans" font-weight="bold" font-size="30" fill="#8fb4f0">${escapeXml(site)}</text>
  <text x="${MARGIN}" y="${titleTop}" font-family="DejaVu Sans" font-weight="bold" font-size="${titleSize}" fill="#ffffff">${tspans(titleLines, MARGIN, titleSize * 1.18)}</text>
  <text x="${MARGIN}" y="${bodyTop}" font-family="DejaVu Sans" font-size="${bodySize}" fill="#d6d6d6">${tspans(bodyText, MARGIN, bodySize * 1.4)}</text>
  <text x="${MARGIN}" y="${CARD_HEIGHT - 56}" font-family="DejaVu Sans" font-size="24" fill="#8fb4f0">${escapeXml(url)}</text>
</svg>`;
}

/** Renders a card to a 1200×630 PNG with the given TTF files (DejaVu Sans regular and bold). */
export function renderCard(text: CardText, fontFiles: string[]): Buffer {
  const resvg = new Resvg(cardSvg(text), {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "width", value: CARD_WIDTH },
  });
  return resvg.render().asPng();
}
