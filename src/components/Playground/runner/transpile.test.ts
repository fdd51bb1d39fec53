import { describe, expect, it } from "vitest";
import { findImports, linkModules, PlaygroundCodeError, stripTypes } from "./transpile";

describe("stripTypes", () => {
  it("stripTypes keeps every line where it was, so error lines are the reader's", () => {
    const ts = [
      "import type { Tensor } from './t';",
      "interface P { x: number;",
      "  y: string }",
      "enum E { A, B }",
      "const f = (x: number): number => x as number;",
      "throw new Error('line 6');",
    ].join("\n");
    const js = stripTypes("main.ts", ts).split("\n");
    expect(js).toHaveLength(6);
    expect(js[4]).toContain("const f = (x) => x");
    expect(js[5]).toBe("throw new Error('line 6');");
  });

  it("stripTypes reports a syntax error with its line", () => {
    let error: unknown;
    try {
      stripTypes("main.ts", "const a = 1;\nconst b = ;\n");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlaygroundCodeError);
    expect(error).toMatchObject({ name: "SyntaxError", file: "main.ts", line: 2 });
  });
});

describe("findImports", () => {
  it("findImports finds static, re-export, side-effect and literal dynamic imports", () => {
    const js = [
      'import a, { b as c } from "./a";',
      "import * as ns from './ns.ts';",
      'import "./side";',
      'export { x } from "./x";',
      'export * from "@nn-explained/core";',
      'const m = await import("./lazy");',
      'const notAnImport = "import.meta";',
    ].join("\n");
    expect(findImports(js).map((s) => [s.specifier, s.line])).toEqual([
      ["./a", 1],
      ["./ns.ts", 2],
      ["./side", 3],
      ["./x", 4],
      ["@nn-explained/core", 5],
      ["./lazy", 6],
    ]);
  });
});

describe("linkModules", () => {
  const link = (files: Record<string, string>, entry = "main.ts") => {
    const out: { file: string; code: string }[] = [];
    linkModules(
      files,
      entry,
      (pkg) => `pkg:${pkg}`,
      (m) => {
        out.push(m);
        return `url:${m.file}`;
      },
    );
    return out;
  };

  it("linkModules links dependencies first and points each import at its URL", () => {
    const out = link({
      "main.ts": 'import { f } from "./lib/model";\nimport { softmax } from "@nn-explained/core";\nf(softmax);',
      "lib/model.ts": 'import { g } from "../util.js";\nexport const f = (x: unknown) => g(x);',
      "util.ts": "export const g = (x: unknown) => x;",
    });
    expect(out.map((m) => m.file)).toEqual(["util.ts", "lib/model.ts", "main.ts"]);
    expect(out[2]?.code).toContain('from "url:lib/model.ts"');
    expect(out[2]?.code).toContain('from "pkg:@nn-explained/core"');
    expect(out[1]?.code).toContain('from "url:util.ts"');
  });

  it("linkModules explains unknown packages, missing files and cycles", () => {
    expect(() => link({ "main.ts": 'import _ from "lodash";\n_();' })).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: Cannot import "lodash": a playground can import its own files ("./other"), "@nn-explained/core" and "@nn-explained/playground".]`,
    );
    expect(() => link({ "main.ts": '\nimport "./nope";' })).toThrow(
      expect.objectContaining({
        message: 'Cannot find "./nope" imported from main.ts; the files are main.ts.',
        line: 2,
      }),
    );
    expect(() => link({ "main.ts": 'import "./a";', "a.ts": 'import "./main";' })).toThrow(
      "Import cycle between playground files: main.ts → a.ts → main.ts.",
    );
  });
});
