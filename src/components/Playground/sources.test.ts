import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coreImports, playgroundImports } from "../ApiReference/coreImports";
import { createSources } from "./createFiles";
import { factsOf, mergedImports, type SourceHandle, textOf } from "./sources";

const handle = (text: string): SourceHandle & { loads: number } => {
  const h = {
    ...factsOf(text),
    loads: 0,
    load: async () => {
      h.loads++;
      return text;
    },
  };
  return h;
};

describe("playground sources", () => {
  it("factsOf(text) gives the line count, the recording's key and the imported names", () => {
    const facts = factsOf('import { softmax, relu as r } from "@nn-explained/core";\nsoftmax([1]);\n');
    expect(facts).toMatchObject({ lines: 3, core: ["softmax", "relu"], playground: [] });
    expect(facts.key).toMatch(/^k[0-9a-z]+$/);
    // A handle carries its own facts: nothing to compute without the text.
    const h = handle("x\n");
    expect(factsOf(h)).toBe(h);
  });

  it("mergedImports of the files' facts is importsFrom over all their texts", () => {
    const name = fc.constantFrom("softmax", "relu", "fit", "predict", "sweepSeeds", "lineChart");
    const line = fc
      .tuple(fc.array(name, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(
        ([names, core]) =>
          `import { ${names.join(", ")} } from "${core ? "@nn-explained/core" : "@nn-explained/playground"}";`,
      );
    const file = fc.array(line, { maxLength: 4 }).map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 4 }), (texts) => {
        expect(mergedImports(texts.map((t) => factsOf(t)))).toEqual({
          core: coreImports(...texts),
          playground: playgroundImports(...texts),
        });
      }),
    );
  });

  it("textOf(handle) loads the text once, however often it is asked for", async () => {
    const h = handle("console.log(1);\n");
    expect(textOf(h).now()).toBeUndefined();
    await Promise.all([textOf(h).load(), textOf(h).load()]);
    expect(textOf(h).now()).toBe("console.log(1);\n");
    expect(h.loads).toBe(1);
    expect(textOf("inline").now()).toBe("inline");
  });

  it("createSources takes texts and handles; anything else is named", () => {
    const h = handle("b");
    expect(createSources({ files: { "a.ts": "a", "/b.ts": h } }).files).toEqual({ "a.ts": "a", "b.ts": h });
    expect(() => createSources({ files: { "a.ts": { lines: 1 } } })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playground: files["a.ts"] must be the file's text (import it with "?raw"); got object.]`,
    );
  });
});
