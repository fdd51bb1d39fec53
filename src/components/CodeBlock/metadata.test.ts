import { describe, it } from "vitest";
import { reliedOn } from "../../../plugins/_docusaurusSource";

// ./metadata.ts imports createCodeBlockMetadata from @docusaurus/theme-common/internal, the parser of a
// code block's props and metastring. tsc checks its signature against the declarations; these tests say
// which Docusaurus file moved or changed when it no longer exists or no longer does what the block needs.
describe("the code block's private reach: createCodeBlockMetadata", () => {
  const who = "src/components/CodeBlock/metadata.ts";
  const pkg = "@docusaurus/theme-common";

  it("theme-common exports ./internal", () => {
    reliedOn(who, pkg, "package.json", 'exporting "./internal"', ['"./internal": "./lib/internal.js"']);
  });

  it("./internal exports createCodeBlockMetadata and its CodeBlockMetadata type", () => {
    reliedOn(who, pkg, "lib/internal.d.ts", "exporting createCodeBlockMetadata", [
      /export \{[^}]*\btype CodeBlockMetadata\b[^}]*\bcreateCodeBlockMetadata\b[^}]*\} from '\.\/utils\/codeBlockUtils'/,
    ]);
  });

  it("it parses title, line numbers, highlighted lines and magic comments, as the block renders them", () => {
    reliedOn(who, pkg, "lib/utils/codeBlockUtils.js", "parsing the metastring and magic comments", [
      "export function createCodeBlockMetadata(params)",
      "parseCodeBlockTitle(params.metastring) || params.title",
      "getLineNumbersStart({",
      /return \{\s*codeInput: params\.code,\s*code,\s*className,\s*language,\s*title,\s*lineNumbersStart,\s*lineClassNames,\s*\};/,
    ]);
  });
});
