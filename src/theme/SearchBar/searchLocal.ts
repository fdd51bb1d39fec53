// What the static search bar (./StaticSearchBar.tsx) shares with the search plugin's bar, from the plugin's
// own files, so the two look and respond alike: the same style sheets (same class names, in the start-up
// CSS, where the plugin's bar finds them when it arrives) and the same parsing of the keyboard shortcut.
// These paths are private to @easyops-cn/docusaurus-search-local: ./searchLocal.test.ts names the files
// and the version they were checked against, and fails when they move or change.
import loadingRingStyles from "@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing.module.css";
import searchBarStyles from "@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css";

export {
  getKeymapHints,
  matchesKeymap,
  parseKeymap,
} from "@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap.js";
export { isMacPlatform } from "@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform.js";
export { loadingRingStyles, searchBarStyles };
