import { readFileSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page, type Request } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

/** Launches the system Chromium with the offline, headless flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromePath"), args: CHROMIUM_ARGS, headless: true });
}

/** What went wrong on a page: console errors, failed requests, and any request that left localhost. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
  pageErrors: string[];
}

/**
 * Opens a page in `context` that records every problem the browser tests forbid. Requests to any host
 * but localhost are recorded and aborted, so the test fails without the machine ever reaching out.
 */
export async function openWatchedPage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], externalRequests: [], pageErrors: [] };
  await context.route(
    (url) => !isLocal(url),
    (route) => {
      problems.externalRequests.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => problems.pageErrors.push(String(err)));
  // Which document each request belongs to: a new one starts with each navigation of the page itself.
  let documents = 0;
  const documentOf = new WeakMap<Request, number>();
  page.on("request", (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) documents++;
    documentOf.set(req, documents);
  });
  page.on("requestfailed", (req) => {
    const error = req.failure()?.errorText;
    // The browser cancels what a document still has in flight when the page reloads or navigates away,
    // and a prefetch (for another page, in idle time) whenever it likes: not failures of the site.
    const prefetch = req.headers()["sec-purpose"]?.startsWith("prefetch") === true;
    if (error === "net::ERR_ABORTED" && (prefetch || documentOf.get(req) !== documents)) return;
    if (isLocal(new URL(req.url()))) problems.failedRequests.push(`${req.url()}: ${error}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });
  return { page, problems };
}

function isLocal(url: URL): boolean {
  if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return true;
  return url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
}

/** Every page the build's sitemap lists, as paths under the baseUrl (e.g. "relu-hidden-layers"). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${inject("buildDir")}/sitemap.xml`, "utf8");
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  const base = inject("baseUrl");
  return locs.map((p) => (p.startsWith(base) ? p.slice(base.length) : p));
}

/** The absolute local URL of a path under the baseUrl. */
export function siteUrl(path = ""): string {
  return new URL(path.replace(/^\//, ""), inject("siteUrl")).href;
}
