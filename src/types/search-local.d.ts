// The search plugin's keyboard-shortcut helpers, which the static search bar (src/theme/SearchBar) shares
// with the plugin's own bar; the plugin ships them as JavaScript without declarations.
// src/theme/SearchBar/searchLocal.test.ts checks them against the installed version.

declare module "@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap.js" {
  export interface ParsedKeymap {
    key: string;
    ctrl: boolean;
    alt: boolean;
    shift: boolean;
    meta: boolean;
  }
  export function parseKeymap(keymap: string): ParsedKeymap;
  export function matchesKeymap(event: KeyboardEvent, keymap: ParsedKeymap): boolean;
  export function getKeymapHints(keymap: string, isMac: boolean): string[];
}

declare module "@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform.js" {
  export function isMacPlatform(): boolean;
}
