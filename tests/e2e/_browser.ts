// The one browser setup of the browser tests. globalSetup.ts starts one Chromium and one server for the
// whole run; each test file connects to that browser with `setUpBrowser()`, opens every page through it,
// and after each test finds the page's problems checked: nothing logged as an error, no failed request,
// nothing requested outside localhost.
import { readFileSync } from "node:fs";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
  type Request,
  type Route,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";

/**
 * How long a browser test waits for a state (a page to load, an attribute, a run to end) before it gives
 * up: generous, for a 2-core machine whose cores are both busy. Never an assertion on speed.
 */
export const WAIT = { timeout: 180_000 };

/** What went wrong on a page: console errors, failed requests, and any request that left localhost. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
  pageErrors: string[];
}

/** A page on which nothing went wrong. */
export const NO_PROBLEMS: PageProblems = {
  consoleErrors: [],
  failedRequests: [],
  externalRequests: [],
  pageErrors: [],
};

/**
 * Opens a page in `context` that records every problem the browser tests forbid, and returns a function
 * that states them so far (see `watch`).
 */
export async function openWatchedPage(context: BrowserContext): Promise<{ page: Page; problems: () => PageProblems }> {
  const page = await context.newPage();
  return { page, problems: watch(page) };
}

/**
 * Records every problem the browser tests forbid on `page` from now on, and returns a function that states
 * them so far. A request to any host but localhost is recorded, and the test fails; the run's browser
 * resolves no other host (globalSetup.ts), so the machine never reaches out. A violation of the site's
 * Content-Security-Policy is a console error. Watching costs the browser nothing: intercepting every
 * request instead (a route) sent each one through the test's process and back.
 */
function watch(page: Page): () => PageProblems {
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (req) => {
    if (!isLocal(new URL(req.url()))) externalRequests.push(req.url());
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  // Which document each request belongs to: a new one starts with each navigation of the page itself.
  let documents = 0;
  const documentOf = new WeakMap<Request, number>();
  page.on("request", (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) documents++;
    documentOf.set(req, documents);
  });
  // Requests the browser cancelled, judged when the problems are read: by then the browser has reported
  // any navigation that made it cancel them, whatever order its events arrived in.
  const aborted: { request: Request; document: number | undefined }[] = [];
  page.on("requestfailed", (req) => {
    if (!isLocal(new URL(req.url()))) return;
    const error = req.failure()?.errorText;
    if (error === "net::ERR_ABORTED") aborted.push({ request: req, document: documentOf.get(req) });
    else failedRequests.push(`${req.url()}: ${error}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });
  return () => ({
    consoleErrors: [...consoleErrors],
    failedRequests: [
      ...failedRequests,
      // The browser cancels what a document still has in flight when the page reloads or navigates away,
      // and a prefetch (for another page, in idle time) whenever it likes: not failures of the site.
      ...aborted
        .filter(({ request, document }) => document === documents && !isPrefetch(request))
        .map(({ request }) => `${request.url()}: net::ERR_ABORTED`),
    ],
    externalRequests: [...externalRequests],
    pageErrors: [...pageErrors],
  });
}

function isPrefetch(req: Request): boolean {
  return req.headers()["sec-purpose"]?.startsWith("prefetch") === true;
}

function isLocal(url: URL): boolean {
  if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return true;
  return url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
}

/** Options of a page's own browser context. */
export type PageOptions = Pick<
  BrowserContextOptions,
  "colorScheme" | "javaScriptEnabled" | "permissions" | "viewport"
> & {
  /**
   * `false` for a page whose problems are what the test is about (a 404 page, a request the test makes
   * fail on purpose): they are not checked after the test.
   */
  watch?: boolean;
  /**
   * `true` to let the page use the clipboard and record what it copies, for `copies(page)`: the clipboard
   * is the browser's, shared by every context of the run, so a read of it can hold what another test file's
   * page copied a moment later.
   */
  clipboard?: boolean;
};

/** What `open` and `visit` wait for after navigating. */
interface LoadOptions {
  /** The load state `goto` waits for (default `"load"`); with JavaScript on, the page's hydration follows. */
  waitUntil?: "domcontentloaded" | "load";
  /** The HTTP status the page must answer with (default 200). */
  status?: number;
}

/** Options of `open`: those of the page, and what to wait for after navigating. */
export type OpenOptions = PageOptions & LoadOptions;

/** Options of `visit`: what the file's tab can change between two pages, and what to wait for. */
export type VisitOptions = Pick<BrowserContextOptions, "colorScheme" | "javaScriptEnabled"> &
  LoadOptions & {
    /** The tab's size for this page (default 1280×720, as a new context's). */
    viewport?: { width: number; height: number };
  };

/**
 * Registers the hooks a browser test file needs: a connection to the run's one browser, and after each
 * test (or, for a page opened outside any test, after the file or `close`) a check that nothing on the
 * test's pages was logged as an error, failed, or left localhost. A request still in flight when the test
 * ends is cut by closing or leaving the page: not a failure of the site.
 *
 * Two ways to load a page of the site, both of which wait, with JavaScript on, until it has hydrated:
 * - `open(path)` gives the page a browser context of its own: cold caches, no storage, and whatever
 *   context options the test needs. For what a first visit does (the scripts a page receives, code held
 *   on its way), or a page kept across tests.
 * - `visit(path)` loads it in the file's one tab (one per JavaScript setting), kept from test to test:
 *   the renderer process and the browser's caches stay warm, so a page costs about half the CPU (a new
 *   context and page alone cost about a second of it). Between tests the tab leaves its page for
 *   about:blank, drops its routes and listeners, and forgets the site's storage; each visit sets the
 *   colour scheme and size asked for. For tests that read and use a page as a reader would, and do not
 *   depend on its first load: one visit per test, and no init scripts.
 * `newPage()` is a watched blank page in a context of its own, for a test that navigates itself, and
 * `close(page)` checks and closes a page of `open` or `newPage` before its time.
 */
export function setUpBrowser(): {
  open: (path: string, options?: OpenOptions) => Promise<Page>;
  visit: (path: string, options?: VisitOptions) => Promise<Page>;
  newPage: (options?: PageOptions) => Promise<Page>;
  close: (page: Page) => Promise<void>;
} {
  let browser: Browser;
  interface Opened {
    page: Page;
    context: BrowserContext;
    problems: (() => PageProblems) | undefined;
  }
  const ofTest: Opened[] = [];
  const ofFile: Opened[] = [];
  let inTest = false;
  /** The file's tabs for `visit`, by JavaScript setting, and the one this test visited with, if any. */
  const tabs = new Map<boolean, { context: BrowserContext; page: Page }>();
  let visited: { javaScriptEnabled: boolean; page: Page; problems: () => PageProblems } | undefined;

  /** Closes pages and states their problems, read before closing: closing cancels what is in flight. */
  async function settle(opened: Opened[]): Promise<PageProblems[]> {
    const found: PageProblems[] = [];
    for (const { context, problems } of opened.splice(0)) {
      if (problems) found.push(problems());
      await context.close();
    }
    return found;
  }

  /**
   * States the problems of the tab this test visited with, and leaves it clean for the next test. A tab that
   * cannot be cleaned (its page crashed, say, in a test that failed) is closed: the next visit opens another.
   */
  async function leaveTab(): Promise<PageProblems[]> {
    if (!visited) return [];
    const { javaScriptEnabled, page, problems } = visited;
    visited = undefined;
    const found = problems();
    try {
      await page.removeAllListeners();
      await page.unrouteAll({ behavior: "ignoreErrors" });
      // A new document each visit, even for an address that differs from the last only by its hash.
      await page.goto("about:blank");
      // Then, with nothing of the site left running to write it again, its storage (a playground's saved
      // edit, a chosen theme), which belongs to the origin, not the document.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Storage.clearDataForOrigin", {
        origin: new URL(siteUrl()).origin,
        storageTypes: "local_storage",
      });
      await cdp.detach();
    } catch {
      tabs.delete(javaScriptEnabled);
      await page.context().close();
    }
    return [found];
  }

  beforeAll(async () => {
    browser = await chromium.connect(inject("browserEndpoint"));
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    const found = [...(await leaveTab()), ...(await settle(ofTest))];
    for (const problems of found) expect(problems).toEqual(NO_PROBLEMS);
  });
  afterAll(async () => {
    const found = await settle(ofFile);
    for (const { context } of tabs.values()) await context.close();
    await browser?.close();
    for (const problems of found) expect(problems).toEqual(NO_PROBLEMS);
  });

  async function newPage({ watch: watched = true, clipboard = false, ...options }: PageOptions = {}): Promise<Page> {
    const permissions = [...(options.permissions ?? []), ...(clipboard ? ["clipboard-read", "clipboard-write"] : [])];
    const context = await newContext(browser, { ...options, permissions });
    if (clipboard) await context.addInitScript(recordCopiesScript);
    const opened = watched ? await openWatchedPage(context) : { page: await context.newPage(), problems: undefined };
    (inTest ? ofTest : ofFile).push({ context, ...opened });
    return opened.page;
  }

  /** Loads `path` in `page` and, with JavaScript on, waits until it has hydrated. */
  async function load(page: Page, path: string, { waitUntil = "load", status = 200 }: LoadOptions, js: boolean) {
    const response = await page.goto(siteUrl(path), { waitUntil });
    expect(response?.status(), `HTTP status of /${path}`).toBe(status);
    // Wait for hydration: keys pressed before React is attached are lost or undone when it attaches.
    // Docusaurus marks the page once it has hydrated.
    if (js) await page.locator('html[data-has-hydrated="true"]').waitFor();
    return page;
  }

  return {
    newPage,
    async open(path, { waitUntil, status, ...options } = {}) {
      return load(await newPage(options), path, { waitUntil, status }, options.javaScriptEnabled !== false);
    },
    async visit(path, { colorScheme = "light", javaScriptEnabled = true, viewport, ...wait } = {}) {
      if (!inTest) throw new Error(`visit("${path}"): only within a test; a page kept across tests needs open()`);
      if (visited) throw new Error(`visit("${path}"): one visit per test; open() a second page`);
      let tab = tabs.get(javaScriptEnabled);
      if (!tab) {
        const context = await newContext(browser, { javaScriptEnabled });
        tab = { context, page: await context.newPage() };
        tabs.set(javaScriptEnabled, tab);
      }
      const { page } = tab;
      await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme });
      visited = { javaScriptEnabled, page, problems: watch(page) };
      return load(page, path, wait, javaScriptEnabled);
    },
    async close(page) {
      for (const list of [ofTest, ofFile]) {
        const at = list.findIndex((o) => o.page === page);
        if (at < 0) continue;
        for (const problems of await settle(list.splice(at, 1))) expect(problems).toEqual(NO_PROBLEMS);
      }
    },
  };
}

/**
 * A browser context for the site's pages: waits as long as WAIT, and every page in it behaves in Chromium's
 * headless shell (scripts/chromium.mjs) as in the browser readers run: it gets the idle time it asks for
 * (`idleGetsFrames`), and no pointer moves that no test made (`noPointerAtOrigin`).
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT.timeout);
  await context.addInitScript(idleGetsFrames);
  await context.addInitScript(noPointerAtOrigin);
  return context;
}

/**
 * Installed in a page before its scripts: while an idle callback waits, the page asks for a frame, one
 * after the other, which do nothing. The shell's renderer at times gives no idle time to a page that has
 * loaded and needs no frame: its idle callbacks wait until something asks for one, and after one frame
 * they may still wait. Seen on the landing page loaded in a tab that had shown it before (`.dbg/warmtab.mjs`,
 * not committed): 2-5 loads of 24 on 2026-12-05 and 1-2 of 48 on 2026-12-06 had not laid out 20 s after
 * loading, and an idle callback asked for then did not run in 3 s either; after one requestAnimationFrame
 * they all ran. A frame asked for with each requestIdleCallback (the first version of this) left one scan of
 * the landing page and one playground's editor waiting 180 s in about one run of four; frames asked for
 * until the callback runs left none in 192 loads. The full Chromium gave idle time in all 36 loads of the
 * same sequence without help. What waits for idle time still waits for it: a page that holds its idle
 * callbacks (islands.test, pages.test) wraps this one, and holds them.
 */
function idleGetsFrames(): void {
  const request = window.requestIdleCallback.bind(window);
  const cancel = window.cancelIdleCallback.bind(window);
  const waiting = new Set<number>();
  const frame = () => {
    if (waiting.size > 0) requestAnimationFrame(frame);
  };
  window.requestIdleCallback = (callback, options) => {
    const id = request((deadline) => {
      waiting.delete(id);
      callback(deadline);
    }, options);
    if (waiting.size === 0) requestAnimationFrame(frame);
    waiting.add(id);
    return id;
  };
  window.cancelIdleCallback = (id) => {
    waiting.delete(id);
    cancel(id);
  };
}

/**
 * Installed in a page before its scripts: pointer and mouse moves at (0, 0) never reach the page's own
 * listeners. The shell sends a page it opens pointer events there with no input: a `pointerover` in each of
 * 52 page opens checked (`.dbg/cursor.mjs`, not committed), and now and then a `pointermove`, which counts as
 * the reader's first move (plugins/reader-moves) and wakes the playgrounds near the viewport, which a test of
 * the page before that move then finds live. The full Chromium sent none in 10. No test points there but to
 * move the pointer off an element (links.test), which the browser's hover state sees as before. Clicks,
 * presses and moves anywhere else pass; a click from the keyboard (at 0, 0) is not a move, and events the
 * site dispatches itself (the search bar's hand-over, a mouseover at 0, 0) are not the browser's.
 */
function noPointerAtOrigin(): void {
  const moves = ["pointerover", "pointerenter", "pointermove", "pointerout", "pointerleave", "pointerrawupdate"];
  for (const type of [...moves, "mouseover", "mouseenter", "mousemove", "mouseout", "mouseleave"]) {
    window.addEventListener(
      type,
      (event) => {
        const at = event as MouseEvent;
        if (event.isTrusted && at.clientX === 0 && at.clientY === 0) event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
}

/** Installed in a page before its scripts: keeps each text the page writes to the clipboard, once written. */
function recordCopiesScript(): void {
  const copies: string[] = [];
  Object.defineProperty(window, "__copies", { value: copies });
  const writeText = Clipboard.prototype.writeText;
  Clipboard.prototype.writeText = async function (this: Clipboard, text: string) {
    await writeText.call(this, text);
    copies.push(text);
  };
}

/**
 * What a page opened with `{ clipboard: true }` has written to the clipboard so far, oldest first: only
 * writes that succeeded, and only this page's, whatever other pages of the run copy meanwhile.
 */
export function copies(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __copies?: string[] }).__copies ?? [])]);
}

/**
 * Brings a playground or widget near as a reader does: scrolls it into view, then makes the reader's first
 * move (a Shift press, which changes nothing), after which what is near the viewport loads
 * (src/components/Island/readerMoves.ts). A scroll alone does not do when nothing needed scrolling.
 */
export async function comeNear(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await target.page().keyboard.press("Shift");
}

/**
 * Scrolls `target` into view and waits until the browser has laid it out: a part of an article off screen is
 * not (plugins/deferred-layout), and has no innerText and only an estimated height until a frame has found it
 * near the viewport. (Something hidden for good, in a tab not shown, has nothing to wait for.)
 */
async function bringIntoView(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  // Read anew each time: a part that comes into view may render its element anew.
  const laidOut = () =>
    target.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }) || !el.checkVisibility());
  await expect.poll(laidOut, WAIT).toBe(true);
}

/** The text of `target` as a reader sees it (Playwright's innerText: its line breaks included), once in view. */
export async function shownText(target: Locator): Promise<string> {
  await bringIntoView(target);
  return target.innerText();
}

/**
 * Waits until every playground on `page` that has started loading its editor (scrolled near, focused or
 * pointed at) shows it: the page no longer swaps static code for live controls.
 */
export async function editorsLoaded(page: Page): Promise<void> {
  for (const pg of await page.locator("[data-playground]:not([data-playground-ready])").all()) {
    await pg.locator(".cm-content").waitFor();
  }
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

/** A script a page received, and its text. */
export interface ReceivedScript {
  url: string;
  text: string;
}

/**
 * Records every script `page` receives to run, from now on, reading each one's text as it arrives: the
 * browser keeps a body only for a while, and read late, on a busy machine, one was gone. Prefetches are left
 * out: the browser fetches them in idle time, whenever it likes, runs none of them, and may keep no body the
 * page can read. (A prefetched script the page then runs is received again, from the cache.)
 * @returns `scripts()`, those received so far; it rejects if a script's text could not be read
 */
export function recordScripts(page: Page): () => Promise<ReceivedScript[]> {
  const received: Promise<ReceivedScript>[] = [];
  page.on("response", (response) => {
    if (!new URL(response.url()).pathname.endsWith(".js") || isPrefetch(response.request())) return;
    const script = response.text().then((text) => ({ url: response.url(), text }));
    // Read when `scripts()` is called. A script still arriving when the test closes the page can no longer
    // be read: that must not surface as an unhandled rejection (it did once, after every test had passed).
    script.catch(() => {});
    received.push(script);
  });
  return () => Promise.all(received);
}

/**
 * Holds every script `page` requests from now on: the code on its way does not arrive until released.
 * @returns `held()`, the URLs held so far and not released; `release(which)`, which lets the held scripts
 *   that `which` picks go on, or, without `which`, every script, held or to come
 */
export async function holdScripts(page: Page): Promise<{
  held: () => string[];
  release: (which?: (url: string) => boolean) => Promise<void>;
}> {
  const SCRIPT = /\.js(\?.*)?$/;
  const held: { url: string; go: () => void }[] = [];
  const handler = async (route: Route) => {
    await new Promise<void>((go) => held.push({ url: route.request().url(), go }));
    // A request the page gave up on while it was held (a prefetch, a page left) cannot go on: no matter.
    await route.continue().catch(() => {});
  };
  await page.route(SCRIPT, handler);
  return {
    held: () => held.map((h) => h.url),
    async release(which) {
      if (!which) await page.unroute(SCRIPT, handler);
      for (const h of held.filter((h) => !which || which(h.url))) {
        held.splice(held.indexOf(h), 1);
        h.go();
      }
    },
  };
}
