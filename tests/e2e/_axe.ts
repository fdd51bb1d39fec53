// The accessibility checks, shared by the files that run them (a11y-pages.test.ts, and articles.test.ts for the
// articles in light mode): split so that the run's two workers share the slowest scans instead of one file
// holding a worker for ten minutes.
import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import type { CDPSession, Page } from "playwright-core";
import { expect } from "vitest";
import { BLOCKS, CODE_BLOCKS, LAID_OUT, PARTS, WIDGET } from "../../plugins/deferred-layout/blocks";
import { comeNear, editorsLoaded, type setUpBrowser, WAIT } from "./_browser";

/**
 * The one exception, and why: a live playground editor longer or wider than its box scrolls in
 * CodeMirror's `.cm-scroller`. Keyboard users reach it through Sandpack's focusable wrapper around it
 * (`role="textbox"`, Tab stops there, Enter starts editing and the caret scrolls the text, Escape
 * leaves), but the wrapper is the scroller's ancestor, and axe looks for a focusable element inside
 * it. `playground.test.ts` checks that keyboard path. Every other scrollable region must pass.
 */
function withoutEditorScroller<V extends { id: string; nodes: { target: unknown[] }[] }>(violation: V): V {
  if (violation.id !== "scrollable-region-focusable") return violation;
  return { ...violation, nodes: violation.nodes.filter((n) => !String(n.target.at(-1)).endsWith(".cm-scroller")) };
}

/**
 * The rules whose outcome depends on the colour theme. Both themes render the same markup, so the rest
 * of axe's rules would find in dark mode exactly what they find in light mode.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * The rules axe runs by default that can report a serious or critical violation: a rule whose every check
 * reports a lesser impact can never fail these scans, and one of them, `region` (moderate: "all content is
 * in a landmark"), walks every element, three quarters of an article's scan. Read from axe's own metadata
 * (each check's impact), so a rule that gains a serious check comes back by itself.
 */
async function rulesThatCanFail(page: Page): Promise<string[]> {
  rulesOnce ??= (async () => {
    await page.evaluate(axe.source);
    return page.evaluate(() => {
      interface Audit {
        rules: {
          id: string;
          enabled: boolean;
          tags: string[];
          any: { id: string }[];
          all: { id: string }[];
          none: { id: string }[];
        }[];
        data: { checks: Record<string, { impact?: string } | undefined> };
      }
      const audit = (window as unknown as { axe: { _audit: Audit } }).axe._audit;
      const serious = (check: { id: string }) =>
        ["serious", "critical"].includes(audit.data.checks[check.id]?.impact ?? "");
      return (
        audit.rules
          // What axe runs by default: enabled rules but the experimental ones.
          .filter((r) => r.enabled && !r.tags.includes("experimental") && [...r.any, ...r.all, ...r.none].some(serious))
          .map((r) => r.id)
      );
    });
  })();
  return rulesOnce;
}
let rulesOnce: Promise<string[]> | undefined;

/** The articles: the largest pages, and the ones with playgrounds to walk through. */
export const ARTICLES = [
  "relu-hidden-layers",
  "sigmoid-multiclass",
  "regression-output-activation",
  "f1-micro-average",
];

type Theme = "light" | "dark";

export interface ScanOptions {
  /**
   * The reader's system then turns to this theme on the same page, as an operating system's switch at dusk
   * does: the site follows, and the colour rules must pass again. That is a scan of that theme of its own,
   * without loading the page a second time.
   */
  turnTo?: Theme;
  /** Only the colour rules at load: for a page whose other rules another scan of the same markup runs. */
  colourOnly?: boolean;
}

/**
 * Opens `path` in `theme` and expects it to load cleanly and axe to find no serious or critical violation:
 * every rule that can report one (the colour rules alone with `colourOnly`). Loading cleanly: no console
 * error, failed or outside request (setUpBrowser's watch, checked after the test), a title (h1) and the
 * theme asked for, and the page's work after loading done. Every page goes through here (the articles
 * through `expectLoadedPageAccessible`, on the page articles.test.ts opens for them in dark mode, whose
 * watch is checked when its file closes it), which is the site's only check that each one loads
 * (pages.test.ts does not load them again). With `turnTo`, the other theme's colours are scanned too.
 */
export async function expectNoSeriousViolation(
  visit: ReturnType<typeof setUpBrowser>["visit"],
  path: string,
  theme: Theme,
  options: ScanOptions = {},
): Promise<void> {
  await expectLoadedPageAccessible(await visit(path, { colorScheme: theme }), theme, options);
}

/**
 * The checks of `expectNoSeriousViolation` on a page already loaded in `theme` (by `open`, say, for a test file
 * that goes on with the page), from the wait for its work after loading on.
 */
export async function expectLoadedPageAccessible(
  page: Page,
  theme: Theme,
  { turnTo, colourOnly = false }: ScanOptions = {},
): Promise<void> {
  expect(await page.getAttribute("html", "data-theme")).toBe(theme);
  await expect(page.locator("h1").first().textContent()).resolves.toBeTruthy();
  // axe reads colour contrast from what is painted where: check the page once every block has its
  // real size (plugins/deferred-layout finishes the prose in idle time after load; code blocks need to
  // have been shown), and the playgrounds, which the scroll brought near, show their editors.
  await page.locator(`html[${LAID_OUT}]`).waitFor();
  await expectNoShiftWhileLoading(page);
  await showEveryBlock(page);
  await editorsLoaded(page);
  await expectNoSeriousFinding(page, colourOnly ? COLOUR_RULES : await rulesThatCanFail(page));
  if (!turnTo) return;
  await page.emulateMedia({ colorScheme: turnTo });
  await page.locator(`html[data-theme="${turnTo}"]`).waitFor();
  await showEveryBlock(page, { again: true });
  await expectNoSeriousFinding(page, COLOUR_RULES);
}

/**
 * The most the layout shifts of a page's load (from navigation until its work after loading is done) may add up
 * to, as Lighthouse's cumulative layout shift adds them (under 0.1 is "good"). KaTeX's fonts arriving after the
 * first paint moved /reference/metrics' formulas by 0.0014-0.011 before a desktop's first screen preloaded
 * them (plugins/mdx/rehypeFirstScreenFonts.ts), and failed this check once. Before the
 * first screen's blocks were laid out as parsed (plugins/deferred-layout/blocks.ts, FIRST_SCREEN), a paragraph
 * painted at its estimated height moved /reference/api/tensor by 0.065 in this viewport, and three more pages by
 * 0.004-0.009; the navbar's logo and the code blocks' word-wrap button moved every page by 0.0001-0.0007.
 */
export const LOAD_SHIFT_LIMIT = 0.005;

/**
 * Expects what the page showed as it loaded not to have moved (LOAD_SHIFT_LIMIT): nothing a reader sees jumps
 * while a block takes its real height, an image its size or a live part its place. The browser keeps a page's
 * layout shifts (up to 150), and hands them to an observer that asks for the buffered ones.
 */
export async function expectNoShiftWhileLoading(page: Page): Promise<void> {
  const shifts = await page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: "layout-shift", buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node | null }[];
    })[];
    observer.disconnect();
    const name = (node?: Node | null) =>
      node instanceof Element
        ? `${node.localName}${node.id ? `#${node.id}` : ""}${[...node.classList].map((c) => `.${c}`).join("")}`
        : String(node?.nodeName);
    // As Lighthouse counts them: a shift right after the reader's input is the reader's doing.
    return entries
      .filter((e) => !e.hadRecentInput)
      .map((e) => ({ at: Math.round(e.startTime), value: e.value, moved: e.sources.map((s) => name(s.node)) }));
  });
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  const list = shifts.map((s) => `at ${s.at} ms, ${s.value.toFixed(4)}: ${s.moved.join(", ")}`).join("\n");
  expect(total, `layout shifts while ${page.url()} loaded:\n${list}`).toBeLessThanOrEqual(LOAD_SHIFT_LIMIT);
}

/** Runs axe's `rules` on `page` as it is, and expects nothing serious (see expectNoSeriousViolation). */
async function expectNoSeriousFinding(page: Page, rules: string[]): Promise<void> {
  const { violations, incomplete } = await fastAxe(page).withRules(rules).analyze();
  // A rule that throws is reported as "incomplete" with an error, not as a violation: it checked nothing.
  const failed = incomplete.flatMap((r) =>
    r.nodes
      .flatMap((n) => [...n.any, ...n.all, ...n.none])
      .filter((c) => c.id === "error-occurred")
      .slice(0, 1)
      .map((c) => `${r.id}: ${c.data?.message ?? c.message}`),
  );
  expect(failed, "axe rules that did not run").toEqual([]);
  // Texts axe found covered by another element, whose colours it could not check: a fifth of an article's
  // texts before showEveryBlock (700 of 3,700 on relu), under 1% since; some glyphs of formulas and labels
  // of charts remain, each under a neighbouring box.
  const covered = incomplete
    .filter((r) => r.id === "color-contrast")
    .flatMap((r) => r.nodes)
    .filter((n) => [...n.any, ...n.all, ...n.none].some((c) => c.data?.messageKey === "bgOverlap"));
  const coveredTexts = covered.map((n) => `${n.target.join(" ")}: ${n.html.slice(0, 80)}`).join("\n");
  expect(covered.length, `texts whose colours axe could not check:\n${coveredTexts}`).toBeLessThanOrEqual(
    0.05 * (await countTexts(page)),
  );
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(withoutEditorScroller)
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}

/**
 * An axe run on `page` that reports every violation and every incomplete check, in half the time of
 * AxeBuilder's default (3.8 s against 7.9 s for the colour rules on relu):
 * - It runs `axe.run` in the page ("legacy mode") instead of `runPartial` in every frame and `finishRun` in
 *   a new blank page, which takes the results of every node across the protocol twice. What legacy mode
 *   leaves out is cross-origin frames: the one on these pages is the playground runner's sandboxed frame,
 *   which starts a worker and shows nothing (its element, and so its `title`, is still checked).
 * - Passes and inapplicable results keep one node each (`resultTypes`): the scans read neither.
 */
export function fastAxe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations", "incomplete"] });
}

/**
 * How many texts `page` shows: elements with text of their own that the browser renders, which is what axe's
 * colour rule checks (give or take the ones it finds too small or hidden to judge).
 */
function countTexts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.body.querySelectorAll("*")].filter(
        (el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) &&
          el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      ).length,
  );
}

/**
 * What plugins/deferred-layout lays out only near the viewport and holds links: large parts, what widgets
 * hold, blocks with formulas.
 */
const SHOWN_NEAR_WITH_LINKS = `${PARTS}, ${WIDGET} > *, :is(${BLOCKS}):has(.katex)`;
/** What plugins/deferred-layout lays out only near the viewport: code blocks, and the above. */
const SHOWN_NEAR = `${CODE_BLOCKS}, ${SHOWN_NEAR_WITH_LINKS}`;

/**
 * Brings every code block, large part and block with formulas (SHOWN_NEAR) into view, one after the other, as a
 * reader scrolling through does, and waits until each has been shown. A code block keeps an estimated height
 * until it is first shown (plugins/deferred-layout), while its code has its real one: axe, which finds colours
 * by hit-testing, reads
 * the text below such a block as covered by the block's overflow and gives up on it (660-700 texts on an
 * article). On a freshly loaded sigmoid, regression or F1 article its grid even throws, and it skips the
 * colour rule for the whole page. Once shown, a block keeps its real height. The wait is for that state,
 * however slow the frames: an earlier version waited a fixed time for two frames after each scroll, and on
 * a machine whose cores were both busy it left 600 texts of relu covered.
 */
async function showEveryBlock(page: Page, { again = false } = {}): Promise<void> {
  // After a change of theme, the large parts and the blocks with formulas (which hold links) are shown again: a
  // skipped block's style is not recomputed until it is shown (or read), so axe's read would start the links'
  // colour transitions and see their light colour.
  if (again)
    await page.evaluate((selector) => {
      const w = window as unknown as { shownBlocks?: WeakSet<Element> };
      for (const block of document.querySelectorAll(selector)) w.shownBlocks?.delete(block);
    }, SHOWN_NEAR_WITH_LINKS);
  try {
    await page.waitForFunction(
      (selector) => {
        const w = window as unknown as { shownBlocks?: WeakSet<Element>; scrolledTo?: [Element, number] };
        w.shownBlocks ??= new WeakSet();
        // A colour transition waits while its block's content is skipped.
        const settled = (block: Element) =>
          block
            .getAnimations({ subtree: true })
            .every((a) => !(a instanceof CSSTransition) || a.playState === "finished");
        for (const block of document.querySelectorAll(selector)) {
          // Shown before, or not on show at all (in a closed <details>, say), so axe does not look at it.
          if ((w.shownBlocks.has(block) && settled(block)) || !block.checkVisibility({ contentVisibilityAuto: true }))
            continue;
          // Shown: its content is no longer skipped by `content-visibility: auto`, and its transitions are done.
          if (block.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) && settled(block)) {
            w.shownBlocks.add(block);
            continue;
          }
          block.scrollIntoView({ block: "nearest" });
          // For the message if the wait times out: the block scrolled to, and how many frames in a row.
          w.scrolledTo = [block, w.scrolledTo?.[0] === block ? w.scrolledTo[1] + 1 : 1];
          return false;
        }
        window.scrollTo(0, 0);
        return true;
      },
      SHOWN_NEAR,
      { polling: "raf", ...WAIT },
    );
  } catch (error) {
    // Once, under two busy loops, an F1 article's blocks were not all shown in 180 s: say which one waited.
    const state = await page
      .evaluate((selector) => {
        const w = window as unknown as { scrolledTo?: [Element, number] };
        const [block, frames] = w.scrolledTo ?? [];
        if (!block) return "no block was scrolled to";
        const at = [...document.querySelectorAll(selector)].indexOf(block);
        const r = block.getBoundingClientRect();
        const child = block.firstElementChild;
        return (
          `block ${at} (${block.isConnected ? "in the page" : "removed"}), scrolled to in the last ${frames} frames ` +
          `in a row; its box ${Math.round(r.top)}..${Math.round(r.bottom)} in a viewport of ${innerHeight}, ` +
          `scrollY ${Math.round(scrollY)}; first child <${child?.tagName.toLowerCase()}> ` +
          `shown: ${child?.checkVisibility({ contentVisibilityAuto: true })}; ` +
          `text: ${block.textContent?.trim().slice(0, 60)}`
        );
      }, SHOWN_NEAR)
      .catch((e: unknown) => `(the page could not say: ${e})`);
    throw new Error(`showEveryBlock: ${state}`, { cause: error });
  }
}

/** The test's name for a scan of `theme` (`%s` stands for the page's path). */
export function scanTitle(theme: Theme, { turnTo, colourOnly = false }: ScanOptions = {}): string {
  const what = colourOnly ? "serious or critical colour violation" : "serious or critical violation";
  const after = turnTo ? `, nor a colour one once the system turns ${turnTo}` : "";
  return `/%s in ${theme} mode loads cleanly and has no ${what}${after}`;
}

/**
 * Walks `page` from its top with the Tab key, as a keyboard user does, and expects every link, button and
 * control it shows to get focus on the way. Each playground and each widget must be live first (their
 * static markup is replaced as they go live, and the walk must meet the page a reader tabs through): on the
 * articles, the accessibility scan before the walk has brought most of them there (articles.test.ts), and
 * this brings the rest.
 */
export async function expectTabWalkReachesAll(page: Page): Promise<void> {
  // Every lazy widget (a playground) swaps its static fallback for the live controls near the viewport:
  // bring each there first and wait for its editor, so that the walk meets the live page.
  for (const pg of await page.locator("[data-playground]").all()) {
    await comeNear(pg);
    await pg.locator(".cm-content").waitFor();
  }
  // The same for the widgets that go live as the reader comes near (their markup is replaced).
  for (const widget of [
    "[data-activation-explorer]",
    '[data-widget="averaging-explorer"]',
    "[data-softmax-explorer]",
  ]) {
    if ((await page.locator(widget).count()) === 0) continue;
    await page.locator(widget).scrollIntoViewIfNeeded();
    await page.locator(`${widget}[data-live]`).waitFor();
  }
  // The navbar's static search bar gives way to the plugin's at the first sign of interest (focus
  // included), so a Tab onto it could land on an input the walk never marked: bring the plugin's in first.
  await page.locator("form.navbar__search").hover();
  await page.locator("div.navbar__search input.navbar__search-input").waitFor();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.mouse.click(1, 1);
  // At the top, the "back to top" button fades out (it is not a Tab stop then): mark the page once it has.
  await page.locator(".theme-back-to-top-button").waitFor({ state: "hidden" });
  const focusables = await markFocusables(page);
  expect(focusables.length).toBeGreaterThan(10);
  // The page notes each marked element that gets focus, so the walk presses Tab without asking where
  // focus is after each press (one round trip a step, not two), and looks every few steps.
  await page.evaluate(() => {
    const reached = new Set<string>();
    (window as unknown as { kbdReached: Set<string> }).kbdReached = reached;
    document.addEventListener("focusin", (e) => {
      const at = (e.target as HTMLElement | null)?.dataset?.kbd;
      if (at !== undefined) reached.add(at);
    });
  });
  const reachedNow = () => page.evaluate(() => [...(window as unknown as { kbdReached: Set<string> }).kbdReached]);
  const cdp = await page.context().newCDPSession(page);
  let reached = new Set<string>();
  try {
    // Every element can be reached at most once per walk; allow generous room for unmarked stops.
    for (let step = 0; step < focusables.length * 3 + 20; step += TABS_AT_ONCE) {
      await pressTab(cdp, TABS_AT_ONCE);
      reached = new Set(await reachedNow());
      if (reached.size === focusables.length) break;
    }
  } finally {
    await cdp.detach();
  }
  const missed = focusables.filter((_, i) => !reached.has(String(i)));
  expect(missed).toEqual([]);
}

/** How many Tab presses the walk sends before it asks the page where focus has been. */
const TABS_AT_ONCE = 20;

/**
 * Presses Tab `n` times in a row, each a key down and a key up, as a reader tapping the key quickly does: the
 * presses are sent without waiting for each to be handled (the browser handles them in order), so the page
 * moves focus several times between two frames instead of drawing a frame for each. An article's walk of
 * 300 presses: 5.3 s and 5.4 s of renderer CPU one by one, 2.1 s and 2.4 s twenty at a time (the headless
 * shell, `.dbg/tabpipe.mjs`, 2026-12-06). Playwright's `keyboard.press` sent at once would send every key down
 * before the first key up, which the page sees as a held key repeating.
 */
async function pressTab(cdp: CDPSession, n: number): Promise<void> {
  const tab = { key: "Tab", code: "Tab", windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: n }, () => [
      cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...tab }),
      cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...tab }),
    ]).flat(),
  );
}

/** Marks every element a keyboard user must be able to reach, and returns how many there are. */
function markFocusables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      "a[href]",
      "button:not([disabled])",
      "input:not([disabled]):not([type=hidden])",
      "select:not([disabled])",
      "textarea:not([disabled])",
      "summary",
      "[tabindex]:not([tabindex='-1'])",
      "[contenteditable='true']",
    ].join(",");
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !el.closest("[inert], [aria-hidden='true']") &&
        el.checkVisibility({ visibilityProperty: true }) &&
        el.getClientRects().length > 0,
    );
    return all.map((el, i) => {
      el.dataset.kbd = String(i);
      return `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 50)}`;
    });
  });
}
