import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, relative } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import type { BuildOutput } from "@nn-explained/playground/build-output";
import { buildOutputKey } from "@nn-explained/playground/build-output";
import type { PlaygroundGlobalData } from "@nn-explained/playground/protocol";
import { type SourceFacts, sourceFacts } from "../../src/components/Playground/sourceFacts";
import { bundleRunner, type RunnerAsset } from "./bundleRunner";
import { runExample } from "./runExample";
import { SERVER_MODULES } from "./serverModules.mjs";

/** Every `docs/<slug>/examples/<name>.ts` that runs on its own (not `_helpers.ts`, tests or declarations). */
export function exampleFiles(docsDir: string): string[] {
  return exampleSources(docsDir).filter((file) => /^[^_].*\.ts$/.test(basename(file)));
}

/** Every file a playground can show: `docs/<slug>/examples/<name>.ts`, helpers (`_name.ts`) included, not tests or declarations. */
export function exampleSources(docsDir: string): string[] {
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
      if (/^.+(?<!\.test|\.d)\.[jt]s$/.test(name)) files.push(join(dir, name));
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
 * - every example is run in Node and its output recorded (or the run docs/<slug>/examples.test.ts made of the same
 *   code is reused: `runExample`'s `runs`); an MDX page that imports an example's text also
 *   imports its recording (`?build-output`, added by a pre-loader), so the page shows it before any run and
 *   the recordings travel with their own pages, not in the global data.
 */
export default function playgroundPlugin(context: LoadContext): Plugin {
  const { siteDir } = context;
  const docsDir = join(siteDir, "docs");
  const coreEntry = join(siteDir, "packages/core/dist/index.js");
  // The examples run against core's source, as in docs/_examples.ts, so the build can reuse its runs.
  const coreSource = join(siteDir, "packages/core/src/index.ts");
  const dataDir = join(context.generatedFilesDir, "playground");
  const buildOutputsFile = join(dataDir, "build-outputs.json");
  const sourcesFile = join(dataDir, "sources.json");
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
      // By absolute path, for loaders/sourceHandle.cjs: what the browser's handle of each file says.
      const sources: Record<string, SourceFacts> = {};
      for (const file of exampleSources(docsDir)) sources[file] = sourceFacts(readFileSync(file, "utf8"));
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(buildOutputsFile, JSON.stringify(outputs));
      writeFileSync(sourcesFile, JSON.stringify(sources));
      return {
        assets: bundle.assets,
        data: { runnerPath: bundle.runnerPath, corePath: bundle.corePath, apiPath: bundle.apiPath },
      };
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData((content as Content).data);
    },
    configureWebpack(config, isServer, { currentBundler }, content) {
      // `?raw`, `?build-output` and `?python-twin` imports (and their `-text`/`-data` chunks) are ours: keep
      // every other rule (the JS/TS loader above all) off them.
      for (const rule of config.module?.rules ?? []) {
        if (rule && typeof rule === "object" && !("resourceQuery" in rule && rule.resourceQuery)) {
          rule.resourceQuery = { not: [/raw|build-output|python-twin/] };
        }
      }
      // The server bundle gets the texts, recordings and twins whole, so the HTML shows them; the browser's
      // gets handles that load them (see the loaders), and the output panels on demand (SERVER_MODULES).
      const mode = isServer ? "whole" : "handle";
      const generated = (loader: string, options: object) => ({
        type: "javascript/auto",
        use: [{ loader: join(loaders, loader), options }],
      });
      const twinOptions = { manifestFile: join(docsDir, "python-recordings.json"), rootDir: siteDir };
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        module: {
          rules: [
            isServer
              ? { resourceQuery: /^\?raw$/, type: "asset/source" }
              : { resourceQuery: /^\?raw$/, ...generated("sourceHandle.cjs", { sourcesFile }) },
            { resourceQuery: /^\?raw-text$/, type: "asset/source" },
            {
              resourceQuery: /^\?build-output$/,
              ...generated("buildOutput.cjs", { buildOutputsFile, registry, mode }),
            },
            {
              resourceQuery: /^\?build-output-data$/,
              ...generated("buildOutput.cjs", { buildOutputsFile, registry, mode: "data" }),
            },
            { resourceQuery: /^\?python-twin$/, ...generated("pythonTwin.cjs", { ...twinOptions, mode }) },
            { resourceQuery: /^\?python-twin-data$/, ...generated("pythonTwin.cjs", { ...twinOptions, mode: "data" }) },
            // Adds `import "./examples/x.ts?build-output"` beside each `?raw` import of an example in MDX.
            { test: /\.mdx$/i, include: [docsDir], enforce: "pre", loader: join(loaders, "addBuildOutputImports.cjs") },
            // Imports <Playground> and <PythonTwin> into the pages that use them (not in the MDX components map).
            {
              test: /\.mdx$/i,
              include: [docsDir, join(siteDir, "src")],
              enforce: "pre",
              loader: join(loaders, "addComponentImports.cjs"),
            },
          ],
        },
        plugins: isServer
          ? SERVER_MODULES.map(([browser, server]) => new NormalModuleReplacementPlugin(browser, join(siteDir, server)))
          : content
            ? [new EmitAssetsPlugin((content as Content).assets)]
            : [],
      };
    },
  };
}
