// What the page needs of a playground file before its text (see ./sources.ts). Pure, without React: the
// build (plugins/playground) computes every example's facts with it, and the page those of a text
// written inline.
import { buildOutputKey } from "@nn-explained/playground/build-output";
import { coreImports, playgroundImports } from "../ApiReference/coreImports";

/** What the page needs of a file before its text. */
export interface SourceFacts {
  /** Its number of lines (`text.split("\n").length`). */
  lines: number;
  /** `buildOutputKey` of its text: how a playground whose entry it is finds its recorded output. */
  key: string;
  /** The names it imports from `@nn-explained/core`, in order of first appearance. */
  core: string[];
  /** The names it imports from `@nn-explained/playground`. */
  playground: string[];
}

/**
 * The facts of a file's text, as the build writes them into its handles.
 * @example
 * sourceFacts('import { relu } from "@nn-explained/core";\nrelu(1);\n') //=> { lines: 3, key: "k…", core: ["relu"], playground: [] }
 */
export function sourceFacts(text: string): SourceFacts {
  return {
    lines: text.split("\n").length,
    key: buildOutputKey(text),
    core: coreImports(text),
    playground: playgroundImports(text),
  };
}
