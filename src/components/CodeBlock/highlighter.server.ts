// The server's ./highlighter (plugins/code-theme swaps it in for the server bundle): Prism is part of the
// bundle, so every block the server renders is highlighted, with no wait on a chunk.
import * as tokenizer from "./tokenize";

export type Highlighter = typeof tokenizer;
export const loadHighlighter = (): Promise<Highlighter> => Promise.resolve(tokenizer);
export const loadedHighlighter = (): Highlighter | null => tokenizer;
