/** The module specifier the playgrounds import the library from. */
export const CORE_MODULE = "@nn-explained/core";
/** The module specifier of the playground helpers (seed sweeps, charts). */
export const PLAYGROUND_MODULE = "@nn-explained/playground";

/**
 * The names a playground's code imports from `module`, in order of first appearance and without
 * duplicates: `import { softmax, type Matrix, logSumExp as lse } from "@nn-explained/core"` gives
 * `["softmax", "Matrix", "logSumExp"]` (the exported names, which are the API reference's anchors).
 */
export function importsFrom(module: string, ...sources: readonly string[]): string[] {
  const quoted = module.replace(/[/\\^$*+?.()|[\]{}-]/g, "\\$&");
  const pattern = new RegExp(`import\\s+(?:type\\s+)?\\{([^}]*)\\}\\s*from\\s*["']${quoted}["']`, "g");
  const names: string[] = [];
  for (const source of sources) {
    for (const match of source.matchAll(pattern)) {
      for (const part of (match[1] ?? "").split(",")) {
        const name = part
          .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "")
          .trim()
          .replace(/^type\s+/, "")
          .split(/\s+as\s+/)[0]
          ?.trim();
        if (name && /^[A-Za-z_$][\w$]*$/.test(name) && !names.includes(name)) names.push(name);
      }
    }
  }
  return names;
}

/** The names a playground's code imports from `@nn-explained/core` (see {@link importsFrom}). */
export function coreImports(...sources: readonly string[]): string[] {
  return importsFrom(CORE_MODULE, ...sources);
}

/** The names a playground's code imports from `@nn-explained/playground` (see {@link importsFrom}). */
export function playgroundImports(...sources: readonly string[]): string[] {
  return importsFrom(PLAYGROUND_MODULE, ...sources);
}
