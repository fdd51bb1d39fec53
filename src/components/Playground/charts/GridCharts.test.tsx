import type { Chart } from "@nn-explained/playground";
import { buildHeatmapChart, buildScatterChart } from "@nn-explained/playground/grid-charts";
import type { OutputEntry } from "@nn-explained/playground/output";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ChartPanel from "../ChartPanel";
import { markerPath } from "./markers";

const linspace = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
const x = linspace(-2, 2, 64);
const y = linspace(-1, 1, 64);
const points = Array.from({ length: 500 }, (_, i) => [Math.cos(i) * 1.5, Math.sin(i * 1.3)]);
const labels = points.map((_, i) => i % 3);

const panel = (...charts: OutputEntry[]) => renderToString(<ChartPanel entries={charts} />);
const entry = (chart: Chart): OutputEntry => ({ kind: "chart", chart });

describe("<ChartPanel> grid charts, server-rendered (what readers without JavaScript see)", () => {
  it("an argmax heatmap with 500 points renders with its class legend", () => {
    const chart = buildHeatmapChart({
      title: "Regions",
      x,
      y,
      z: y.map((b) =>
        x.map((a) => {
          const e = [Math.exp(a), Math.exp(b), 1];
          const s = e.reduce((p, q) => p + q);
          return e.map((v) => v / s);
        }),
      ),
      points,
      labels,
    });
    const html = panel(entry(chart));
    expect(html).toMatch(/<figure[^>]*data-playground-chart="heatmap"/);
    expect(html).toContain("<figcaption>Regions</figcaption>");
    const label = /<svg[^>]*role="img"[^>]*aria-label="([^"]*)"/.exec(html)?.[1];
    expect(label).toMatch(
      /^\[heatmap chart &quot;Regions&quot;: 64×64 grid, x -2\.03 to 2\.03, y -1\.02 to 1\.02; argmax of 3 classes, area 0: \d+%, 1: \d+%, 2: \d+%; 500 points in 3 classes \(0: 167, 1: 167, 2: 166\)\]$/,
    );
    expect(html.match(/<image /g)).toHaveLength(1);
    expect(html).toMatch(/href="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
    // Three classes: three paths of markers, not 500 elements.
    expect(html.match(/<path /g)?.length).toBeLessThan(10);
    // The legend names each class with its marker, and says what the lightness means.
    expect(html).toContain("fainter: less confident (33% to 100%)");
  });

  it("small multiples: one image per map, a constant map (a dead unit) named as such in text", () => {
    const maps = [0, 1, 2, 3].map((k) => ({
      name: `unit ${k + 1}`,
      z: y.map((b) => x.map((a) => (k === 2 ? 0 : Math.max(0, a * (k + 1) - b)))),
    }));
    const html = panel(entry(buildHeatmapChart({ title: "Hidden units", x, y, maps })));
    expect(html.match(/<image /g)).toHaveLength(4);
    expect(html).toMatch(/unit 3<tspan[^>]*> · constant 0<\/tspan>/);
    expect(html).toMatch(/aria-label="[^"]*constant: unit 3 \(0\)\]"/);
  });

  it("a value map has a colour bar with its ends in text", () => {
    const html = panel(entry(buildHeatmapChart({ x, y, z: y.map((b) => x.map((a) => a * b)), scale: "diverging" })));
    expect(html).toContain("<linearGradient");
    expect(html).toMatch(/<span>−2<\/span>.*<span>2<\/span>/);
  });

  it("a scatter chart draws each class as one path of its marker, with a legend", () => {
    const html = panel(entry(buildScatterChart({ title: "Moons", points, labels, classes: [0, 1, 2] })));
    expect(html).toMatch(/<figure[^>]*data-playground-chart="scatter"/);
    expect(html).toContain(
      'aria-label="[scatter chart &quot;Moons&quot;: 500 points in 3 classes (0: 167, 1: 167, 2: 166)',
    );
    // Three classes, three marker icons in the legend, three paths of points.
    expect(html.match(/<path /g)).toHaveLength(6);
  });
});

describe("markerPath", () => {
  it("draws each shape as one closed path about the centre", () => {
    expect(markerPath("square", 10, 10, 4)).toBe("M6.5 6.5L13.5 6.5L13.5 13.5L6.5 13.5Z");
    expect(markerPath("circle", 10, 10, 4)).toBe("M6 10a4 4 0 1 0 8 0a4 4 0 1 0 -8 0Z");
  });
});
