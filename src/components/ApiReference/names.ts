// The API reference's two names, apart from ./apiPages.ts: the start-up code of every page (the anchor
// redirects, the global data's hook) needs them, and not the functions there.

/** The API reference's index page, relative to the baseUrl; each module of core has a page under it. */
export const API_INDEX_PAGE = "reference/api";

/** The name of the plugin (plugins/api-reference) whose global data is the page index (./apiPages.ts). */
export const API_REFERENCE_PLUGIN = "api-reference";
