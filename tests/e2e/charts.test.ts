// Heatmap and scatter charts drawn from reader code in the production build: the figures carry their
// markup and text summaries, a chart with an id is redrawn in place while the code runs (one figure,
// a new picture each frame), the browser's canvases show the server's PNGs pixel for pixel, and the panel
// passes axe in dark mode and, once the system turns light, its colour rules in light mode. Nothing may leave
// localhost or log an error.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { COLOUR_RULES, fastAxe } from "./_axe";
import { comeNear, setUpBrowser } from "./_browser";

const PAGE = "sigmoid-multiclass";
const PLAYGROUND = "softmax-stability";
// Generous: waits for states on a busy machine, never a speed limit.
const WAIT = { timeout: 60_000 };
const FRAMES = 20;

/** Reader code: a 64×64 map with 500 points and four hidden-unit maps, redrawn FRAMES times; and a scatter chart. */
const CODE = [
  'import { heatmapChart, scatterChart } from "@nn-explained/playground";',
  "const x = Array.from({ length: 64 }, (_, i) => -2 + (4 * i) / 63);",
  "const y = x;",
  "const points = Array.from({ length: 500 }, (_, i) => [1.8 * Math.cos(i * 2.4), 1.8 * Math.sin(i * 1.7)]);",
  "const labels = points.map(([a, b]) => (a * b > 0 ? 1 : 0));",
  'scatterChart({ title: "Data", points, labels, xLabel: "x1", yLabel: "x2" });',
  "let frame = 0;",
  "function draw() {",
  "  const t = frame / 10;",
  "  const p = (a, b) => 1 / (1 + Math.exp(-(3 * a * b + t - 1)));",
  '  heatmapChart({ id: "regions", title: "Regions", x, y, z: y.map((b) => x.map((a) => [p(a, b)])), points, labels });',
  "  const maps = [0, 1, 2, 3].map((k) => ({",
  "    name: `unit ${k + 1}`,",
  "    z: y.map((b) => x.map((a) => (k === 2 ? 0 : Math.max(0, a * (k + 1) - b + t)))),",
  "  }));",
  '  heatmapChart({ id: "units", title: "Hidden units", x, y, maps, points, labels });',
  "  frame++;",
  `  if (frame < ${FRAMES}) setTimeout(draw, 10);`,
  "  else console.log(`drew ${frame} frames`);",
  "}",
  "draw();",
].join("\n");

const { visit } = setUpBrowser();

/** Replaces the code in the playground's editor. */
async function putCode(page: Page, pg: Locator, code: string): Promise<void> {
  await pg.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** Opens the playground in `theme`, puts `code` in its editor, runs it and waits for the run to end. */
async function runCharts(theme: "light" | "dark", code = CODE): Promise<{ page: Page; pg: Locator }> {
  const page = await visit(PAGE, { colorScheme: theme });
  const pg = page.locator(`[data-playground="${PLAYGROUND}"]`);
  await comeNear(pg);
  await pg.locator(".cm-content").waitFor(WAIT);
  await putCode(page, pg, code);
  // Before Run: watch every figure the chart panel adds and every picture the "regions" map shows.
  await pg.evaluate((root) => {
    const seen = {
      figures: 0,
      pictures: new Set<string>(),
      // The small multiples ("Hidden units") as they first appeared, and their height once their maps were drawn.
      units: undefined as { canvases: number; height: number; drawnHeight?: number } | undefined,
      // The numbers of the small multiples' colour scale, each time they changed (ms since the page's start).
      legend: [] as { at: number; text: string }[],
    };
    (window as unknown as { chartWatch: typeof seen }).chartWatch = seen;
    const sel = "figure[data-playground-chart]";
    const isUnits = (f: Element) => f.querySelector("figcaption")?.textContent === "Hidden units";
    const look = () => {
      // A live map is a canvas that counts the pictures it has drawn.
      const draws = root.querySelector<HTMLElement>('[data-playground-chart="heatmap"] canvas')?.dataset.draws;
      if (draws) seen.pictures.add(draws);
      const units = [...root.querySelectorAll(sel)].find(isUnits);
      if (seen.units && seen.units.drawnHeight === undefined && units?.querySelector("canvas"))
        seen.units.drawnHeight = units.getBoundingClientRect().height;
      const scale = [...(units?.querySelectorAll("ul > li:first-child > span") ?? [])].map((e) => e.textContent);
      if (scale.length && scale.join(" ") !== seen.legend.at(-1)?.text)
        seen.legend.push({ at: performance.now(), text: scale.join(" ") });
    };
    new MutationObserver((records) => {
      for (const r of records) {
        // A figure arrives on its own, or inside the chart panel when the panel itself appears.
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          const added = [...(n.matches(sel) ? [n] : []), ...n.querySelectorAll(sel)];
          seen.figures += added.length;
          const units = added.find(isUnits);
          if (units && !seen.units)
            seen.units = {
              canvases: units.querySelectorAll("canvas").length,
              height: units.getBoundingClientRect().height,
            };
        }
      }
      look();
    }).observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["data-draws"],
    });
  });
  const status = pg.locator("[data-playground-status]");
  await pg.getByRole("button", { name: /^Run/ }).click();
  await expect.poll(() => status.getAttribute("data-playground-runs"), WAIT).toBe("1");
  await expect(status.getAttribute("data-playground-status")).resolves.toBe("done");
  return { page, pg };
}

describe("grid charts from reader code", () => {
  it("draw as figures with their text summaries, and a chart with an id is redrawn in place", async () => {
    const { pg } = await runCharts("light");
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText keeps rendered line breaks
    await expect(pg.getByRole("log").innerText()).resolves.toBe(`drew ${FRAMES} frames`);
    const labels = await pg
      .locator("[data-playground-chart] svg[role=img]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    expect(labels).toHaveLength(3);
    expect(labels[0]).toBe(
      '[scatter chart "Data": 500 points in 2 classes (0: 257, 1: 243); x -1.8 to 1.8, y -1.8 to 1.8]',
    );
    expect(labels[1]).toMatch(
      /^\[heatmap chart "Regions": 64×64 grid, x -2\.03 to 2\.03, y -2\.03 to 2\.03; argmax of 2 classes, area 0: \d+%, 1: \d+%; 500 points in 2 classes \(0: 257, 1: 243\)\]$/,
    );
    // The dead unit is named in the summary and in the figure's own text, not by its colour alone.
    expect(labels[2]).toMatch(
      /^\[heatmap chart "Hidden units": 4 maps of 64×64, .*; constant: unit 3 \(0\); 500 points/,
    );
    const units = pg.locator('[data-playground-chart="heatmap"]').nth(1);
    await expect(units.locator("text", { hasText: "constant 0" }).count()).resolves.toBe(1);
    // One canvas a map, one pixel a cell, each drawn.
    const canvases = await pg
      .locator('[data-playground-chart="heatmap"] canvas')
      .evaluateAll((els) => els.map((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]));
    expect(canvases).toEqual(Array(5).fill([64, 64]));
    await expect(units.locator("canvas").count()).resolves.toBe(4);
    // Legends name each class beside its marker.
    await expect(pg.locator('[data-playground-chart="scatter"] li').allInnerTexts()).resolves.toEqual(["0", "1"]);
    // Redrawn in place: the three figures were each added once, and the regions map showed several pictures.
    const watch = await pg.evaluate(() => {
      const w = (
        window as unknown as {
          chartWatch: { figures: number; pictures: Set<string>; units?: Record<string, number> };
        }
      ).chartWatch;
      return { figures: w.figures, pictures: w.pictures.size, units: w.units };
    });
    expect(watch.figures).toBe(3);
    expect(watch.pictures).toBeGreaterThan(1);
    // Small multiples that appear during a run come in two steps: first their box at its full size, with no
    // map drawn, then their maps, in a later frame; the page below moves once, and no frame builds them all.
    expect(watch.units?.canvases).toBe(0);
    expect(watch.units?.height).toBeGreaterThan(100);
    expect(watch.units?.drawnHeight).toBe(watch.units?.height);
  });

  it("a redrawn colour scale's numbers change at most four times a second, and end on the last picture's", async () => {
    const { pg } = await runCharts("light");
    const units = pg.locator('[data-playground-chart="heatmap"]').nth(1);
    // The last picture's extent, from its text summary ("values 0 to 11.9"); the legend shows it at most
    // 250 ms after the last redraw.
    const label = (await units.locator("svg[role=img]").getAttribute("aria-label")) ?? "";
    const [, lo, hi] = /; values (\S+) to (\S+);/.exec(label) ?? [];
    expect(lo).toBeDefined();
    const scale = () =>
      units.locator("ul > li:first-child > span").evaluateAll((els) => els.map((e) => e.textContent).join(" "));
    await expect.poll(scale, WAIT).toBe(`${lo} ${hi}`);
    // Every frame had new numbers (the largest value grows with t): shown as they came, they changed 20 times
    // in well under a second, each change a layout and a repaint of the article around the figure. Each change
    // comes 250 ms after the last one reached the page; seen from here, after the commit that made it, the first
    // may look up to a commit's length early: one change of slack.
    const legend = await pg.evaluate(
      () => (window as unknown as { chartWatch: { legend: { at: number; text: string }[] } }).chartWatch.legend,
    );
    const span = (legend.at(-1)?.at ?? 0) - (legend[0]?.at ?? 0);
    expect(legend.length).toBeGreaterThan(1);
    expect(legend.length, JSON.stringify(legend)).toBeLessThanOrEqual(2 + span / 250);
  });

  it("a new run keeps each chart with an id where it stands until it redraws it, and drops at its end what it did not draw", async () => {
    const code = CODE.replace('scatterChart({ title: "Data"', 'scatterChart({ id: "data", title: "Data"');
    const { page, pg } = await runCharts("light", code);
    const figures = pg.locator("figure[data-playground-chart]");
    await expect(figures.count()).resolves.toBe(3);
    // Mark each figure, then watch: figures added or removed, and the playground's height at each frame (what
    // moves the page below it; its place can change as the prose above it is laid out in idle time).
    await pg.evaluate((root) => {
      for (const [i, f] of root.querySelectorAll<HTMLElement>("figure[data-playground-chart]").entries())
        f.dataset.mark = String(i);
      const height = () => root.getBoundingClientRect().height;
      const seen = { added: 0, removed: 0, start: height(), moved: 0 };
      (window as unknown as { heldWatch: typeof seen }).heldWatch = seen;
      const count = (nodes: NodeList) =>
        [...nodes].filter((n) => n instanceof Element && n.matches("figure[data-playground-chart]")).length;
      new MutationObserver((records) => {
        for (const r of records) {
          seen.added += count(r.addedNodes);
          seen.removed += count(r.removedNodes);
        }
      }).observe(root, { subtree: true, childList: true });
      const frame = () => {
        seen.moved = Math.max(seen.moved, Math.abs(height() - seen.start));
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const status = pg.locator("[data-playground-status]");
    const watched = () => pg.evaluate(() => (window as unknown as { heldWatch: Record<string, number> }).heldWatch);
    const marks = () => figures.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.mark ?? "new"));

    // The same code again: every figure is redrawn where it is, and nothing below it moves.
    await pg.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => status.getAttribute("data-playground-runs"), WAIT).toBe("2");
    await expect(status.getAttribute("data-playground-status")).resolves.toBe("done");
    await expect(watched()).resolves.toMatchObject({ added: 0, removed: 0, moved: 0 });
    await expect(marks()).resolves.toEqual(["0", "1", "2"]);
    await expect(pg.locator("[data-playground-held]").count()).resolves.toBe(0);

    // Code that redraws only "regions", then waits: the other two stay, faded and marked busy, while it runs…
    const regionsOnly = [
      'import { heatmapChart } from "@nn-explained/playground";',
      "const x = [-1, 0, 1];",
      'heatmapChart({ id: "regions", x, y: x, z: x.map((b) => x.map((a) => [a * b > 0 ? 0.9 : 0.1])) });',
      "setInterval(() => {}, 1000);",
    ].join("\n");
    await putCode(page, pg, regionsOnly);
    await pg.getByRole("button", { name: /^Run/ }).click();
    const held = pg.locator('figure[data-playground-held][aria-busy="true"]');
    await expect
      .poll(() => held.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.mark)), WAIT)
      .toEqual(["0", "2"]);
    await expect(
      pg.locator('figure[data-mark="1"]').evaluate((f) => f.hasAttribute("data-playground-held")),
    ).resolves.toBe(false);
    // …and go when it ends without them.
    await pg.getByRole("button", { name: "Stop" }).click();
    await expect.poll(() => status.getAttribute("data-playground-runs"), WAIT).toBe("3");
    await expect(marks()).resolves.toEqual(["1"]);
    await expect(held.count()).resolves.toBe(0);
  });

  it("the browser's canvas shows the pixels of the server's PNG", async () => {
    const page = await visit("relu-hidden-layers");
    const pg = page.locator('[data-playground="relu-decision-regions"]');
    // Before the editor loads, the recorded output is the server's HTML: a PNG a map.
    const pngs = await pg
      .locator('[data-playground-chart="heatmap"] image')
      .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    expect(pngs.length).toBeGreaterThan(1);
    expect(pngs.every((h) => h.startsWith("data:image/png;base64,"))).toBe(true);
    // The editor draws the same recording in the browser, on canvases.
    await comeNear(pg);
    await pg.locator(".cm-content").waitFor(WAIT);
    const canvases = pg.locator('[data-playground-chart="heatmap"] canvas');
    await expect.poll(() => canvases.count(), WAIT).toBe(pngs.length);
    const differences = await canvases.evaluateAll(async (els, pngs) => {
      const out = [];
      for (const [k, el] of els.entries()) {
        const live = el as HTMLCanvasElement;
        const img = new Image();
        img.src = pngs[k] as string;
        await img.decode();
        const ref = document.createElement("canvas");
        ref.width = img.width;
        ref.height = img.height;
        ref.getContext("2d")?.drawImage(img, 0, 0);
        const want = ref.getContext("2d")?.getImageData(0, 0, ref.width, ref.height).data ?? [];
        const got = live.getContext("2d")?.getImageData(0, 0, live.width, live.height).data ?? [];
        // Colour by alpha (both sides store premultiplied colour: a faint cell's colour rounds coarsely).
        let worst = 0;
        for (let i = 0; i < want.length; i += 4) {
          const a = (want[i + 3] as number) / 255;
          const b = (got[i + 3] as number) / 255;
          worst = Math.max(worst, Math.abs((want[i + 3] as number) - (got[i + 3] as number)));
          for (let c = 0; c < 3; c++)
            worst = Math.max(worst, Math.abs((want[i + c] as number) * a - (got[i + c] as number) * b));
        }
        out.push({ live: [live.width, live.height], png: [img.width, img.height], pixels: got.length / 4, worst });
      }
      return out;
    }, pngs);
    for (const d of differences) {
      expect(d.live).toEqual(d.png);
      expect(d.pixels).toBe(d.png.reduce((a, b) => a * b));
      expect(d.worst).toBeLessThanOrEqual(1);
    }
  });

  // Drawn in dark mode, then again once the reader's system turns light (the figures follow the theme on the
  // same page, as in articles.test.ts): every rule in dark, the colour rules in light. The other tests here
  // draw the figures in light mode as loaded.
  it("pass axe in dark mode, and its colour rules once the system turns light", async () => {
    const { page } = await runCharts("dark");
    const scan = async (rules?: string[]) => {
      const axe = fastAxe(page).include(`[data-playground="${PLAYGROUND}"] [data-playground-chart]`);
      const { violations } = await (rules ? axe.withRules(rules) : axe).analyze();
      return violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    };
    expect(await scan()).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
    await page.locator('html[data-theme="light"]').waitFor();
    expect(await scan(COLOUR_RULES)).toEqual([]);
  });
});
