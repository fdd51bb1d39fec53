/**
 * The search bar's keyboard shortcut, the plugin's `searchBarShortcutKeymap`: Ctrl+K, or ⌘K on a Mac.
 * docusaurus.config.ts gives it to the plugin; the static bar (./StaticSearchBar.tsx) answers it until the
 * plugin's bar has loaded.
 */
export const SEARCH_SHORTCUT = "mod+k";
