import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.mjs";
import { serveBuild } from "./_server";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the production build is served, e.g. http://localhost:41234/ (ends with the baseUrl). */
    siteUrl: string;
    /** The site's baseUrl, e.g. "/" or "/nn-explained/". */
    baseUrl: string;
    /** Where the test files connect to the run's one Chromium (`chromium.connect`). */
    browserEndpoint: string;
    /** The build directory. */
    buildDir: string;
  }
}

/**
 * Finds (or installs) Chromium, and starts it and a server of the production build once for all browser
 * test files (each opens its pages in contexts of its own: tests/e2e/_browser.ts).
 */
export default async function setup(project: TestProject) {
  const buildDir = fileURLToPath(new URL("../../build", import.meta.url));
  const baseUrl = `/${(process.env.BASE_URL ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const { origin, server } = await serveBuild(buildDir, baseUrl);
  const browser = await chromium.launchServer({
    executablePath: findChromium(),
    args: [
      ...CHROMIUM_ARGS,
      // No host but the local ones resolves: a request that leaves the site fails in the browser, and the
      // watch of every page (_browser.ts) records it.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      // The playground runner's sandboxed frame renders in its page's process, as Chromium does on Android
      // (desktop Chromium gives every sandboxed frame a process of its own). The frame runs reader code in a
      // worker either way, and the messages between page and frame are the same; what the suite saves is a
      // renderer process started for every page that runs code: three browser test files took 96 s instead
      // of 105-116 s with it (playground, a11y-articles and islands, two runs each way).
      "--disable-features=IsolateSandboxedIframes",
    ],
    headless: true,
  });
  project.provide("siteUrl", `${origin}${baseUrl}`);
  project.provide("baseUrl", baseUrl);
  project.provide("browserEndpoint", browser.wsEndpoint());
  project.provide("buildDir", buildDir);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await browser.close();
  };
}
