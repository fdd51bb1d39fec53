import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const coreSource = fileURLToPath(new URL("./packages/core/src/index.ts", import.meta.url));
const playgroundSource = fileURLToPath(new URL("./packages/playground/src/", import.meta.url));

export default defineConfig({
  test: {
    reporters: ["default", "./tests/summaryReporter.ts"],
    projects: [
      {
        // Unit tests run against the packages' sources, so they need no build first.
        resolve: {
          alias: [
            { find: "@nn-explained/core", replacement: coreSource },
            { find: /^@nn-explained\/playground$/, replacement: `${playgroundSource}index.ts` },
            { find: /^@nn-explained\/playground\/(.+)$/, replacement: `${playgroundSource}$1.ts` },
          ],
        },
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
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/globalSetup.ts"],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
