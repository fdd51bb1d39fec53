/** What the reader has done with the static search bar, carried over to the plugin's bar. */
export interface SearchBarState {
  /** The element both bars live in (theme-classic's navbar search container). */
  readonly container: Element;
  readonly query: string;
  readonly focused: boolean;
  readonly selection: readonly [number, number];
  /** Whether the pointer is over the bar. */
  readonly hovered: boolean;
}

/** The state of the static bar's `input`, read just before the plugin's bar replaces it. */
export function readSearchBarState(input: HTMLInputElement): SearchBarState | undefined {
  const bar = input.closest(".navbar__search");
  const container = bar?.parentElement;
  if (!bar || !container) return undefined;
  return {
    container,
    query: input.value,
    focused: input.ownerDocument.activeElement === input,
    selection: [input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length],
    hovered: bar.matches(":hover"),
  };
}

/**
 * Gives the plugin's bar, just rendered in `state.container`, what the reader did with the static one,
 * through the events a reader's own actions send, so the plugin's bar reacts as it would to them: the
 * query is typed in (an `input` event, which it reads as a change), the focus moves to its input (where it
 * loads the index and, once loaded, opens the results for the query), with the caret where it was, and a
 * pointer already over the bar is announced (`mouseover`, on which it starts loading the index).
 * @returns false when the container holds no search input
 */
export function applySearchBarState(state: SearchBarState): boolean {
  const input = state.container.querySelector<HTMLInputElement>("input.navbar__search-input");
  if (!input) return false;
  if (state.query) {
    // The prototype's setter, not the element's: React tracks the element's own value property, and
    // would take a change made through it for its own and ignore the event.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, state.query);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  if (state.focused) {
    input.focus();
    input.setSelectionRange(...state.selection);
  }
  if (state.hovered) input.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, relatedTarget: null }));
  return true;
}
