/** The module specifier the playgrounds import the library from. */
export const CORE_MODULE = "@nn-explained/core";

const IMPORT = /import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["']@nn-explained\/core["']/g;

/**
 * The names a playground's code imports from `@nn-explained/core`, in order of first appearance and
 * without duplicates: `import { softmax, type Matrix, logSumExp as lse } from "@nn-explained/core"`
 * gives `["softmax", "Matrix", "logSumExp"]` (the exported names, which are the API reference's anchors).
 */
export function coreImports(...sources: readonly string[]): string[] {
  const names: string[] = [];
  for (const source of sources) {
    for (const match of source.matchAll(IMPORT)) {
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
