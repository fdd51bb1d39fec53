import { describe, it } from "vitest";
import { reliedOn } from "../../../plugins/_docusaurusSource";

// The static search bar copies the search plugin's markup and takes its style sheets and shortcut helpers
// from the plugin's private files (./searchLocal.ts); ./handover.ts relies on how the plugin's bar reacts to
// a reader. These tests name the file and the version when any of that moves or changes.
describe("the static search bar's reliance on @easyops-cn/docusaurus-search-local", () => {
  const who = "src/theme/SearchBar";
  const pkg = "@easyops-cn/docusaurus-search-local";
  const options = { checkedVersion: "0.55.3" };
  const theme = "dist/client/client/theme";
  const check = (file: string, what: string, relied: (string | RegExp)[]) =>
    reliedOn(who, pkg, file, what, relied, options);

  it("the plugin's bar renders the markup StaticSearchBar.tsx copies", () => {
    check(`${theme}/SearchBar/SearchBar.jsx`, "rendering its bar as the static bar copies it", [
      /<div className=\{clsx\("navbar__search", styles\.searchBarContainer, \{\s*\[styles\.searchIndexLoading\]: loading && inputChanged,\s*\[styles\.focused\]: focused,\s*\}\)\} hidden=\{hidden\}/,
      'dir="ltr">',
      '<svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">',
      'd="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"',
      /aria-label="Search" className=\{`navbar__search-input \$\{styles\.searchInput\}`\} onMouseEnter=\{onInputMouseEnter\} onFocus=\{onInputFocus\} onBlur=\{onInputBlur\} onChange=\{onInputChange\}/,
      "<LoadingRing className={styles.searchBarLoadingRing}/>",
      /\(inputValue !== "" \? \(<button className=\{styles\.searchClearButton\} onClick=\{onClearSearch\}>\s*✕\s*<\/button>\) : \(isBrowser &&\s*searchBarShortcutKeymap && \(<div className=\{styles\.searchHintContainer\}>\s*\{getKeymapHints\(searchBarShortcutKeymap, isMac\)\.map\(\(hint, index\) => \(<kbd key=\{index\} className=\{styles\.searchHint\}>/,
    ]);
    check(`${theme}/LoadingRing/LoadingRing.jsx`, "rendering the ring as four divs", [
      /<div className=\{clsx\(styles\.loadingRing, className\)\}>\s*<div><\/div>\s*<div><\/div>\s*<div><\/div>\s*<div><\/div>\s*<\/div>/,
    ]);
  });

  it("the plugin's bar reacts to the events the hand-over sends as to a reader's", () => {
    check(`${theme}/SearchBar/SearchBar.jsx`, "loading its index on hover and focus, and opening the results", [
      /const onInputMouseEnter = useCallback\(\(\) => \{\s*loadIndex\(\);/,
      /const onInputFocus = useCallback\(\(\) => \{\s*focusAfterIndexLoaded\.current = true;\s*loadIndex\(\);/,
      /const onInputChange = useCallback\(\(event\) => \{\s*setInputValue\(event\.target\.value\);/,
      /if \(focusAfterIndexLoaded\.current\) \{\s*const input = searchBarRef\.current;\s*if \(input\.value\) \{\s*search\.current\?\.autocomplete\.open\(\);/,
      /const parsedKeymap = parseKeymap\(searchBarShortcutKeymap\);[\s\S]*document\.addEventListener\("keydown", handleShortcut\)/,
    ]);
  });

  it("the style sheets and shortcut helpers the static bar imports are where it imports them", () => {
    check(`${theme}/SearchBar/SearchBar.module.css`, "styling the bar", [
      ".searchBarContainer {",
      ".searchIcon {",
      ".searchInput {",
      ".searchHintContainer {",
      ":global(.navbar__search) {",
    ]);
    check(`${theme}/LoadingRing/LoadingRing.module.css`, "styling the ring", [".loadingRing {"]);
    check("dist/client/client/utils/keymap.js", "exporting the shortcut helpers", [
      "export function parseKeymap(keymap)",
      "export function matchesKeymap(event, keymap)",
      "export function getKeymapHints(keymap, isMac)",
    ]);
    check("dist/client/client/utils/platform.js", "exporting isMacPlatform", ["export function isMacPlatform()"]);
  });
});
