// No page runs KaTeX: the activation widgets' formulas are typeset at build time. A page shows the
// formulas the server rendered (hydration keeps them); choosing another activation, or reaching a page by
// in-site navigation, loads the build's typeset formulas, never the KaTeX runtime.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ActivationName, activations } from "@nn-explained/core";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { BEFORE_FIRST_PAINT, EXACT_LAYOUT, LAID_OUT } from "../../plugins/deferred-layout/blocks";
import { questions } from "../../src/data/questions";
import { type ReceivedScript, recordScripts, setUpBrowser, siteUrl, WAIT } from "./_browser";

const { newPage } = setUpBrowser();

/**
 * KaTeX's runtime, recognised by what it contains rather than by a chunk's name or hash: every build of
 * KaTeX carries the prefix of its ParseError messages.
 */
const KATEX_RUNTIME = /KaTeX parse error/;

/** The URLs of the scripts whose text matches `pattern`. */
async function scriptsMatching(scripts: () => Promise<ReceivedScript[]>, pattern: RegExp): Promise<string[]> {
  return (await scripts()).filter((s) => pattern.test(s.text)).map((s) => s.url);
}

/** The table of every activation's typeset formulas (plugins/activation-formulas), recognised by its content. */
const TABLE = /["']?mish["']?:\{["']?formula["']?:/;

/** The TeX a typeset formula was made from (KaTeX keeps it in the MathML's annotation). */
const texOf = (page: Page, name: string, which: "formula" | "derivative") =>
  page.locator(`[data-formula="${name}.${which}"] annotation[encoding="application/x-tex"]`).textContent();

const tex = (name: ActivationName) => ({
  formula: activations[name].formula,
  derivative: activations[name].derivativeFormula,
});

describe("math without the KaTeX runtime", () => {
  it.each(["relu-hidden-layers", "reference/activations"])(
    "/%s loads no KaTeX, and its formulas survive hydration",
    async (path) => {
      const page = await newPage();
      const scripts = recordScripts(page);
      await page.goto(siteUrl(path), { waitUntil: "networkidle" });
      await page.locator('html[data-has-hydrated="true"]').waitFor(WAIT);
      expect((await scripts()).length).toBeGreaterThan(2);
      await expect(scriptsMatching(scripts, KATEX_RUNTIME)).resolves.toEqual([]);
      // Nor the table of typeset formulas: hydration keeps the server's.
      await expect(scriptsMatching(scripts, TABLE)).resolves.toEqual([]);
      const shown = await page
        .locator("[data-formula]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-formula")));
      expect(shown.length).toBeGreaterThanOrEqual(2);
      for (const id of shown) {
        const [name, which] = (id as string).split(".") as [ActivationName, "formula" | "derivative"];
        await expect(texOf(page, name, which)).resolves.toBe(tex(name)[which]);
      }
    },
  );

  it("the explorer shows another activation's formulas, typeset at build time, when the reader picks it", async () => {
    const page = await newPage();
    const scripts = recordScripts(page);
    await page.goto(siteUrl("relu-hidden-layers"));
    await page.locator('html[data-has-hydrated="true"]').waitFor(WAIT);
    const loaded = (await scripts()).length;
    const explorer = page.locator("[data-activation-explorer]");
    await explorer.scrollIntoViewIfNeeded();
    await page.locator("[data-activation-explorer][data-live]").waitFor(WAIT);
    await explorer.getByLabel("Activation", { exact: true }).selectOption("tanh");
    await expect.poll(() => texOf(page, "tanh", "formula"), WAIT).toBe(tex("tanh").formula);
    await expect(texOf(page, "tanh", "derivative")).resolves.toBe(tex("tanh").derivative);
    expect(await explorer.locator(".katex-display").count()).toBe(2);
    expect(await explorer.locator("[aria-busy]").count()).toBe(0);
    // And back: ReLU's formulas come from the same table.
    await explorer.getByLabel("Activation", { exact: true }).selectOption("relu");
    await expect.poll(() => texOf(page, "relu", "formula"), WAIT).toBe(tex("relu").formula);
    expect((await scripts()).length, "the formulas arrived as a script").toBeGreaterThan(loaded);
    expect((await scriptsMatching(scripts, TABLE)).length).toBe(1);
    await expect(scriptsMatching(scripts, KATEX_RUNTIME)).resolves.toEqual([]);
  });

  it("after in-site navigation, the activation reference shows every formula without KaTeX", async () => {
    const page = await newPage();
    const scripts = recordScripts(page);
    await page.goto(siteUrl(""));
    await page.locator('html[data-has-hydrated="true"]').waitFor(WAIT);
    await page.locator('footer a[href$="/reference/activations"]').click();
    await page.waitForURL(/\/reference\/activations$/);
    const cards = page.locator("[data-activation-card]");
    await cards.first().waitFor(WAIT);
    const names = (await cards.evaluateAll((els) =>
      els.map((e) => e.getAttribute("data-activation-card")),
    )) as ActivationName[];
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      await expect.poll(() => texOf(page, name, "formula"), WAIT).toBe(tex(name).formula);
      await expect(texOf(page, name, "derivative")).resolves.toBe(tex(name).derivative);
    }
    await expect(scriptsMatching(scripts, KATEX_RUNTIME)).resolves.toEqual([]);
  });
});

/** A KaTeX font file's name without the bundler's hash: `KaTeX_Main-Regular`. */
const fontName = (url: string) => (/\/(KaTeX_[\w-]+?)-[0-9a-f]{32}\.woff2$/.exec(url)?.[1] ?? url) as string;

/**
 * Run before a page's own scripts (Playwright's init script): records each attribute set on (`+name`), changed on
 * (`=name`) or removed from (`-name`) the page's `<html>`, in order, in `window.htmlAttributes`.
 */
function recordHtmlAttributes(): void {
  const seen: string[] = [];
  (window as unknown as { htmlAttributes: string[] }).htmlAttributes = seen;
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target !== document.documentElement || !r.attributeName) continue;
      const change = r.oldValue === null ? "+" : document.documentElement.hasAttribute(r.attributeName) ? "=" : "-";
      seen.push(`${change}${r.attributeName}`);
    }
  }).observe(document, { attributes: true, attributeOldValue: true, subtree: true });
}

/** What a page's first screen needs of KaTeX's fonts, what it preloaded, and how often each file came. */
async function firstScreenFonts(page: Page) {
  await page.locator(`html[${LAID_OUT}]`).waitFor(WAIT);
  // The glyphs of formulas on the screen, by the fonts the browser drew them in (their PostScript names
  // are the files' names: KaTeX_Math-Italic).
  const probe = "data-test-font-probe";
  const formulasOnScreen = await page.evaluate((attr) => {
    let shown = 0;
    for (const formula of document.querySelectorAll(".katex-html")) {
      const box = formula.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= innerHeight || box.width === 0) continue;
      shown += 1;
      for (const el of [formula, ...formula.querySelectorAll("*")]) {
        if ([...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent)) el.setAttribute(attr, "");
      }
    }
    return shown;
  }, probe);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: `[${probe}]` });
  const drawn = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    for (const f of fonts) if (f.isCustomFont) drawn.add(f.postScriptName);
  }
  await cdp.detach();
  const { preloaded, fetched } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')]
      .filter((l) => matchMedia(l.media || "all").matches)
      .map((l) => l.href),
    fetched: performance
      .getEntriesByType("resource")
      .filter((e) => e.name.includes("/fonts/KaTeX_"))
      .map((e) => e.name),
  }));
  return {
    formulasOnScreen,
    drawn: [...drawn].sort(),
    preloaded: preloaded.map(fontName).sort(),
    fetched,
  };
}

describe("KaTeX's fonts in the build", () => {
  it("are named in WOFF2 only, and no other format is built (plugins/font-files/woff2Only.ts)", () => {
    const buildDir = inject("buildDir");
    const css = readdirSync(join(buildDir, "assets/css"))
      .filter((f) => f.endsWith(".css"))
      .map((f) => readFileSync(join(buildDir, "assets/css", f), "utf8"))
      .join("\n");
    const sources = [...css.matchAll(/@font-face\{[^}]*?src:([^;}]*)/g)].map(([, src]) => src ?? "");
    // KaTeX's 20 faces, each one file.
    expect(sources.length).toBeGreaterThanOrEqual(20);
    expect(sources.filter((src) => !/^url\([^)]+\.woff2\)\s*format\("woff2"\)$/.test(src.trim()))).toEqual([]);
    const fonts = readdirSync(join(buildDir, "assets/fonts"));
    expect(fonts.filter((f) => !f.endsWith(".woff2"))).toEqual([]);
  });
});

describe("KaTeX's fonts on a first screen", () => {
  // A formula on a desktop's first screen is drawn in KaTeX's glyphs from its first paint: its fonts are
  // preloaded (plugins/mdx/rehypeFirstScreenFonts.ts), not found by the first layout and swapped in after it,
  // which moved /reference/metrics' formulas (a layout shift of up to 0.011).
  // Pages and screens with formulas on the first screen (an article's begins with its short answer).
  const screens: [string, number, number][] = [
    ["reference/metrics", 1280, 720],
    ["reference/metrics", 1920, 1080],
    ["relu-hidden-layers", 1920, 1080],
    ["sigmoid-multiclass", 1920, 1080],
    ["regression-output-activation", 1920, 1080],
  ];
  it.each(screens)(
    "/%s at %d×%d preloads every font its first screen's formulas are drawn in, each once",
    async (path, width, height) => {
      const page = await newPage({ viewport: { width, height } });
      await page.goto(siteUrl(path));
      const { formulasOnScreen, drawn, preloaded, fetched } = await firstScreenFonts(page);
      expect(formulasOnScreen, "the test needs formulas on this first screen").toBeGreaterThan(0);
      expect(drawn.length).toBeGreaterThan(0);
      for (const name of drawn) expect(preloaded, `${name}, drawn on the first screen`).toContain(name);
      // The preload's request is the one the style sheet uses (same URL, same CORS mode): no file comes twice.
      expect(fetched.length).toBe(new Set(fetched).size);
      // And each preloaded file is drawn from somewhere on the page (a preload nobody uses costs bandwidth and a
      // console warning): its face (KaTeX_Main-BoldItalic: KaTeX_Main, italic, 700) has loaded.
      const loaded = await page.evaluate(() =>
        [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family}|${f.style}|${f.weight}`),
      );
      for (const name of preloaded) {
        const [family, variant = ""] = name.split("-") as [string, string?];
        const face = `${family}|${variant.endsWith("Italic") ? "italic" : "normal"}|${variant.startsWith("Bold") ? 700 : 400}`;
        expect(loaded, `${name}, preloaded`).toContain(face);
      }
    },
  );

  it.each(["relu-hidden-layers", "sigmoid-multiclass", "regression-output-activation"])(
    "/%s on a phone asks for the fonts of formulas below its first screen after its first paint, none before",
    async (path) => {
      const page = await newPage({ viewport: { width: 412, height: 823 } });
      await page.addInitScript(recordHtmlAttributes);
      await page.goto(siteUrl(path));
      await page.locator(`html[${LAID_OUT}]`).waitFor(WAIT);
      const { paint, fonts, attributes } = await page.evaluate(() => ({
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
        fonts: performance
          .getEntriesByType("resource")
          .filter((e) => e.name.includes("/fonts/KaTeX_"))
          .map((e) => ({ name: e.name, start: e.startTime })),
        attributes: (window as unknown as { htmlAttributes: string[] }).htmlAttributes,
      }));
      // The formulas below the screen are laid out once the paint is reported: their fonts come then.
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.start, fontName(font.name)).toBeGreaterThan(paint);
      expect(attributes.filter((a) => a.endsWith(BEFORE_FIRST_PAINT))).toEqual([
        `+${BEFORE_FIRST_PAINT}`,
        `-${BEFORE_FIRST_PAINT}`,
      ]);
    },
  );

  it("an address naming a section, and a reload, hold nothing back for the first paint", async () => {
    const page = await newPage({ viewport: { width: 412, height: 823 } });
    await page.addInitScript(recordHtmlAttributes);
    const attributes = () => page.evaluate(() => (window as unknown as { htmlAttributes: string[] }).htmlAttributes);
    await page.goto(siteUrl("regression-output-activation#short-answer"));
    await page.locator(`html[${LAID_OUT}]`).waitFor(WAIT);
    expect(await attributes()).toContain(`+${EXACT_LAYOUT}`);
    expect((await attributes()).filter((a) => a.endsWith(BEFORE_FIRST_PAINT))).toEqual([]);
    // A reload goes back to where the reader was: the page must be as long as it will be. (No scroll here: a
    // reader's first move loads the playgrounds, whose requests the reload would cancel.)
    await page.goto(siteUrl("regression-output-activation"));
    await page.locator(`html[${LAID_OUT}]`).waitFor(WAIT);
    await page.reload();
    await page.locator(`html[${LAID_OUT}]`).waitFor(WAIT);
    expect((await attributes()).filter((a) => a.endsWith(BEFORE_FIRST_PAINT))).toEqual([]);
  });

  // The hold (plugins/deferred-layout/blocks.ts) counts the parts after the short answer that may begin on a
  // screen from bounds measured on the articles; a shorter short answer, or less above it, would have it hold
  // back a part on the first screen, which would appear a frame late and move what is below it.
  it("holds back no part that begins on a phone's or a tablet's first screen", async () => {
    const screens = [
      [320, 568],
      [360, 640],
      [360, 800],
      [375, 667],
      [390, 844],
      [412, 823],
      [412, 915],
      [414, 896],
      [430, 932],
      [430, 1000],
      [600, 960],
      [768, 1024],
      [820, 1180],
      [996, 1400],
    ] as const;
    const page = await newPage({ viewport: { width: 412, height: 823 } });
    let held = 0;
    for (const { slug } of questions) {
      // The address names a section: every part is laid out where it will be, and nothing is held back.
      await page.goto(siteUrl(`${slug}#short-answer`));
      await page.locator(`html[${LAID_OUT}]`).waitFor(WAIT);
      for (const [width, height] of screens) {
        await page.setViewportSize({ width, height });
        const tops = await page.evaluate((attribute) => {
          const parts = [...document.querySelectorAll(".markdown > *")];
          document.documentElement.setAttribute(attribute, "");
          const hidden = parts.filter((part) => getComputedStyle(part).display === "none");
          document.documentElement.removeAttribute(attribute);
          return hidden.map((part) => {
            const box = (getComputedStyle(part).display === "contents" ? part.firstElementChild : part) ?? part;
            return box.getBoundingClientRect().top + scrollY;
          });
        }, BEFORE_FIRST_PAINT);
        for (const top of tops) expect(top, `/${slug} at ${width}×${height}`).toBeGreaterThanOrEqual(height);
        held += tops.length;
      }
    }
    expect(held, "the test needs parts held back").toBeGreaterThan(0);
  });

  it("a phone preloads none: its first screen is a few parts, and the fonts would compete with them", async () => {
    const page = await newPage({ viewport: { width: 412, height: 823 } });
    await page.goto(siteUrl("regression-output-activation"));
    await page.locator(`html[${LAID_OUT}]`).waitFor(WAIT);
    const links = page.locator('link[rel="preload"][as="font"]');
    expect(await links.count()).toBeGreaterThan(0);
    const matching = await links.evaluateAll((els) =>
      els.filter((l) => matchMedia((l as HTMLLinkElement).media).matches),
    );
    expect(matching).toEqual([]);
  });
});
