import { describe, expect, it } from "vitest";
import { checkOptions, createFiles } from "./createFiles";

describe("createFiles", () => {
  it("createFiles({ files }) keeps the tab order and runs the first file", () => {
    const model = createFiles({ files: { "main.ts": "a", "lib/model.ts": "b" } });
    expect(model).toEqual({
      files: { "main.ts": "a", "lib/model.ts": "b" },
      names: ["main.ts", "lib/model.ts"],
      entry: "main.ts",
    });
  });

  it("createFiles normalises a leading / and takes entry by either spelling", () => {
    expect(createFiles({ files: { "/a.ts": "", "/b.ts": "" }, entry: "/b.ts" }).entry).toBe("b.ts");
  });

  it("createFiles names what is wrong and what to write instead", () => {
    expect(() => createFiles({ files: undefined })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playground: files must map file names to their text, e.g. files={{ "softmax.ts": softmaxSource }} with \`import softmaxSource from "./examples/softmax.ts?raw";\`; got undefined.]`,
    );
    expect(() => createFiles({ files: {} })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playground: files is empty; give at least one file, e.g. files={{ "softmax.ts": softmaxSource }} with \`import softmaxSource from "./examples/softmax.ts?raw";\`.]`,
    );
    expect(() => createFiles({ files: { "main.ts": () => null } })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playground: files["main.ts"] must be the file's text (import it with "?raw"); got a function (a module, not its text?).]`,
    );
    expect(() => createFiles({ files: { "main.py": "" } })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playground: file names must be relative paths ending in .ts or .js, without ".." or spaces; got "main.py".]`,
    );
    expect(() => createFiles({ files: { "../up.ts": "" } })).toThrow(/relative paths/);
    expect(() => createFiles({ files: { "a.ts": "", "/a.ts": "" } })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playground: files names "a.ts" twice.]`,
    );
    expect(() => createFiles({ files: { "a.ts": "" }, entry: "b.ts" })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playground: entry must be one of "a.ts"; got "b.ts".]`,
    );
  });
});

describe("checkOptions", () => {
  it("checkOptions({}) defaults the time limit to 5 s", () => {
    expect(checkOptions({})).toEqual({ timeLimitMs: 5000, height: undefined });
  });

  it("checkOptions rejects a time limit in seconds or a height in ems", () => {
    expect(() => checkOptions({ timeLimit: -5 })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playground: timeLimit must be a number of milliseconds in (0, 120000]; got -5.]`,
    );
    expect(() => checkOptions({ height: "20em" })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playground: height must be a number of pixels in [80, 2000]; got "20em".]`,
    );
  });
});
