import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { findChromium } from "../../scripts/chromium.mjs";
import { serveBuild } from "./_server";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the production build is served, e.g. http://localhost:41234/ (ends with the baseUrl). */
    siteUrl: string;
    /** The site's baseUrl, e.g. "/" or "/nn-explained/". */
    baseUrl: string;
    /** The Chrome/Chromium executable the tests drive. */
    chromePath: string;
    /** The build directory. */
    buildDir: string;
  }
}

/** Finds (or installs) Chromium, serves the production build once for all browser test files. */
export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  const buildDir = fileURLToPath(new URL("../../build", import.meta.url));
  const baseUrl = `/${(process.env.BASE_URL ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const { origin, server } = await serveBuild(buildDir, baseUrl);
  project.provide("siteUrl", `${origin}${baseUrl}`);
  project.provide("baseUrl", baseUrl);
  project.provide("chromePath", chromePath);
  project.provide("buildDir", buildDir);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
  };
}
