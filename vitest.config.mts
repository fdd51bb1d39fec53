import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";
import { SERVER_MODULES as FORMULA_SERVER_MODULES } from "./plugins/activation-formulas/serverModules.mjs";
import { SERVER_MODULES as ARTICLE_SERVER_MODULES } from "./plugins/mdx/serverModules.mjs";
import { SERVER_MODULES as PLAYGROUND_SERVER_MODULES } from "./plugins/playground/serverModules.mjs";
import SlowestFirst from "./tests/sequencer.mjs";

const SERVER_MODULES = [...FORMULA_SERVER_MODULES, ...PLAYGROUND_SERVER_MODULES, ...ARTICLE_SERVER_MODULES];

const coreSource = fileURLToPath(new URL("./packages/core/src/index.ts", import.meta.url));
// Each export of @nn-explained/playground (`./dist/x.js`) maps to its source (`src/x.ts`).
const playgroundDir = new URL("./packages/playground/", import.meta.url);
const playgroundExports: Record<string, { import: string }> = JSON.parse(
  readFileSync(new URL("package.json", playgroundDir), "utf8"),
).exports;
const playgroundAliases = Object.entries(playgroundExports).map(([subpath, target]) => ({
  find: new RegExp(`^@nn-explained/playground${subpath.slice(1).replace(/[/]/g, "\\/")}$`),
  replacement: fileURLToPath(new URL(target.import.replace(/^\.\/dist\/(.*)\.js$/, "src/$1.ts"), playgroundDir)),
}));

/** Unit tests render components as the server does: its modules replace the browser's (as in the build). */
const serverModules: Plugin = {
  name: "server-modules",
  enforce: "pre",
  async resolveId(source, importer) {
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    const swap = resolved && SERVER_MODULES.find(([browser]) => browser.test(resolved.id));
    return swap ? fileURLToPath(new URL(swap[1], import.meta.url)) : null;
  },
};

export default defineConfig({
  test: {
    reporters: ["default", "./tests/summaryReporter.ts"],
    // The slowest browser test files first (tests/sequencer.mts). Here, not in the e2e project: vitest reads the
    // sequencer of the root config only, and ignored the project's (the run started with two short files, and
    // the longest last).
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        // Unit tests run against the packages' sources, so they need no build first.
        resolve: {
          alias: [
            { find: "@nn-explained/core", replacement: coreSource },
            ...playgroundAliases,
            // Rendering as the server does, no component is in the browser (Docusaurus's own is JSX in .js).
            {
              find: "@docusaurus/useIsBrowser",
              replacement: fileURLToPath(new URL("./tests/unit-stubs/useIsBrowser.ts", import.meta.url)),
            },
          ],
        },
        plugins: [serverModules],
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "packages/*/test/**/*.test.ts",
            "docs/**/*.test.ts",
            "src/**/*.test.{ts,tsx}",
            "scripts/**/*.test.ts",
            "plugins/**/*.test.ts",
          ],
          environment: "node",
          // One worker per core (vitest's default leaves one core to its main process, which is mostly idle:
          // on a 2-core machine that would run every file in turn).
          maxWorkers: availableParallelism(),
          // A bound that only stops a test that hangs: vitest's default of 5 s failed a 6-s test while the
          // browser tests held both cores. No test asserts on its own speed.
          testTimeout: 120_000,
          // Files share their worker's modules and globals instead of loading everything again each: the run
          // took 47 s and 89 s of CPU against 72 s and 139 s isolated (2 cores, one after the other), most
          // of the difference being core and React imported again for each of 88 files. A test that changes
          // a global puts it back (sweepSeeds.test's console, the warning handler's tests).
          isolate: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/globalSetup.ts"],
          // The tests wait for states (tests/e2e/_browser.ts: WAIT, 180 s at most for each): these bounds only
          // stop a test that hangs, and leave room for a machine whose cores are both busy.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 180_000 } },
          // Two files at a time, one per core: a test mostly waits for the browser, and each file's pages live
          // in contexts of their own in the one shared Chromium.
          maxWorkers: 2,
          // As the unit tests: a file reuses what its worker has imported (playwright-core, axe). Ten of the
          // short files took 127-130 s instead of 136-144 s, their imports 4 s instead of 15-17 s.
          isolate: false,
        },
      },
    ],
  },
});
