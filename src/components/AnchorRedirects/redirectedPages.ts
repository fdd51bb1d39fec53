import { API_INDEX_PAGE } from "../ApiReference/names";
import committed from "./anchorRedirects.json";

/**
 * The pages that have anchor redirects: the API reference's index, whose sections moved to a page per
 * module, and the pages of the committed redirects. On any other page an anchor is never redirected.
 */
export const REDIRECTED_PAGES: ReadonlySet<string> = new Set([
  API_INDEX_PAGE,
  ...Object.keys(committed).map((from) => from.slice(0, from.indexOf("#"))),
]);
