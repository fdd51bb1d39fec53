import { type BarChart, type Chart, describeChart, type LineChart } from "@nn-explained/playground";
import { formatNumber } from "@nn-explained/playground/format";
import { latestCharts, type OutputEntry } from "@nn-explained/playground/output";
import clsx from "clsx";
import { memo, type ReactNode } from "react";
import { linearTicks } from "../LineChart/scale";
import { HeatmapFigure, ScatterFigure } from "./charts/GridCharts";
import gridStyles from "./charts/gridCharts.module.css";
import styles from "./styles.module.css";

const W = 420;
const H = 240;
const M = { top: 10, right: 12, bottom: 34, left: 48 };
// Colour-blind-safe (Okabe–Ito), readable on light and dark backgrounds.
const COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

/** About five round tick values inside [lo, hi]: the line chart's tested rule (d3-array's). */
const ticks = (lo: number, hi: number): number[] => linearTicks(lo, hi, 5);

function extent(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  return [lo, hi];
}

function Legend({ names }: { names: (string | undefined)[] }): ReactNode {
  if (names.length < 2 && !names[0]) return null;
  return (
    <ul className={styles.legend}>
      {names.map((n, i) => (
        <li key={n ?? i}>
          <span className={styles.swatch} style={{ background: COLORS[i % COLORS.length] }} />
          {n ?? `series ${i + 1}`}
        </li>
      ))}
    </ul>
  );
}

function Axes({
  xs,
  ys,
  sx,
  sy,
  xLabels,
}: {
  xs: number[];
  ys: number[];
  sx: (v: number) => number;
  sy: (v: number) => number;
  xLabels?: string[];
}) {
  return (
    <g>
      {ys.map((t) => (
        <g key={`y${t}`}>
          <line className={styles.grid} x1={M.left} x2={W - M.right} y1={sy(t)} y2={sy(t)} />
          <text className={styles.tick} x={M.left - 4} y={sy(t)} textAnchor="end" dominantBaseline="middle">
            {formatNumber(t)}
          </text>
        </g>
      ))}
      {xs.map((t, i) => (
        <text key={`x${t}`} className={styles.tick} x={sx(t)} y={H - M.bottom + 14} textAnchor="middle">
          {xLabels ? xLabels[i] : formatNumber(t)}
        </text>
      ))}
      <line className={styles.axis} x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
      <line className={styles.axis} x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
    </g>
  );
}

function Line({ chart }: { chart: LineChart }): ReactNode {
  const [x0, x1] = extent(chart.x);
  const [y0, y1] = extent(chart.series.flatMap((s) => s.y));
  const sx = (v: number) => M.left + ((v - x0) / (x1 - x0)) * (W - M.left - M.right);
  const sy = (v: number) => H - M.bottom - ((v - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describeChart(chart)}>
        <Axes xs={ticks(x0, x1)} ys={ticks(y0, y1)} sx={sx} sy={sy} />
        {chart.series.map((s, i) => {
          // Non-finite points (NaN, Infinity) break the line rather than being drawn.
          const d = s.y
            .map((y, j) =>
              Number.isFinite(y) && Number.isFinite(chart.x[j])
                ? `${sx(chart.x[j] as number).toFixed(1)},${sy(y).toFixed(1)}`
                : "|",
            )
            .join(" ")
            .split("|")
            .map((run) => run.trim())
            .filter(Boolean)
            .map((run) => `M${run.replace(/ /g, " L")}`)
            .join(" ");
          return <path key={s.name ?? i} d={d} fill="none" stroke={COLORS[i % COLORS.length]} strokeWidth={2} />;
        })}
        {chart.xLabel && (
          <text className={styles.tick} x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle">
            {chart.xLabel}
          </text>
        )}
        {chart.yLabel && (
          <text
            className={styles.tick}
            transform={`translate(10 ${(M.top + H - M.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {chart.yLabel}
          </text>
        )}
      </svg>
      <Legend names={chart.series.map((s) => s.name)} />
    </>
  );
}

function Bars({ chart }: { chart: BarChart }): ReactNode {
  const [lo, hi] = extent([0, ...chart.series.flatMap((s) => s.values)]);
  const sy = (v: number) => H - M.bottom - ((v - lo) / (hi - lo)) * (H - M.top - M.bottom);
  const band = (W - M.left - M.right) / chart.labels.length;
  const barW = (band * 0.8) / chart.series.length;
  const sx = (i: number) => M.left + band * (i + 0.5);
  // A bar is known by its series and label positions; non-finite values draw no bar.
  const bars = chart.series.flatMap((s, k) =>
    s.values.flatMap((v, i) =>
      Number.isFinite(v)
        ? [
            {
              key: `${k}:${i}`,
              x: M.left + band * i + band * 0.1 + barW * k,
              y: Math.min(sy(v), sy(0)),
              height: Math.abs(sy(v) - sy(0)),
              fill: COLORS[k % COLORS.length],
            },
          ]
        : [],
    ),
  );
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describeChart(chart)}>
        <Axes xs={chart.labels.map((_, i) => i)} ys={ticks(lo, hi)} sx={sx} sy={sy} xLabels={chart.labels} />
        {bars.map((b) => (
          <rect key={b.key} x={b.x} y={b.y} width={barW} height={b.height} fill={b.fill} />
        ))}
      </svg>
      <Legend names={chart.series.map((s) => s.name)} />
    </>
  );
}

/**
 * One chart's drawing, rendered again only for a new chart object: a redraw by id brings a new one, while
 * the panel's other renders (a run's state, charts held or released) leave a figure's work undone.
 * `live` is read when the figure mounts only (see HeatmapFigure).
 */
const ChartBody = memo(
  function ChartBody({ chart, live }: { chart: Chart; live: boolean }): ReactNode {
    switch (chart.type) {
      case "line":
        return <Line chart={chart} />;
      case "bar":
        return <Bars chart={chart} />;
      case "heatmap":
        return <HeatmapFigure chart={chart} live={live} />;
      case "scatter":
        return <ScatterFigure chart={chart} />;
    }
  },
  (a, b) => a.chart === b.chart,
);

/**
 * The charts reader code drew with `lineChart`, `barChart`, `heatmapChart` and `scatterChart` from
 * `@nn-explained/playground`, as SVG. Each figure's SVG has role="img" and the chart's text summary as
 * its label; a chart with an `id` keeps its place and is redrawn there, from one run to the next too:
 * the charts in `held` are the previous output's, shown faded and marked busy until the run redraws them.
 */
export default function ChartPanel({
  entries,
  held,
  live = false,
}: {
  entries: readonly OutputEntry[];
  held?: ReadonlySet<Chart>;
  /** The entries are a run's as it goes: small multiples new to the panel are placed in one frame, drawn in the next. */
  live?: boolean;
}): ReactNode {
  const charts = latestCharts(entries);
  if (charts.length === 0) return null;
  return (
    <div className={styles.charts}>
      {charts.map((c: Chart, i) => (
        <figure
          key={c.id ?? i}
          className={clsx(styles.chart, c.type === "heatmap" && c.maps.length > 1 && gridStyles.wide)}
          data-playground-chart={c.type}
          data-playground-held={held?.has(c) ? "" : undefined}
          aria-busy={held?.has(c) ? true : undefined}
        >
          {c.title && <figcaption>{c.title}</figcaption>}
          <ChartBody chart={c} live={live} />
        </figure>
      ))}
    </div>
  );
}
