import type { AnchorRedirectMap } from "../AnchorRedirects/resolveAnchor";

import { API_INDEX_PAGE } from "./names";

export { API_INDEX_PAGE, API_REFERENCE_PLUGIN } from "./names";

/**
 * Which page documents which exports of `@nn-explained/core`: page path relative to the baseUrl
 * (`reference/api/softmax`) → the export names on it, each also its anchor there (`#logSumExp`).
 * Written by plugins/api-reference at build time; the client reads it as the plugin's global data.
 */
export type ApiPageIndex = Readonly<Record<string, readonly string[]>>;

/** What plugins/api-reference publishes as its global data. */
export interface ApiReferenceGlobalData {
  readonly pages: ApiPageIndex;
}

/**
 * The page of one module of core's `src` (a folder, or a file such as `errors.ts`).
 * @example
 * apiModulePage("metrics") //=> "reference/api/metrics"
 */
export function apiModulePage(module: string): string {
  return `${API_INDEX_PAGE}/${module}`;
}

/**
 * The page that documents `name`, or undefined when no page does.
 * @example
 * apiPageOf({ "reference/api/softmax": ["softmax"] }, "softmax") //=> "reference/api/softmax"
 */
export function apiPageOf(pages: ApiPageIndex, name: string): string | undefined {
  for (const [page, names] of Object.entries(pages)) if (names.includes(name)) return page;
  return undefined;
}

/**
 * The site-absolute link (before the baseUrl, as `<Link to>` takes it) to the section of export `name`.
 * @throws {Error} when no page documents `name`, so a link to a missing section fails the build
 * @example
 * apiHref({ "reference/api/softmax": ["softmax"] }, "softmax") //=> "/reference/api/softmax#softmax"
 */
export function apiHref(pages: ApiPageIndex, name: string): string {
  const page = apiPageOf(pages, name);
  if (page === undefined) {
    throw new Error(
      `apiHref: name must be an export of @nn-explained/core documented in the API reference; got "${name}".`,
    );
  }
  return `/${page}#${name}`;
}

/**
 * The anchor redirects that keep links to the single-page reference of old working:
 * `reference/api#<name>` → `reference/api/<module>#<name>` for every export.
 * @example
 * apiAnchorRedirects({ "reference/api/softmax": ["softmax"] })
 * //=> { "reference/api#softmax": "reference/api/softmax#softmax" }
 */
export function apiAnchorRedirects(pages: ApiPageIndex): AnchorRedirectMap {
  const map: Record<string, string> = {};
  for (const [page, names] of Object.entries(pages)) {
    for (const name of names) map[`${API_INDEX_PAGE}#${name}`] = `${page}#${name}`;
  }
  return map;
}
