import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const coreSource = fileURLToPath(new URL("./packages/core/src/index.ts", import.meta.url));

export default defineConfig({
  test: {
    reporters: ["default", "./tests/summaryReporter.ts"],
    projects: [
      {
        resolve: { alias: { "@nn-explained/core": coreSource } },
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
