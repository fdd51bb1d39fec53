// Each article, on one page opened for it: the accessibility scans (`expectLoadedPageAccessible` in ./_axe.ts),
// in dark mode as loaded (the editors pick their theme as they load; every other test loads the articles
// light) and then in light mode as the reader's system turns light, a keyboard walk through it, and its
// playgrounds. One page for all of it: the scan lays out every block and brings every playground live, which
// the walk and the runs need too (three files did it once each, about 4 s an article each time, and a
// fourth loaded each article again for its dark scan).
//
// Every playground of every article, found from the built page itself, runs in the browser and prints
// exactly its example's committed output (`docs/<slug>/examples/<name>.output.txt`, which
// docs/<slug>/examples.test.ts pins to what the example prints in Node), with its charts drawn in the chart panel.
// Every example of an article is on its page. Nothing may leave localhost or log an error.
//
// The playgrounds of an article run one after another on one view of its page, as a reader would run
// them, and each runs in full, seed sweeps included: this is the one check that the browser's runner
// (its bundle of core, its worker) prints what Node prints, and a sweep with fewer seeds would print
// something else than the committed output.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectLoadedPageAccessible, expectTabWalkReachesAll, scanTitle } from "./_axe";
import { comeNear, setUpBrowser } from "./_browser";

const docs = new URL("../../docs/", import.meta.url);
const CHART_LINE = /^\[(line|bar|heatmap|scatter) chart .*\]$/;

/** `[id, example]` of each playground in the page's server-rendered HTML, in page order. */
function playgroundsOf(slug: string): [string, string][] {
  const dir = inject("buildDir");
  const file = [`${dir}/${slug}.html`, `${dir}/${slug}/index.html`].find((f) => existsSync(f));
  if (!file) throw new Error(`articles.test: the build has no page for /${slug}`);
  const html = readFileSync(file, "utf8");
  // The build minifies its HTML: attribute values may be quoted or not.
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|([^\\s>"]+))`).exec(tag);
  return [...html.matchAll(/<section\b[^>]*\bdata-playground=[^>]*>/g)].map((m) => {
    const id = attr(m[0], "data-playground");
    const example = attr(m[0], "data-playground-example");
    return [id?.[1] ?? id?.[2] ?? "", example?.[1] ?? example?.[2] ?? ""];
  });
}

/** The articles: every docs/<slug>/ with examples. */
const articles = readdirSync(docs, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(new URL(`${d.name}/`, docs)).includes("examples"))
  .map((d) => d.name);

/** The committed output, split into what the console shows and the chart summaries the chart panel draws. */
function expected(example: string): { text: string; charts: string[] } {
  const lines = readFileSync(new URL(example.replace(/\.ts$/, ".output.txt"), docs), "utf8")
    .trimEnd()
    .split("\n");
  return { text: lines.filter((l) => !CHART_LINE.test(l)).join("\n"), charts: lines.filter((l) => CHART_LINE.test(l)) };
}

const { open, close } = setUpBrowser();

describe.each(articles)("the article %s", (slug) => {
  const playgrounds = playgroundsOf(slug);
  let page: Page;
  beforeAll(async () => {
    page = await open(slug, { colorScheme: "dark" });
  });
  afterAll(async () => {
    await close(page);
  });

  it(`${scanTitle("dark", { turnTo: "light" }).replace("/%s ", "")}, and a Tab walk from the top reaches every link, button and control`, async () => {
    await expectLoadedPageAccessible(page, "dark", { turnTo: "light" });
    await expectTabWalkReachesAll(page);
  });

  it("every example of the article is on its page, each with its recorded output", () => {
    const examples = readdirSync(new URL(`${slug}/examples/`, docs))
      .filter((n) => /^[^_].*(?<!\.test|\.d)\.ts$/.test(n))
      .map((n) => `${slug}/examples/${n}`);
    expect(playgrounds.map(([, example]) => example).sort()).toEqual(examples.sort());
  });

  it.each(playgrounds)("%s runs in the browser and prints the committed output of %s", async (id, example) => {
    const pg = page.locator(`[data-playground="${id}"]`);
    await comeNear(pg);
    await pg.locator(".cm-content").waitFor();
    // From the keyboard: a key press on the focused button cannot miss it. (A click was once lost while both
    // cores were busy: the page moved between the press and the release, when the docs sidebar was the scroll
    // anchor and blocks above grew; links.test.ts now holds the reader's place.)
    await pg.getByRole("button", { name: /^Run/ }).press("Enter");
    const status = pg.locator("[data-playground-status]");
    // The first run on this page view has ended (data-playground-runs counts ended runs), and it succeeded.
    await expect.poll(() => status.getAttribute("data-playground-runs")).toBe("1");
    await expect(status.getAttribute("data-playground-status")).resolves.toBe("done");
    const want = expected(example);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText keeps rendered line breaks
    expect((await pg.getByRole("log").innerText()).trimEnd()).toBe(want.text);
    const charts = await pg
      .locator("[data-playground-chart] svg[role=img]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    expect(charts).toEqual(want.charts);
  });
});
