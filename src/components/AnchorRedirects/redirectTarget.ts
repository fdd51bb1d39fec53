import { type ApiPageIndex, apiAnchorRedirects } from "../ApiReference/apiPages";
import committed from "./anchorRedirects.json";
import { resolveAnchor } from "./resolveAnchor";

/**
 * Where a link to anchor `id` of `page` should land, by the site's anchor redirects: the committed ones
 * (`anchorRedirects.json`) and those of the API reference's split into a page per module.
 * Loaded by ./index.tsx only when an address names an anchor of a page that has redirects.
 * @param page the page path under the baseUrl ("" for the landing page)
 * @param id the anchor that was asked for
 * @param apiPages which page of the API reference documents which export
 * @returns `{ page, id }` of the current anchor, or undefined when the anchor was not moved
 * @throws {Error} when the redirects form a cycle
 * @example
 * redirectTarget("reference/api", "softmax", { "reference/api/softmax": ["softmax"] })
 * //=> { page: "reference/api/softmax", id: "softmax" }
 */
export function redirectTarget(
  page: string,
  id: string,
  apiPages: ApiPageIndex,
): { page: string; id: string } | undefined {
  return resolveAnchor(page, id, { ...apiAnchorRedirects(apiPages), ...committed });
}
