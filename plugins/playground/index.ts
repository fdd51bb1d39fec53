import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import type { BuildOutput } from "@nn-explained/playground/build-output";
import { buildOutputKey } from "@nn-explained/playground/build-output";
import type { PlaygroundGlobalData } from "@nn-explained/playground/protocol";
import { bundleRunner, type RunnerAsset } from "./bundleRunner";
import { runExample } from "./runExample";

/** Every `docs/<slug>/examples/<name>.ts` that runs on its own (not `_helpers.ts`, tests or declarations). */
export function exampleFiles(docsDir: string): string[] {
  const files: string[] = [];
  for (const slug of readdirSync(docsDir, { withFileTypes: true })) {
    if (!slug.isDirectory()) continue;
    const dir = join(docsDir, slug.name, "examples");
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (/^[^_].*(?<!\.test|\.d)\.ts$/.test(name)) files.push(join(dir, name));
    }
  }
  return files;
}

/** Runs `tasks` with at most `limit` at a time (the build machines have two cores). */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, tasks.length) }, async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  });
  await Promise.all(workers);
  return results;
}

interface Content {
  assets: RunnerAsset[];
  data: PlaygroundGlobalData;
}

/** A webpack/Rspack plugin that adds the runner's files to the client build's output. */
class EmitAssetsPlugin {
  constructor(private readonly assets: RunnerAsset[]) {}
  apply(compiler: import("webpack").Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PlaygroundRunnerAssets", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PlaygroundRunnerAssets", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const a of this.assets) compilation.emitAsset(a.path, new sources.RawSource(a.content));
        },
      );
    });
  }
}

/**
 * The playgrounds' build step:
 * - `import text from "./examples/x.ts?raw"` gives a file's text (an `asset/source` rule);
 * - the runner (worker, core build, chart helper, sandboxed runner page) is bundled from the real sources
 *   and packages/core/dist, and emitted with content-hashed names under `assets/playground/`;
 * - `import twin from "./examples/x.py?python-twin"` gives a Python twin with its recorded output and
 *   versions, for `<PythonTwin>` (loaders/pythonTwin.cjs);
 * - every example is run in Node and its output recorded (or the run docs/examples.test.ts made of the same
 *   code is reused: `runExample`'s `runs`); an MDX page that imports an example's text also
 *   imports its recording (`?build-output`, added by a pre-loader), so the page shows it before any run and
 *   the recordings travel with their own pages, not in the global data.
 */
export default function playgroundPlugin(context: LoadContext): Plugin {
  const { siteDir } = context;
  const docsDir = join(siteDir, "docs");
  const coreEntry = join(siteDir, "packages/core/dist/index.js");
  // The examples run against core's source, as in docs/examples.test.ts, so the build can reuse its runs.
  const coreSource = join(siteDir, "packages/core/src/index.ts");
  const dataDir = join(context.generatedFilesDir, "playground");
  const buildOutputsFile = join(dataDir, "build-outputs.json");
  const loaders = join(siteDir, "plugins/playground/loaders");
  const registry = createRequire(join(siteDir, "package.json")).resolve("./src/components/Playground/buildOutputs.ts");
  return {
    name: "playground",
    getPathsToWatch() {
      return [
        join(docsDir, "*/examples/*.ts"),
        join(siteDir, "src/components/Playground/runner/*.ts"),
        join(siteDir, "plugins/playground/*.ts"),
        join(siteDir, "packages/core/src/**/*.ts"),
        coreEntry,
      ];
    },
    async loadContent(): Promise<Content> {
      const files = exampleFiles(docsDir);
      const [bundle, runs] = await Promise.all([
        bundleRunner(siteDir, coreEntry),
        pool(
          files.map((file) => () => runExample(file, { core: coreSource, runs: "reuse" })),
          2,
        ),
      ]);
      // By absolute path, for loaders/buildOutput.cjs.
      const outputs: Record<string, BuildOutput> = {};
      files.forEach((file, i) => {
        const run = runs[i];
        if (!run) return;
        const key = buildOutputKey(readFileSync(file, "utf8"));
        outputs[file] = { key, file: relative(docsDir, file).split("\\").join("/"), ...run };
      });
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(buildOutputsFile, JSON.stringify(outputs));
      return {
        assets: bundle.assets,
        data: { runnerPath: bundle.runnerPath, corePath: bundle.corePath, apiPath: bundle.apiPath },
      };
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData((content as Content).data);
    },
    configureWebpack(config, isServer, _utils, content) {
      // `?raw`, `?build-output` and `?python-twin` imports are ours: keep every other rule (the JS/TS
      // loader above all) off them.
      for (const rule of config.module?.rules ?? []) {
        if (rule && typeof rule === "object" && !("resourceQuery" in rule && rule.resourceQuery)) {
          rule.resourceQuery = { not: [/raw|build-output|python-twin/] };
        }
      }
      return {
        module: {
          rules: [
            { resourceQuery: /raw/, type: "asset/source" },
            {
              resourceQuery: /build-output/,
              type: "javascript/auto",
              use: [{ loader: join(loaders, "buildOutput.cjs"), options: { buildOutputsFile, registry } }],
            },
            {
              resourceQuery: /python-twin/,
              type: "javascript/auto",
              use: [
                {
                  loader: join(loaders, "pythonTwin.cjs"),
                  options: { manifestFile: join(docsDir, "python-recordings.json"), rootDir: siteDir },
                },
              ],
            },
            // Adds `import "./examples/x.ts?build-output"` beside each `?raw` import of an example in MDX.
            { test: /\.mdx$/i, include: [docsDir], enforce: "pre", loader: join(loaders, "addBuildOutputImports.cjs") },
          ],
        },
        plugins: isServer || !content ? [] : [new EmitAssetsPlugin((content as Content).assets)],
      };
    },
  };
}
