import { readdirSync, readFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { chromium, type Locator, type Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { COMPILE_HINT } from "../../plugins/lean-startup/compileHint";
import { expectNoShiftWhileLoading } from "./_axe";
import { NO_PROBLEMS, newContext, openWatchedPage, setUpBrowser, sitemapPaths, siteUrl, WAIT } from "./_browser";

const { open, visit, newPage } = setUpBrowser();

const paths = sitemapPaths();
const ARTICLES = ["relu-hidden-layers", "sigmoid-multiclass", "regression-output-activation", "f1-micro-average"];

describe("every page in the sitemap", () => {
  it("the sitemap lists the landing page and the four questions", () => {
    for (const p of [
      "",
      "relu-hidden-layers",
      "sigmoid-multiclass",
      "regression-output-activation",
      "f1-micro-average",
    ]) {
      expect(paths).toContain(p);
    }
  });

  it("no built file names a folder of the machine that built it", () => {
    // The site's config is written into every page's JavaScript: an absolute path in it (a plugin's
    // option) would publish the build machine's folders and make each checkout's bundle differ in size.
    const buildDir = inject("buildDir");
    const root = dirname(buildDir);
    const files = readdirSync(buildDir, { recursive: true, encoding: "utf8" })
      .map((f) => join(buildDir, f))
      .filter((f) => /\.(html|js|css|json|xml|txt|map)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => readFileSync(f, "utf8").includes(root))).toEqual([]);
  });

  it("the entry scripts start with V8's compile hint, and no style sheet has it (plugins/lean-startup)", () => {
    const buildDir = inject("buildDir");
    const assets = readdirSync(join(buildDir, "assets"), { recursive: true, encoding: "utf8" });
    const starts = (f: string) => readFileSync(join(buildDir, "assets", f), "utf8").split("\n", 1)[0];
    const entries = assets.filter((f) => /^js\/(main|runtime~main)\.[0-9a-f]+\.js$/.test(f));
    expect(entries).toHaveLength(2);
    for (const f of entries) expect(starts(f), f).toBe(COMPILE_HINT);
    const marked = assets.filter(
      (f) => /\.(css|js)$/.test(f) && readFileSync(join(buildDir, "assets", f), "utf8").includes(COMPILE_HINT),
    );
    expect(marked.sort()).toEqual(entries.sort());
  });

  // Every page loads in both themes with no console error, failed or outside request, its title and theme
  // in place, until it has finished its work after loading: the accessibility scans open every page in both
  // themes and check that (expectNoSeriousViolation in ./_axe.ts, opened through setUpBrowser's watch), so
  // the pages are not loaded a second time here.

  it("the watch on every page records each problem it forbids, and nothing leaves the machine", async () => {
    const browser = await chromium.connect(inject("browserEndpoint"));
    try {
      const { page, problems } = await openWatchedPage(await newContext(browser));
      await page.goto(siteUrl(""));
      expect(problems()).toEqual(NO_PROBLEMS);
      const missing = await page.evaluate(async () => {
        // A violation of the site's policy: an image from another origin (another port).
        const img = new Image();
        img.src = "http://127.0.0.1:9/blocked.png";
        document.body.append(img);
        setTimeout(() => {
          throw new Error("thrown by the page");
        });
        return fetch("no-such-file.json").then((r) => r.status);
      });
      expect(missing).toBe(404);
      await expect.poll(problems).toEqual({
        consoleErrors: expect.arrayContaining([expect.stringMatching(/Content Security Policy/)]),
        failedRequests: expect.arrayContaining([expect.stringMatching(/no-such-file\.json: HTTP 404$/)]),
        externalRequests: [],
        pageErrors: [expect.stringContaining("thrown by the page")],
      });
      // The policy stops the page's own requests to other hosts; a navigation is not the page's to stop.
      // The run's browser resolves no host but the local ones, so it fails without leaving the machine:
      // not even this machine's own name, which its resolver knows, for the site's own server.
      const outside = `http://${hostname()}:${new URL(siteUrl()).port}/`;
      const outcome = await page.goto(outside).then(
        () => "loaded",
        (e: Error) => e.message,
      );
      expect(outcome).toContain("ERR_NAME_NOT_RESOLVED");
      expect(problems().externalRequests).toEqual([outside]);
    } finally {
      await browser.close();
    }
  });
});

/** Lighthouse's phone (a Moto G Power), in CSS pixels. */
const PHONE = { width: 412, height: 823 };

// The accessibility scans check every page's load for layout shifts in a desktop's viewport (./_axe.ts); a phone's
// first screen holds fewer, narrower blocks, and Lighthouse loads pages as a phone.
describe("every page in a phone's viewport", () => {
  it.each(paths)("/%s loads without moving what it shows", async (path) => {
    const page = await visit(path, { viewport: PHONE });
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    await expectNoShiftWhileLoading(page);
  });
});

describe("the footer", () => {
  it.each([412, 1280])(
    "is not laid out until it nears the viewport, and keeps the height its box had until then (%ipx wide)",
    async (width) => {
      const page = await visit("f1-micro-average", { viewport: { width, height: 800 } });
      await page.locator(`html[${LAID_OUT}]`).waitFor();
      const footer = page.locator("footer");
      const skipped = () =>
        footer.evaluate((f) => f.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) === false);
      const height = () => footer.evaluate((f) => f.getBoundingClientRect().height);
      expect(await skipped()).toBe(true);
      const estimated = await height();
      await page.keyboard.press("End");
      await expect.poll(skipped, WAIT).toBe(false);
      expect(Math.abs((await height()) - estimated)).toBeLessThan(1);
    },
  );
});

describe("a code block's buttons", () => {
  it("are in place before the page is live; the word-wrap button shows where code overflows, and moves nothing", async () => {
    const page = await visit("reference/api/softmax", { viewport: PHONE });
    const blocks = await page.locator(".theme-code-block").all();
    expect(blocks.length).toBeGreaterThan(4);
    // Each block's buttons: how many, the word-wrap button's visibility, the width of their group (which a
    // button added or taken away would change, moving its left edge), and whether the code is wider than the block.
    const state = (block: Locator) =>
      block.evaluate((el) => {
        const buttons = el.querySelectorAll("button");
        const pre = el.querySelector("pre");
        return {
          buttons: buttons.length,
          wrap: buttons[0] && getComputedStyle(buttons[0]).visibility,
          groupWidth: buttons[0]?.parentElement?.getBoundingClientRect().width,
          overflows: !!pre && pre.scrollWidth > pre.clientWidth,
        };
      });
    // Far below the first screen, the last block has not been measured: its word-wrap button is a hidden box.
    expect(await state(blocks.at(-1) as Locator)).toMatchObject({ buttons: 2, wrap: "hidden" });
    const overflowing: Locator[] = [];
    const groupWidths = new Set<number | undefined>();
    for (const block of blocks) {
      await block.scrollIntoViewIfNeeded();
      const { overflows } = await state(block);
      // Measured once in view: shown where the code is wider than a phone.
      await expect.poll(async () => (await state(block)).wrap).toBe(overflows ? "visible" : "hidden");
      groupWidths.add((await state(block)).groupWidth);
      if (overflows) overflowing.push(block);
    }
    expect(overflowing.length, "blocks whose code overflows").toBeGreaterThan(2);
    expect(blocks.length - overflowing.length, "blocks whose code fits").toBeGreaterThan(0);
    // The same group wherever the word-wrap button shows or not: nothing moved when it did.
    expect([...groupWidths]).toHaveLength(1);
    // It works: the code wraps, and unwraps.
    const block = overflowing.at(-1) as Locator;
    const wrapping = block.getByRole("button", { name: "Toggle word wrap" });
    const overflows = async () => (await state(block)).overflows;
    await wrapping.click();
    await expect.poll(overflows).toBe(false);
    await wrapping.click();
    await expect.poll(overflows).toBe(true);
  });
});

// src/theme/Navbar/MobileSidebar and src/theme/DocSidebar/Mobile: the phone's menu panel is rendered once the
// reader moves, not as the page starts.
describe("the phone's menu", () => {
  const toggle = (page: Page) => page.getByRole("button", { name: "Toggle navigation bar" });
  const panel = (page: Page) => page.locator(".navbar-sidebar");
  const expanded = (page: Page) => toggle(page).getAttribute("aria-expanded");
  /** Whether all of the element is inside the viewport's width (the panel's two menus slide sideways). */
  const onScreen = (target: Locator) =>
    target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
    });

  it("is not rendered until the reader moves; opened with the keyboard, it lists the docs and takes the reader to one", async () => {
    const page = await visit("sigmoid-multiclass", { viewport: PHONE });
    await toggle(page).waitFor();
    expect(await panel(page).count(), "the panel before any move").toBe(0);
    await toggle(page).focus();
    await page.keyboard.press("Enter");
    await panel(page).waitFor();
    expect(await expanded(page)).toBe("true");
    // The docs' sidebar shows first, with this page marked; the main menu is one step back.
    const current = panel(page).locator('.theme-doc-sidebar-menu a[aria-current="page"]');
    expect(await current.textContent()).toBe("Sigmoid vs softmax");
    await expect.poll(() => onScreen(current)).toBe(true);
    await panel(page)
      .getByRole("button", { name: /Back to main menu/ })
      .click();
    await expect.poll(() => onScreen(current)).toBe(false);
    await expect
      .poll(() => onScreen(panel(page).getByRole("link", { name: "Reference", exact: true }).first()))
      .toBe(true);
    // Escape closes it and gives the focus back to the button; opened again, it shows the docs' sidebar,
    // where a link takes the reader to another article.
    await page.keyboard.press("Escape");
    await expect.poll(() => expanded(page)).toBe("false");
    expect(await toggle(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await toggle(page).click();
    await expect.poll(() => onScreen(current)).toBe(true);
    await panel(page).locator(".theme-doc-sidebar-menu").getByRole("link", { name: "F1 averages" }).click();
    await page.waitForURL(/\/f1-micro-average$/);
    await expect.poll(() => expanded(page)).toBe("false");
    expect(await page.locator("h1").textContent()).toContain("micro");
  });

  it("slides in when the tap that opens it is the reader's first move", async () => {
    const page = await visit("relu-hidden-layers", { viewport: PHONE });
    await toggle(page).waitFor();
    expect(await panel(page).count()).toBe(0);
    // Every transition that starts, as it starts: the slide takes 200 ms, less than a busy machine may take to
    // answer a read after the click.
    await page.evaluate(() => {
      const w = window as unknown as { transitions: string[] };
      w.transitions = [];
      document.addEventListener("transitionrun", (event) => {
        const target = event.target as Element;
        if (target.classList.contains("navbar-sidebar")) w.transitions.push(event.propertyName);
      });
    });
    await toggle(page).click();
    // Rendered already open, it still moves in from the left (the `@starting-style` of src/css/custom.css).
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { transitions: string[] }).transitions))
      .toContain("transform");
    await expect.poll(() => onScreen(panel(page))).toBe(true);
  });
});

// visit() keeps one tab for the whole file: each test must still start from a page of its own. The two tests
// run in this order; the second fails if anything of the first is left.
describe("the file's tab, from one test to the next", () => {
  it("a test leaves storage, a window property and a hash behind", async () => {
    const page = await visit("sigmoid-multiclass#multi-label");
    await page.evaluate(() => {
      localStorage.setItem("left-behind", "1");
      sessionStorage.setItem("left-behind", "1");
      (window as unknown as { leftBehind?: boolean }).leftBehind = true;
    });
  });

  it("the next visit, to the same address, is a new document with no storage", async () => {
    const page = await visit("sigmoid-multiclass#multi-label");
    expect(
      await page.evaluate(() => [
        localStorage.length,
        sessionStorage.length,
        (window as unknown as { leftBehind?: boolean }).leftBehind ?? false,
      ]),
    ).toEqual([0, 0, false]);
  });
});

describe("the article pages", () => {
  it("show their short answer and typeset math with self-hosted KaTeX fonts", async () => {
    const page = await visit("sigmoid-multiclass");
    await expect(page.locator("[data-short-answer]").textContent()).resolves.toContain("softmax");
    expect(await page.locator(".katex").count()).toBeGreaterThan(0);
    // The fonts load when the math is laid out: on screen, or when the page has finished its layout.
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    const fontsLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes("KaTeX") && f.status === "loaded").length;
    });
    expect(fontsLoaded).toBeGreaterThan(0);
  });

  it.each([...ARTICLES, "reference/metrics"])(
    "/%s marks its own navbar link as the current page, and no other",
    async (path) => {
      const page = await visit(path);
      const current = page.locator('nav.navbar a[aria-current="page"]');
      const expected = path.startsWith("reference") ? ["/reference/api"] : [`/${path}`];
      expect(await current.evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual(expected);
      expect(await page.locator("nav.navbar .navbar__link--active").count()).toBe(1);
    },
  );

  it("keep the server's code-block and button markup when they hydrate, and highlight code after in-site navigation", async () => {
    const page = await newPage();
    // Marks every element the HTML parser creates, so elements React makes later can be told apart.
    await page.addInitScript(() => {
      const parsed = new WeakSet<Node>();
      (window as unknown as { parsed: WeakSet<Node> }).parsed = parsed;
      const mark = (records: MutationRecord[]) => {
        for (const r of records) for (const n of r.addedNodes) parsed.add(n);
      };
      const observer = new MutationObserver(mark);
      observer.observe(document, { subtree: true, childList: true });
      document.addEventListener("readystatechange", () => {
        mark(observer.takeRecords());
        observer.disconnect();
      });
    });
    await page.goto(siteUrl("sigmoid-multiclass"));
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    const tokens = () =>
      page.evaluate(() => {
        const { parsed } = window as unknown as { parsed: WeakSet<Node> };
        // Every line and token element of the blocks' code (bare-text tokens are no elements).
        const all = [...document.querySelectorAll("pre.prism-code code *")];
        return { count: all.length, madeByScript: all.filter((t) => !parsed.has(t)).length };
      });
    const hydrated = await tokens();
    expect(hydrated.count).toBeGreaterThan(1000);
    expect(hydrated.madeByScript).toBe(0);
    // The copy-link and code-block buttons are the server's too (hydration inserts none), shown once hydrated.
    const buttons = await page.evaluate(() => {
      const { parsed } = window as unknown as { parsed: WeakSet<Node> };
      const all = [...document.querySelectorAll("[data-needs-hydration]")];
      return {
        headings: document.querySelectorAll(".markdown h2 [data-copy-button]").length,
        codeBlocks: document.querySelectorAll(".theme-code-block [data-needs-hydration] button").length,
        madeByScript: all.filter((b) => !parsed.has(b)).length,
        hidden: all.filter((b) => getComputedStyle(b).visibility === "hidden").length,
      };
    });
    expect(buttons.headings).toBeGreaterThan(5);
    expect(buttons.codeBlocks).toBeGreaterThan(5);
    expect(buttons.madeByScript).toBe(0);
    expect(buttons.hidden).toBe(0);
    // The code blocks of the text (a playground swaps its code for the editor when it nears the viewport).
    const perBlock = () =>
      page
        .locator(".theme-code-block:not([data-playground] *) pre.prism-code code")
        .evaluateAll((codes) => codes.map((c) => c.innerHTML));
    const served = await perBlock();
    // Highlighted: the tokens of a colour other than the line's are coloured by their classes (776 in the
    // text's 8 blocks; unhighlighted lines would have none).
    expect(served.join("").match(/<span class="t/g)?.length).toBeGreaterThan(500);

    // Leave and come back inside the site: the blocks are rendered in the browser this time, to the same markup.
    await page.locator('nav a[href$="/f1-micro-average"]').first().click();
    await page.waitForURL(/f1-micro-average$/);
    await page.locator('nav a[href$="/sigmoid-multiclass"]').first().click();
    await page.waitForURL(/sigmoid-multiclass$/);
    await expect.poll(perBlock, WAIT).toEqual(served);
  });

  it("without JavaScript, buttons that need it are in the HTML but hidden and out of the tab order", async () => {
    const page = await visit("sigmoid-multiclass", { javaScriptEnabled: false });
    expect(await page.locator("[data-needs-hydration]").count()).toBeGreaterThan(10);
    expect(await page.getByRole("button", { name: /^Copy/ }).count()).toBe(0);
    // Not focusable either, so the keyboard cannot reach a button that would do nothing.
    const focusable = await page
      .locator("[data-copy-button]")
      .first()
      .evaluate((b) => {
        (b as HTMLElement).focus();
        return document.activeElement === b;
      });
    expect(focusable).toBe(false);
  });

  it.each(ARTICLES)(
    "/%s names in its HTML every script it runs to start (no round trip after main.js)",
    async (path) => {
      const html = readFileSync(join(inject("buildDir"), `${path}.html`), "utf8");
      const named = [...html.matchAll(/<script[^>]* src="?([^" >]+)/g)].map((m) => new URL(m[1] ?? "", siteUrl()).href);
      expect(named.length).toBeGreaterThan(3);
      const page = await newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.documentElement?.dataset.hasHydrated !== "true") return;
          (window as unknown as { hydratedAt: number }).hydratedAt = performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-has-hydrated"] });
      });
      await page.goto(siteUrl(path), { waitUntil: "load" });
      await page.locator('html[data-has-hydrated="true"]').waitFor();
      const started = await page.evaluate(() => {
        const { hydratedAt } = window as unknown as { hydratedAt: number };
        return (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((e) => e.initiatorType === "script" && e.startTime <= hydratedAt && e.name.endsWith(".js"))
          .map((e) => e.name);
      });
      // Scripts fetched by the HTML have initiatorType "script" too; none may be fetched that it does not name.
      for (const url of started) expect(named).toContain(url);
    },
  );

  it("prefetch the pages they link to only in idle time, one idle callback at a time", async () => {
    const page = await newPage();
    // The page never gets idle time on its own: requestIdleCallback holds its callbacks until the test
    // runs them, one at a time, noting how many prefetch links each one adds.
    await page.addInitScript(() => {
      const held: (IdleRequestCallback | null)[] = [];
      const prefetchLinks = () => document.querySelectorAll("link[rel=prefetch]").length;
      const idle = {
        held: () => held.filter(Boolean).length,
        /** Runs the held callbacks in order (with those they schedule) and returns each one's new prefetch links. */
        runAll: () => {
          const added: number[] = [];
          for (let i = 0; i < held.length && i < 100_000; i++) {
            const callback = held[i];
            held[i] = null;
            if (!callback) continue;
            const before = prefetchLinks();
            callback({ didTimeout: false, timeRemaining: () => 50 });
            added.push(prefetchLinks() - before);
          }
          return added;
        },
      };
      Object.assign(window, {
        idle,
        requestIdleCallback: (callback: IdleRequestCallback) => held.push(callback),
        cancelIdleCallback: (id: number) => {
          held[id - 1] = null;
        },
      });
    });
    await page.goto(siteUrl("relu-hidden-layers"), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    // Every <Link> on screen has asked for its prefetch once an IntersectionObserver created after theirs
    // has reported: observers report in the order they were made.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const observer = new IntersectionObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(document.querySelector("nav a[href]") as Element);
        }),
    );
    const prefetchLinks = () =>
      page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>("link[rel=prefetch]")].map((l) => l.href));
    type Idle = { held: () => number; runAll: () => number[] };
    expect(await page.evaluate(() => (window as unknown as { idle: Idle }).idle.held())).toBeGreaterThan(0);
    expect(await prefetchLinks()).toEqual([]);

    // Given idle time, the pages are prefetched, spread over the idle callbacks.
    const added = await page.evaluate(() => (window as unknown as { idle: Idle }).idle.runAll());
    const links = await prefetchLinks();
    const total = added.reduce((a, b) => a + b, 0);
    expect(total).toBe(links.length);
    // The page links to some ten other pages, each a few chunks: one page per callback, not all in one.
    const withLinks = added.filter((n) => n > 0);
    expect(withLinks.length, `links added per idle callback: ${withLinks}`).toBeGreaterThanOrEqual(5);
    expect(Math.max(...added), `links added per idle callback: ${withLinks}`).toBeLessThan(total / 3);
    for (const href of links) expect(href).toMatch(/\/assets\/js\/[\w.~-]+\.js$/);
  });

  it("an unknown path gets the site's 404 page", async () => {
    const page = await open("no-such-page", { status: 404, watch: false });
    await expect(page.locator("h1").first().textContent()).resolves.toMatch(/not found/i);
  });
});
