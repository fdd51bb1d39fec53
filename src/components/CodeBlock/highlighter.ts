/** The module that tokenises code with Prism (./tokenize). */
export type Highlighter = typeof import("./tokenize");

let loaded: Highlighter | null = null;
let loading: Promise<Highlighter> | null = null;

/** Loads the highlighter once; later calls share the same promise. After a failed load the next call tries again. */
export function loadHighlighter(): Promise<Highlighter> {
  loading ??= import("./tokenize").then(
    (m) => {
      loaded = m;
      return m;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The highlighter if it has loaded, else null. */
export const loadedHighlighter = (): Highlighter | null => loaded;
