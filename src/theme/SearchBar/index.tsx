import { type ComponentType, type ReactNode, useCallback, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { applySearchBarState, readSearchBarState, type SearchBarState } from "./handover";
import StaticSearchBar from "./StaticSearchBar";

/** The props theme-classic's navbar may give a search bar; the plugin's bar takes them. */
export interface SearchBarProps {
  readonly handleSearchBarToggle?: (expanded: boolean) => void;
}
type SearchBarComponent = ComponentType<SearchBarProps>;

/** The plugin's bar once loaded: a bar mounted later (on another page's navbar) shows it at once. */
let loaded: SearchBarComponent | undefined;
let loading: Promise<SearchBarComponent> | undefined;

/** Loads the plugin's bar, once; after a failed load, the next sign of interest tries again. */
function loadSearchBar(): Promise<SearchBarComponent> {
  loading ??= import("@theme-original/SearchBar").then(
    (module: { default: SearchBarComponent }) => {
      loaded = module.default;
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The navbar's search bar (a wrapping swizzle of the search plugin's `@theme/SearchBar`). Its code (the bar,
 * the autocomplete, the bridge to the search worker) is no part of a page's start-up: the page shows a
 * static bar (./StaticSearchBar.tsx) that looks the same and works as a form, and the plugin's bar is
 * loaded at the reader's first sign of interest and takes the static bar's place, with its query, focus
 * and caret (./handover.ts).
 */
export default function SearchBar(props: SearchBarProps): ReactNode {
  // Undefined while hydrating (nothing has loaded it yet), so the first render matches the server's.
  const [Loaded, setLoaded] = useState(() => loaded);
  const [interested, setInterested] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const handover = useRef<SearchBarState | undefined>(undefined);

  const onInterest = useCallback(() => {
    if (interested) return;
    setInterested(true);
    loadSearchBar().then(
      (Bar) => {
        // Read and swap in one task: no key the reader presses can fall between the two.
        handover.current = input.current ? readSearchBarState(input.current) : undefined;
        flushSync(() => setLoaded(() => Bar));
      },
      // The static bar still works (as a form); the next sign of interest tries again.
      () => setInterested(false),
    );
  }, [interested]);

  // Before the browser paints the swapped bar, and before any other task: focus never lands on the page.
  useLayoutEffect(() => {
    if (!Loaded || !handover.current) return;
    applySearchBarState(handover.current);
    handover.current = undefined;
  }, [Loaded]);

  if (Loaded) return <Loaded {...props} />;
  return <StaticSearchBar onInterest={onInterest} loading={interested} inputRef={input} />;
}
