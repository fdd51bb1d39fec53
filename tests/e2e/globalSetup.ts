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
 * Chromium features the run turns off, each for CPU it spends on no page of the site. One switch: Chromium
 * keeps the last `--disable-features` it is given (a second one after this list brought the popup's renderer
 * back), so a second would undo the first; this one replaces the list Playwright passes before it. Checked on
 * 2026-12-06 in both browsers (Chromium 156) by the renderers' command lines: ours are off, and of Playwright's
 * list (MediaRouter, DestroyProfileOnBrowserClose, AvoidUnnecessaryBeforeUnloadCheckSync, ...) only
 * PaintHolding, which headless Chromium turns off by itself. Those guard against browser-UI and shutdown
 * problems this suite has not met; add one here if it does. The address bar's popup features matter only
 * in a full Chromium (`CHROME_PATH` may name one): the headless shell the run prefers has no address bar.
 */
const DISABLED_FEATURES = [
  // The playground runner's sandboxed frame renders in its page's process, as Chromium does on Android
  // (desktop Chromium gives every sandboxed frame a process of its own). The frame runs reader code in a
  // worker either way, and the messages between page and frame are the same; what the suite saves is a
  // renderer process started for every page that runs code: three browser test files took 96 s instead
  // of 105-116 s with it (playground, a11y-articles and islands, two runs each way).
  "IsolateSandboxedIframes",
  // Headless Chromium builds a whole browser window for each page a test opens, and with it the address
  // bar's suggestion popup, a web page of Chromium's own (chrome://omnibox-popup.top-chrome) in a renderer
  // process of its own that no test ever shows: 0.3-0.6 s of CPU per page opened.
  "WebUIOmniboxPopup",
  "WebUIOmniboxFullPopup",
  "WebUIOmniboxAimPopup",
  // The spare renderer process Chromium starts for each browser context, so that the context's next
  // navigation to a new site need not wait for one. Every page of the run is on one site, which the page's
  // first renderer serves, so each context's spare started, waited and was closed unused: about 0.15 s of CPU.
  "SpareRendererForSitePerProcess",
];

/**
 * Finds (or installs) Chromium's headless shell, and starts it and a server of the production build once for
 * all browser test files (each opens its pages in contexts of its own: tests/e2e/_browser.ts).
 */
export default async function setup(project: TestProject) {
  const buildDir = fileURLToPath(new URL("../../build", import.meta.url));
  const baseUrl = `/${(process.env.BASE_URL ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const { origin, server } = await serveBuild(buildDir, baseUrl);
  const browser = await chromium.launchServer({
    executablePath: findChromium({ headlessShell: true }),
    args: [
      ...CHROMIUM_ARGS,
      // No host but the local ones resolves: a request that leaves the site fails in the browser, and the
      // watch of every page (_browser.ts) records it.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      `--disable-features=${DISABLED_FEATURES.join(",")}`,
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
