import { useHistory } from "@docusaurus/router";
import { translate } from "@docusaurus/Translate";
import useBaseUrl from "@docusaurus/useBaseUrl";
import useIsBrowser from "@docusaurus/useIsBrowser";
import clsx from "clsx";
import { type ReactNode, type RefObject, useEffect, useRef, useState } from "react";
import {
  getKeymapHints,
  isMacPlatform,
  loadingRingStyles,
  matchesKeymap,
  parseKeymap,
  searchBarStyles,
} from "./searchLocal";
import { SEARCH_SHORTCUT } from "./shortcut";

export interface StaticSearchBarProps {
  /** Called at the first sign of interest: the pointer over the bar, focus, typing, or the shortcut. */
  readonly onInterest: () => void;
  /** Whether the plugin's bar is on its way (after interest): shows the loading ring once the reader types. */
  readonly loading: boolean;
  /** The input, for the hand-over to the plugin's bar. */
  readonly inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The search bar as the server renders it and as it stays until the reader shows interest: the markup
 * and style sheet of the search plugin's bar (class names included), so the plugin's bar replaces it
 * without moving a pixel, but none of its code. It is a form that sends its query to the search page
 * (`/search?q=…`), which also works before any JavaScript has run; after hydration it answers the
 * keyboard shortcut and, on submit, goes to the search page without a reload.
 */
export default function StaticSearchBar({ onInterest, loading, inputRef }: StaticSearchBarProps): ReactNode {
  const isBrowser = useIsBrowser();
  const history = useHistory();
  const searchPage = useBaseUrl("/search");
  const [hasQuery, setHasQuery] = useState(false);
  const latestInterest = useRef(onInterest);
  latestInterest.current = onInterest;

  // A query typed, or focus given, before the page hydrated: the plugin's bar is wanted already.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    if (input.value) setHasQuery(true);
    if (input.value || document.activeElement === input) latestInterest.current();
  }, [inputRef]);

  useEffect(() => {
    const keymap = parseKeymap(SEARCH_SHORTCUT);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, keymap)) return;
      event.preventDefault();
      inputRef.current?.focus();
      latestInterest.current();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [inputRef]);

  const label = translate({
    id: "theme.SearchBar.label",
    message: "Search",
    description: "The ARIA label and placeholder for search button",
  });
  return (
    <form
      className={clsx(
        "navbar__search",
        searchBarStyles.searchBarContainer,
        loading && hasQuery && searchBarStyles.searchIndexLoading,
      )}
      // As the plugin's bar: left to right even on a right-to-left page.
      dir="ltr"
      action={searchPage}
      method="get"
      onPointerEnter={onInterest}
      onSubmit={(event) => {
        event.preventDefault();
        const query = inputRef.current?.value ?? "";
        // The reader is done with the bar: the plugin's, if it arrives before the search page, takes no focus.
        inputRef.current?.blur();
        history.push(query ? `${searchPage}?${new URLSearchParams({ q: query })}` : searchPage);
      }}
    >
      <svg aria-hidden="true" className={searchBarStyles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={inputRef}
        name="q"
        placeholder={label}
        aria-label="Search"
        className={`navbar__search-input ${searchBarStyles.searchInput}`}
        onFocus={onInterest}
        onInput={(event) => {
          setHasQuery(event.currentTarget.value !== "");
          onInterest();
        }}
      />
      <div className={clsx(loadingRingStyles.loadingRing, searchBarStyles.searchBarLoadingRing)}>
        <div />
        <div />
        <div />
        <div />
      </div>
      {hasQuery ? (
        <button
          type="button"
          className={searchBarStyles.searchClearButton}
          onClick={() => {
            if (inputRef.current) inputRef.current.value = "";
            setHasQuery(false);
          }}
        >
          ✕
        </button>
      ) : (
        isBrowser && (
          <div className={searchBarStyles.searchHintContainer}>
            {getKeymapHints(SEARCH_SHORTCUT, isMacPlatform()).map((hint) => (
              <kbd key={hint} className={searchBarStyles.searchHint}>
                {hint}
              </kbd>
            ))}
          </div>
        )
      )}
    </form>
  );
}
