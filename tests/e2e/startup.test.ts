import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { holdScripts, setUpBrowser, siteUrl } from "./_browser";

const { open, newPage } = setUpBrowser();
const buildDir = inject("buildDir");
const baseUrl = inject("baseUrl");

/**
 * Code a reader who only reads does not need as a page starts, each known by a string only it contains.
 * Each is loaded when wanted: the search bar on first interest (src/theme/SearchBar), the progress bar
 * on a slow navigation, the rest on the pages that render them (plugins/lean-startup, the lazy wrappers
 * under src/theme, the short answers imported by the articles), the activation explorer as the reader comes near.
 */
const LEFT_OUT: Record<string, string> = {
  "the search plugin's bar": "autocomplete:selected",
  "the bridge to the search worker (comlink)": "Comlink.proxy",
  tslib: "__createBinding",
  "the navigation progress bar (nprogress)": 'role="bar"',
  "the admonition": "theme.admonition.note",
  "the 404 page's suggestions": "Perhaps you were looking for",
  "the anchor redirects": "anchor redirects form a cycle",
  "the questions and their short answers": "shortAnswer:",
  "the activation explorer (with core's catalogue and the chart)": "The table below lists more values.",
};

/**
 * The text of every script `page` has loaded so far for itself, from the build: not those it prefetched
 * for other pages in idle time (plugins/route-prefetch).
 */
async function loadedScripts(page: Page): Promise<{ url: string; text: string }[]> {
  const urls = await page.evaluate(() => {
    const prefetched = new Set(
      [...document.querySelectorAll<HTMLLinkElement>("link[rel=prefetch]")].map((l) => l.href),
    );
    return performance
      .getEntriesByType("resource")
      .filter((e) => !(e as PerformanceResourceTiming).initiatorType.startsWith("link") || !prefetched.has(e.name))
      .map((e) => e.name)
      .filter((u) => new URL(u).pathname.endsWith(".js"));
  });
  return [...new Set(urls)].map((url) => ({ url, text: scriptText(url) }));
}

/** The text of the built script at a local URL ("" for none). */
function scriptText(url: string): string {
  const file = join(buildDir, decodeURIComponent(new URL(url).pathname.slice(baseUrl.length)));
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

/** Which of LEFT_OUT the scripts contain. */
function found(scripts: { text: string }[]): string[] {
  return Object.entries(LEFT_OUT)
    .filter(([, marker]) => scripts.some((s) => s.text.includes(marker)))
    .map(([what]) => what);
}

describe("what a page's start-up code leaves out", () => {
  it("each left-out piece is in the build, known by its string", () => {
    const dir = join(buildDir, "assets/js");
    const scripts = readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => ({ text: readFileSync(join(dir, f), "utf8") }));
    expect(found(scripts)).toEqual(Object.keys(LEFT_OUT));
  });

  // The landing page, an article opened at a section (an address with an anchor), reference pages, search.
  it.each([
    // The landing page renders the short answers; an article keeps its own as the server rendered it.
    { path: "", needs: ["the questions and their short answers"] },
    { path: "relu-hidden-layers#dying-relu", needs: [] },
    { path: "reference/api/softmax", needs: [] },
    { path: "reference/activations", needs: [] },
    // The search page searches at once, through the worker.
    { path: "search", needs: ["the bridge to the search worker (comlink)"] },
  ])("/$path loads none of it but what it renders", async ({ path, needs }) => {
    const page = await open(path);
    await page.locator(`html[${LAID_OUT}]`).waitFor();
    expect(found(await loadedScripts(page))).toEqual(needs);
  });

  it("the anchor redirects load for an anchor of the API reference's index, and redirect it", async () => {
    const page = await open("reference/api#softmax");
    await page.waitForURL((url) => url.pathname === new URL(siteUrl("reference/api/softmax")).pathname);
    expect(found(await loadedScripts(page))).toContain("the anchor redirects");
  });
});

describe("the load events of <svg> elements", () => {
  it("stop at the document, before React's listener on the root", async () => {
    const page = await newPage();
    // Listens as React does, in the capture phase, on a node below the document: <html>, from
    // DOMContentLoaded on (the <svg> elements' load events come right after it). And on the document itself,
    // before the page's head script: there every <svg>'s load event arrives.
    await page.addInitScript(() => {
      const seen = { svg: 0, atDocument: 0 };
      Object.defineProperty(window, "__loads", { value: seen });
      document.addEventListener(
        "load",
        (e) => {
          if (e.target instanceof SVGSVGElement) seen.atDocument++;
        },
        true,
      );
      document.addEventListener("DOMContentLoaded", () => {
        document.documentElement.addEventListener(
          "load",
          (e) => {
            if (e.target instanceof SVGSVGElement) seen.svg++;
          },
          true,
        );
      });
    });
    await page.goto(siteUrl("f1-micro-average"), { waitUntil: "load" });
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    const { loads, outermost } = await page.evaluate(() => ({
      loads: (window as unknown as { __loads: { svg: number; atDocument: number } }).__loads,
      outermost: [...document.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg")).length,
    }));
    // Each of these is sent a load event as the page loads (plugins/lean-startup/svgLoadEvents.ts).
    expect(outermost).toBeGreaterThan(100);
    expect(loads.atDocument).toBeGreaterThan(100);
    expect(loads.svg).toBe(0);
  });
});

describe("the navigation progress bar", () => {
  it("shows on a navigation that lasts, loaded then, and goes when the page has rendered", async () => {
    const page = await open("");
    const scripts = await holdScripts(page);
    // A page the landing page does not link to, so its code was not prefetched: the navigation waits for it.
    await page.evaluate(
      (address) => {
        window.history.pushState(null, "", address);
        window.dispatchEvent(new PopStateEvent("popstate"));
      },
      new URL(siteUrl("reference/api/errors")).pathname,
    );
    // After the bar's delay, its code is requested (and held, with the page's): only then.
    const isBar = (url: string) =>
      found([{ text: scriptText(url) }]).includes("the navigation progress bar (nprogress)");
    await expect.poll(() => scripts.held().some(isBar)).toBe(true);
    expect(found(await loadedScripts(page))).not.toContain("the navigation progress bar (nprogress)");
    await scripts.release(isBar);
    await page.locator("#nprogress .bar").waitFor({ state: "attached" });
    await scripts.release();
    await page
      .locator("h1")
      .filter({ hasText: /errors/i })
      .waitFor();
    await page.locator("#nprogress").waitFor({ state: "detached" });
  });
});
