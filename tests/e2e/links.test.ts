import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { EXACT_LAYOUT, LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { type AnchorManifest, collectAnchors, redirectTarget } from "../../scripts/_anchors.mjs";
import { apiAnchorRedirects } from "../../src/components/ApiReference/apiPages";
import { copies, editorsLoaded, setUpBrowser, siteUrl, WAIT } from "./_browser";

const HOW_TO_FIX = [
  "Forum answers link to these pages and anchors; they must keep working.",
  "- A new page or anchor: run `npm run build && npm run anchors:update` and commit tests/anchors.json.",
  "- A page moved: add a client redirect ({ from, to }) in docusaurus.config.ts (plugin-client-redirects).",
  "- An anchor renamed or removed: keep its explicit ID ({#id}) if you can; otherwise add",
  '  "<page>#<old-id>": "<page>#<new-id>" to src/components/AnchorRedirects/anchorRedirects.json.',
].join("\n");

const buildDir = inject("buildDir");
const baseUrl = inject("baseUrl");
const built = collectAnchors(buildDir, baseUrl).pages;
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const committed = (readJson("../anchors.json") as AnchorManifest).pages;
const committedRedirects: Record<string, string> = readJson(
  "../../src/components/AnchorRedirects/anchorRedirects.json",
);
// The page ships both: the committed map and the API reference's, generated with the build (AnchorRedirects).
const redirects: Record<string, string> = {
  ...apiAnchorRedirects(readJson("../../docs/reference/_generated/api-pages.json")),
  ...committedRedirects,
};
const { open, visit, newPage } = setUpBrowser();
const ARTICLES = ["relu-hidden-layers", "sigmoid-multiclass", "regression-output-activation", "f1-micro-average"];

/** Where a committed page#anchor lands now, following client and anchor redirects; a reason if nowhere. */
function land(page: string, anchor: string | undefined, hops = 0): string | undefined {
  if (hops > 10) return `/${page}: more than 10 redirects`;
  const anchors = built[page];
  if (!anchors) {
    const target = redirectTarget(buildDir, page, baseUrl);
    return target === undefined ? `/${page}: page gone without a client redirect` : land(target, anchor, hops + 1);
  }
  if (anchor === undefined || anchors.includes(anchor)) return undefined;
  const to = redirects[`${page}#${anchor}`];
  if (to === undefined) return `/${page}#${anchor}: anchor gone without an anchor redirect`;
  const at = to.indexOf("#");
  return land(to.slice(0, at), to.slice(at + 1), hops + 1);
}

describe("links that never break", () => {
  it("every committed page and anchor still resolves (directly or through a redirect)", () => {
    const broken: string[] = [];
    for (const [page, anchors] of Object.entries(committed)) {
      const pageProblem = land(page, undefined);
      if (pageProblem) broken.push(pageProblem);
      else for (const a of anchors) broken.push(...[land(page, a)].filter((x): x is string => Boolean(x)));
    }
    expect(broken, HOW_TO_FIX).toEqual([]);
  });

  it("every page and anchor in the build is in tests/anchors.json", () => {
    const unlisted: string[] = [];
    for (const [page, anchors] of Object.entries(built)) {
      const known = committed[page];
      if (!known) unlisted.push(`/${page}`);
      else for (const a of anchors) if (!known.includes(a)) unlisted.push(`/${page}#${a}`);
    }
    expect(unlisted, HOW_TO_FIX).toEqual([]);
  });

  it("the manifest lists the landing page and every question with its short answer", () => {
    expect(committed[""]).toBeDefined();
    for (const slug of ARTICLES) expect(committed[slug]).toContain("short-answer");
  });

  it("every anchor redirect points at an anchor that exists", () => {
    const broken = Object.entries(redirects).flatMap(([from, to]) => {
      const at = to.indexOf("#");
      const problem = land(to.slice(0, at), to.slice(at + 1));
      return problem ? [`${from} → ${to}: ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it("no redirected anchor is still on its page (the redirect would hide it)", () => {
    const shadowed = Object.keys(redirects).filter((from) => {
      const at = from.indexOf("#");
      return built[from.slice(0, at)]?.includes(from.slice(at + 1));
    });
    expect(shadowed).toEqual([]);
  });

  it("every heading in docs/ has an explicit ID ({#id}), so rewording it never breaks a link", () => {
    const docsDir = join(buildDir, "..", "docs");
    const files = readdirSync(docsDir, { recursive: true, encoding: "utf8" }).filter((f) => /\.mdx?$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const file of files) {
      let fence: string | undefined;
      readFileSync(join(docsDir, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          const opens = /^\s*(`{3,}|~{3,})/.exec(line);
          if (opens) fence = fence === undefined ? opens[1] : line.trim().startsWith(fence) ? undefined : fence;
          else if (fence === undefined && /^#{1,6}\s/.test(line) && !/\{#[\w-]+\}\s*$/.test(line)) {
            missing.push(`docs/${file}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(missing, "Give each heading an ID: `## Why ReLU dies {#relu-dies}`").toEqual([]);
  });
});

describe("share tools", () => {
  const withClipboard = (path: string) => open(path, { clipboard: true });
  /** The last text the page copied, once it has copied one (the copy is asynchronous). */
  const lastCopy = async (page: Page) => {
    await expect.poll(async () => (await copies(page)).length).toBeGreaterThan(0);
    return (await copies(page)).at(-1);
  };

  it("a heading's copy-link button copies the section's canonical address", async () => {
    const siteOrigin = new URL(
      readFileSync(join(buildDir, "sitemap.xml"), "utf8").match(/<loc>([^<]+)<\/loc>/)?.[1] ?? "",
    ).origin;
    const page = await withClipboard("relu-hidden-layers");
    {
      const button = page.locator("h2#short-answer [data-copy-button]");
      await button.focus();
      // Focus reveals it (after its fade-in transition, which we finish at once).
      const opacity = await button.evaluate((b) => {
        for (const animation of b.getAnimations()) animation.finish();
        return getComputedStyle(b).opacity;
      });
      expect(opacity).toBe("1");
      await button.press("Enter");
      await page.locator("h2#short-answer [role=status]").getByText("Copied").waitFor();
    }
    expect(await lastCopy(page)).toBe(`${siteOrigin}${baseUrl}relu-hidden-layers#short-answer`);
  });

  it("a heading's # link is hidden until the heading is hovered or the link has keyboard focus, then shows", async () => {
    const page = await visit("relu-hidden-layers");
    {
      const heading = page.locator("h2#dying-relu");
      const hash = heading.locator("a.hash-link");
      // Opacity after any fade transition (finished at once), and the rendered box and text.
      const shown = () =>
        hash.evaluate((a) => {
          for (const animation of a.getAnimations()) animation.finish();
          const box = a.getBoundingClientRect();
          return {
            opacity: getComputedStyle(a).opacity,
            width: Math.round(box.width),
            text: getComputedStyle(a, "::before").content,
          };
        });
      await heading.scrollIntoViewIfNeeded();
      // Playgrounds near the heading swap in their editors once seen, and off-screen blocks are laid out
      // after load: either can move the heading from under a pointer that hovered it.
      await page.locator(`html[${LAID_OUT}]`).waitFor();
      await editorsLoaded(page);
      await page.mouse.move(0, 0);
      const idle = await shown();
      expect(idle.opacity).toBe("0");
      expect(idle.text).toBe('"#"');
      expect(idle.width).toBeGreaterThan(0);
      // Hovered where the heading is now (a late layout change may still have moved it since the last hover).
      await expect
        .poll(async () => {
          await heading.hover();
          return (await shown()).opacity;
        }, WAIT)
        .toBe("1");
      await page.mouse.move(0, 0);
      // Keyboard: Tab from the element just before the link lands on it.
      await heading.evaluate((h) => {
        const before = document.createElement("button");
        before.textContent = "before";
        h.before(before);
        before.focus();
      });
      await page.keyboard.press("Tab");
      await expect(hash.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
      expect((await shown()).opacity).toBe("1");
    }
  });

  it("the short answer's 'Copy as Markdown' copies a quote with an attribution link", async () => {
    const page = await withClipboard("f1-micro-average");
    await page.getByRole("button", { name: "Copy as Markdown: the short answer, as a quote" }).click();
    const [answer, shown] = await Promise.all([
      page.locator("[data-short-answer] > p").textContent(),
      page.locator("[data-quote-markdown]").textContent(),
    ]);
    const copied = await lastCopy(page);
    expect(copied).toBe(shown);
    const lines = (copied ?? "").split("\n");
    // The answer with its code spans in backticks, a blank quote line, the linked title.
    expect(lines[0]?.replace(/`/g, "")).toBe(`> ${answer}`);
    expect(lines[0]).toContain("`y_true`");
    expect(lines[1]).toBe(">");
    expect(lines[2]).toMatch(
      /^> — \[Why average='micro' in f1_score .*\]\(https?:\/\/.*\/f1-micro-average#short-answer\)$/,
    );
  });

  it("without JavaScript the Markdown quote is there to select by hand", async () => {
    const page = await visit("sigmoid-multiclass", { javaScriptEnabled: false });
    await page.locator("[data-short-answer] summary").click();
    const text = await page.locator("[data-quote-markdown]").innerText();
    expect(text).toMatch(/^> Sigmoid suits many classes that are not exclusive/);
    expect(text).toMatch(/#short-answer\)$/);
  });

  it("an old anchor listed in anchorRedirects.json lands on its new section", async () => {
    const [from, to] = Object.entries(committedRedirects)[0] ?? [];
    expect(from, "anchorRedirects.json is empty: nothing to try").toBeDefined();
    const [fromPage = "", fromId = ""] = (from ?? "").split("#");
    const [toPage = "", toId = ""] = (to ?? "").split("#");
    // A link from outside the site: a first visit, in a context of its own.
    const page = await open(`${fromPage}#${fromId}`);
    await page.waitForURL((url) => url.hash === `#${toId}`);
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl(toPage)).pathname);
    await page.waitForFunction((id) => {
      const r = document.getElementById(id)?.getBoundingClientRect();
      return r !== undefined && r.bottom > 0 && r.top < window.innerHeight;
    }, toId);
  });

  it("the 404 page suggests the closest page first", async () => {
    const page = await open("sigmoid-multi-class", { status: 404, watch: false });
    await page.getByText("Perhaps you were looking for").waitFor();
    const first = page.locator("[data-closest-pages] li a").first();
    expect(await first.getAttribute("href")).toBe(`${baseUrl}sigmoid-multiclass`);
  });

  it("an unknown address reached within the site shows the same suggestions, loaded then", async () => {
    const page = await visit("relu-hidden-layers");
    // As a link within the site would: the router renders the docs' not-found content, without a reload.
    await page.evaluate(
      (address) => {
        window.history.pushState(null, "", address);
        window.dispatchEvent(new PopStateEvent("popstate"));
      },
      new URL(siteUrl("sigmoid-multi-class")).pathname,
    );
    await page.getByText("Perhaps you were looking for").waitFor();
    const first = page.locator("[data-closest-pages] li a").first();
    expect(await first.getAttribute("href")).toBe(`${baseUrl}sigmoid-multiclass`);
  });
});

describe("landing on a section", () => {
  // Far down a long article, so the estimated heights of the blocks above it would add up to an error.
  const PAGE = "regression-output-activation";
  const SECTION = "common-mistakes";

  /** Where the heading is in the viewport, and where a scroll to it puts it (its scroll margin). */
  const headingPlace = (page: Page) =>
    page.evaluate((id) => {
      const heading = document.getElementById(id);
      if (!heading) throw new Error(`no #${id}`);
      return {
        top: heading.getBoundingClientRect().top,
        margin: Number.parseFloat(getComputedStyle(heading).scrollMarginTop),
        viewport: window.innerHeight,
      };
    }, SECTION);

  /** Once the page has laid out its blocks and loaded the editors of the playgrounds near the viewport. */
  const settled = async (page: Page) => {
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    await editorsLoaded(page);
  };

  type Place = { top: number; margin: number; viewport: number };
  const atTop = ({ top, margin, viewport }: Place) => top >= margin - 2 && top < viewport / 2;
  /** At the top: below the sticky navbar, and not pushed half a screen down (a playground above may grow). */
  const expectAtTop = ({ top, margin, viewport }: Place) => {
    expect(top).toBeGreaterThanOrEqual(margin - 2);
    expect(top).toBeLessThan(viewport / 2);
  };

  it.each([412, 1280])(
    "a link that opens the site at a section puts its heading at the top (%ipx wide)",
    async (width) => {
      // A link that opens the site: a first visit (cold caches, fonts arriving late), in a context of its own.
      const page = await open(`${PAGE}#${SECTION}`, { viewport: { width, height: 720 } });
      await settled(page);
      expect(await page.getAttribute("html", EXACT_LAYOUT)).toBe("");
      expectAtTop(await headingPlace(page));
    },
  );

  it("a table-of-contents link within the page puts its heading at the top", async () => {
    const page = await visit(PAGE, { viewport: { width: 1280, height: 720 } });
    await settled(page);
    await page.locator(`.table-of-contents a[href="#${SECTION}"]`).click();
    await page.waitForURL((url) => url.hash === `#${SECTION}`);
    expect(await page.getAttribute("html", EXACT_LAYOUT)).toBe("");
    // The page may scroll there smoothly: wait until it has.
    await expect.poll(() => headingPlace(page).then(atTop), WAIT).toBe(true);
    expectAtTop(await headingPlace(page));
  });

  /**
   * The page, hydrated but before its load event: the navbar logo is held back until `release()`, and the
   * deferred layout waits for that event.
   */
  const beforeLoad = async (width: number) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const page = await newPage({ viewport: { width, height: 720 } });
    await page.route("**/img/**", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(siteUrl(PAGE), { waitUntil: "domcontentloaded" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    return { page, release };
  };

  it("a part the reader opens grows below what they clicked, which stays where it was", async () => {
    // The activation explorer ends with its table, closed; the next part of the article follows it.
    const page = await visit("relu-hidden-layers", { viewport: { width: 412, height: 720 } });
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    const explorer = page.locator("[data-activation-explorer]");
    await explorer.scrollIntoViewIfNeeded();
    await page.locator("[data-activation-explorer][data-live]").waitFor();
    const summary = explorer.locator("summary");
    // The explorer's top above the viewport, its table's summary in the upper half, the next part below it.
    await summary.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 200));
    const at = () =>
      summary.evaluate(
        (el) => new Promise<number>((r) => requestAnimationFrame(() => r(el.getBoundingClientRect().top))),
      );
    // Some frames after the scroll (plugins/deferred-layout/_readerPlace.ts keeps a place for three).
    for (let i = 0; i < 6; i++) await at();
    const before = await at();
    expect(await explorer.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(0);
    await summary.click();
    await expect.poll(() => explorer.locator("details").getAttribute("open")).toBe("");
    // Chromium's anchor is the summary or above it: the table pushes down only what follows.
    expect(Math.abs((await at()) - before)).toBeLessThan(1);
  });

  it.each([
    ["relu-hidden-layers", 412, 823],
    ["relu-hidden-layers", 1280, 1400],
    ["f1-micro-average", 412, 823],
    ["f1-micro-average", 1280, 1400],
  ])(
    "/%s at %ix%i lays out its first screen as parsed, and no playground or widget far below it",
    async (path, width, height) => {
      // Without JavaScript: what the style sheet alone lays out as the page is parsed (plugins/deferred-layout).
      const page = await newPage({ viewport: { width, height }, javaScriptEnabled: false });
      await page.goto(siteUrl(path));
      const { firstScreen, farLarge } = await page.evaluate(() => {
        const md = document.querySelector(".markdown") as HTMLElement;
        // A part's own box is laid out whatever happens; what may be skipped is inside it.
        const skipped = (el: Element) =>
          el.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) === false;
        const parts = [...md.children].flatMap((el) => (el.matches("[data-near-widget]") ? [...el.children] : [el]));
        const top = (el: Element) => el.getBoundingClientRect().top + scrollY;
        const large = parts.filter((el) => el.matches("[data-playground], [data-near-widget] > *"));
        return {
          firstScreen: parts.filter((el) => top(el) < innerHeight).map((el) => [el.tagName, skipped(el)]),
          farLarge: large.filter((el) => top(el) > 2 * innerHeight).map((el) => skipped(el)),
        };
      });
      expect(firstScreen.length).toBeGreaterThan(2);
      expect(firstScreen.filter(([, skipped]) => skipped)).toEqual([]);
      expect(farLarge.length).toBeGreaterThan(4);
      expect(farLarge.every((skipped) => skipped)).toBe(true);
    },
  );

  it("without a section in the address, far blocks wait for the load event, then are laid out in idle time, but for those with formulas", async () => {
    const { page, release } = await beforeLoad(412);
    const last = page.locator(".markdown > p:has(> *):not(:has(.katex))").last();
    const lastWithFormulas = page.locator(".markdown > p:has(.katex)").last();
    // A block's own box is always laid out; what waits is what is inside it.
    const skipped = (block: Locator) =>
      block.evaluate((el) => el.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) === false);
    expect(await page.evaluate(() => document.readyState)).not.toBe("complete");
    expect(await page.getAttribute("html", EXACT_LAYOUT)).toBeNull();
    expect(await skipped(last)).toBe(true);
    expect(await skipped(lastWithFormulas)).toBe(true);
    release();
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    expect(await skipped(last)).toBe(false);
    // Too big for an idle task: laid out when the reader comes near (plugins/deferred-layout/blocks.ts, IDLE_BLOCKS).
    expect(await skipped(lastWithFormulas)).toBe(true);
    await lastWithFormulas.scrollIntoViewIfNeeded();
    await expect.poll(() => skipped(lastWithFormulas)).toBe(false);
  });

  it.each([412, 1280])(
    "a reader who jumps far down before the page has laid out stays where they are as it does (%ipx wide)",
    async (width) => {
      // The load event is held, so every block above the reader is laid out after they have arrived.
      const { page, release } = await beforeLoad(width);
      // The last playground: dozens of blocks above it still have estimated heights.
      const pg = page.locator("[data-playground]").last();
      const top = () =>
        pg.evaluate((el) => new Promise<number>((r) => requestAnimationFrame(() => r(el.getBoundingClientRect().top))));
      // A jump as a drag of the scroll bar makes one, read in the same task: what the reader sees first,
      // before the blocks near their new place are laid out.
      const arrived = await pg.evaluate((el) => {
        window.scrollBy(0, el.getBoundingClientRect().top - 100);
        return el.getBoundingClientRect().top;
      });
      expect(Math.abs(arrived - 100)).toBeLessThan(1);
      expect(await page.evaluate(() => document.readyState)).not.toBe("complete");
      // The scroll was the reader's first move (src/components/Island/readerMoves.ts): the playgrounds near them load.
      release();
      // Every block laid out, and the playgrounds near the reader live (each a block that changes too).
      await settled(page);
      await pg.locator(".cm-content").waitFor();
      // Chromium keeps the reader's place by a scroll anchor. The docs sidebar, first in the page and as tall
      // as it, was once that anchor, and the text moved by up to 1,000 px as the blocks above grew; then the
      // article itself was, right after a jump onto blocks not laid out (plugins/deferred-layout/_readerPlace.ts),
      // and the playground moved 1,334 px down on a phone.
      expect(Math.abs((await top()) - arrived)).toBeLessThan(2);
    },
  );
});
