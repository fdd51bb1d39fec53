/** Old anchor → where it lives now: `"<page>#<old-id>": "<page>#<new-id>"`, pages relative to the baseUrl. */
export type AnchorRedirectMap = Readonly<Record<string, string>>;

/**
 * Where a link to an anchor that no longer exists should land, following chained redirects.
 * @param page the page path under the baseUrl ("" for the landing page)
 * @param id the anchor that was asked for
 * @param redirects the committed map (`anchorRedirects.json`)
 * @returns `{ page, id }` of the current anchor, or undefined when the map has no entry
 * @throws {Error} when the redirects form a cycle
 * @example
 * resolveAnchor("relu-hidden-layers", "old", { "relu-hidden-layers#old": "relu-hidden-layers#new" })
 * //=> { page: "relu-hidden-layers", id: "new" }
 */
export function resolveAnchor(
  page: string,
  id: string,
  redirects: AnchorRedirectMap,
): { page: string; id: string } | undefined {
  const seen = new Set<string>();
  let key = `${page}#${id}`;
  while (redirects[key] !== undefined) {
    if (seen.has(key)) throw new Error(`resolveAnchor: anchor redirects form a cycle through "${key}".`);
    seen.add(key);
    key = redirects[key] as string;
  }
  if (seen.size === 0) return undefined;
  const at = key.indexOf("#");
  return { page: key.slice(0, at), id: key.slice(at + 1) };
}
