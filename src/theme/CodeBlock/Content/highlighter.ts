/** The module that highlights code with Prism (./HighlightedLines). */
export type Highlighter = typeof import("./HighlightedLines");

let loaded: Highlighter | null = null;
let loading: Promise<Highlighter> | null = null;

/** Loads the highlighter once; later calls share the same promise. */
export function loadHighlighter(): Promise<Highlighter> {
  loading ??= import("./HighlightedLines").then((m) => {
    loaded = m;
    return m;
  });
  return loading;
}

/** The highlighter if it has loaded, else null. */
export const loadedHighlighter = (): Highlighter | null => loaded;

// The server renders pages only after its bundle has loaded: start loading now, so every block the server
// renders is highlighted (CodeBlockContent fails loudly otherwise).
if (typeof window === "undefined") void loadHighlighter();
