/** A page a 404 can suggest. */
export interface PageCandidate {
  /** Path under the baseUrl, without a leading slash ("" for the landing page). */
  readonly path: string;
  readonly title: string;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
}

/** Levenshtein distance, two rows (Wagner–Fischer). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * How close a requested path is to a page, in [0, 1]: the better of the spelling similarity of the
 * last path segment to the page's path (catches typos: "relu-hiden-layer") and the share of the
 * request's words that start a word of the page's path or title (catches rewordings: "softmax-vs-sigmoid").
 */
export function closeness(requested: string, page: PageCandidate): number {
  const segment =
    requested
      .toLowerCase()
      .replace(/\.html?$/, "")
      .split("/")
      .filter(Boolean)
      .pop() ?? "";
  if (!segment || !page.path) return 0;
  const spelling = 1 - editDistance(segment, page.path) / Math.max(segment.length, page.path.length);
  const asked = words(segment);
  const known = [...words(page.path), ...words(page.title)];
  const shared = asked.filter((w) => known.some((k) => k.startsWith(w) || (w.length > 3 && w.startsWith(k))));
  const overlap = asked.length ? shared.length / asked.length : 0;
  return Math.max(spelling, overlap);
}

/**
 * The pages closest to a path that was not found, best first; ties keep the given order.
 * @param requested the path that was not found, under the baseUrl (e.g. "relu-hidden-layer")
 * @param pages the pages that exist
 * @param limit how many to return
 * @returns at most `limit` pages whose closeness is above 0.3, or the first `limit` pages when none is
 * @example
 * closestPages("sigmoid-multi-class", pages, 1) //=> [{ path: "sigmoid-multiclass", … }]
 */
export function closestPages(requested: string, pages: readonly PageCandidate[], limit = 3): PageCandidate[] {
  const scored = pages
    .map((page, index) => ({ page, index, score: closeness(requested, page) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const close = scored.filter((s) => s.score > 0.3);
  return (close.length ? close : scored).slice(0, limit).map((s) => s.page);
}
