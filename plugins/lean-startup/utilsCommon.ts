// @docusaurus/utils-common's exports, as ES modules, for the browser (see ./index.ts). Its CommonJS entry
// requires all of tslib for `__importDefault`; its files below do not. leanStartup.test.ts checks that this
// module exports exactly what the entry does, the same values.
export {
  addLeadingSlash,
  addTrailingSlash,
  default as applyTrailingSlash,
  removeTrailingSlash,
} from "@docusaurus/utils-common/lib/applyTrailingSlash.js";
export { getErrorCausalChain } from "@docusaurus/utils-common/lib/errorUtils.js";
export { addPrefix, addSuffix, removePrefix, removeSuffix } from "@docusaurus/utils-common/lib/stringUtils.js";

/** The entry defines this one itself (the id of a blog post's container, which search crawlers skip). */
export const blogPostContainerID = "__blog-post-container";
