/**
 * The package is tree-shakeable: `sideEffects: false` in package.json, and no module of activations/,
 * softmax/, losses/, metrics/, _lib/ or errors.ts runs code at load time that a bundler must keep. Checked
 * by bundling with esbuild (as the site's bundler and most others do): importing one function must not pull
 * in the registry's documentation or other families, and importing a folder for its side effects alone
 * must give an empty bundle even when the modules are declared side-effectful.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { activationNames } from "../src/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const ENTRY = resolve(SRC, "index.ts");

/**
 * Declares every module side-effectful, overriding package.json, so that only code which is free of side
 * effects by itself can be dropped.
 */
const allSideEffectful: Plugin = {
  name: "all-side-effectful",
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\// }, (args) => ({
      path: resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts"),
      sideEffects: true,
    }));
  },
};

async function bundle(contents: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: dirname(ENTRY), loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    logLevel: "silent",
    plugins,
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("tree-shaking", () => {
  it("package.json declares sideEffects: false", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.sideEffects).toBe(false);
  });

  it.each(["activations/index.ts", "softmax/index.ts", "losses/index.ts", "metrics/index.ts", "errors.ts"])(
    "%s has no top-level side effects (an import for effects alone bundles to nothing)",
    async (file) => {
      const out = await bundle(`import ${JSON.stringify(`./${file.replace(/\.ts$/, ".js")}`)};`, [allSideEffectful]);
      expect(out).toBe("");
    },
  );

  it.each(activationNames.filter((n) => n !== "swish"))(
    "import { %s } leaves the registry entry (formulas, framework notes) out",
    async (name) => {
      const out = await bundle(`export { ${name} } from "./index.js";`);
      expect(out).not.toContain("kinkConvention");
      expect(out).not.toContain("frameworks");
    },
  );

  it("import { softmax } brings no activation, loss or metric code", async () => {
    const out = await bundle(`export { softmax } from "./index.js";`);
    for (const s of ["mapTensor", "UndefinedMetricWarning", "stableSum", "erfc"]) expect(out).not.toContain(s);
    expect(out.length).toBeLessThan(6000);
  });

  it("import { f1Score } brings no activation, softmax or loss code", async () => {
    const out = await bundle(`export { f1Score } from "./index.js";`);
    expect(out).toContain("UndefinedMetricWarning");
    for (const s of ["kinkConvention", "logSumExp", "labelSmoothing"]) expect(out).not.toContain(s);
  });

  it("the check itself works: a top-level global read is kept", async () => {
    const out = await bundle("const x = [Number.POSITIVE_INFINITY];", [allSideEffectful]);
    expect(out).not.toBe("");
  });
});
