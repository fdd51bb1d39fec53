// File and module names a playground understands. Kept apart from transpile.ts so that the page can
// check names without loading the TypeScript transpiler.

/** The two package names reader code may import besides its own files. */
export const CORE_MODULE = "@nn-explained/core";
export const PLAYGROUND_MODULE = "@nn-explained/playground";

/** Normalises a playground file name: no leading `/` or `./`. */
export function normalizeName(name: string): string {
  return name.replace(/^\.?\/+/, "");
}
