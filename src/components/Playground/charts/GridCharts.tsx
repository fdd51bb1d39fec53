// The page's drawing of `heatmapChart` and `scatterChart` (from @nn-explained/playground): SVG axes and
// points over a picture of the grid (one picture a map, not a <rect> a cell: ./MapPicture), so a 64×64
// map with 500 points is a few dozen elements, cheap to redraw ten times a second and small in the
// server's HTML.

import type { ChartPoints } from "@nn-explained/playground";
import { describeChart, type HeatmapChart, type HeatmapMap, type ScatterChart } from "@nn-explained/playground";
import { BLUE_ORANGE, CLASS_COLORS, MARKERS, MISSING_LEVEL, VIRIDIS } from "@nn-explained/playground/chart-colors";
import { type ReactNode, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { formatTick, linearTicks } from "../../LineChart/scale";
import styles from "./gridCharts.module.css";
import MapPicture from "./MapPicture";
import { type Box, levelsOf } from "./mapLevels";
import { markerPath } from "./markers";

interface Domain {
  x: [number, number];
  y: [number, number];
}

const short = (v: number) => formatTick(Number(v.toPrecision(3)));

/** x and y scales of one panel. */
function scales(box: Box, d: Domain) {
  const sx = (v: number) => box.left + ((v - d.x[0]) / (d.x[1] - d.x[0] || 1)) * box.width;
  const sy = (v: number) => box.top + box.height - ((v - d.y[0]) / (d.y[1] - d.y[0] || 1)) * box.height;
  return { sx, sy };
}

function Ticks({
  box,
  d,
  left,
  bottom,
  count,
}: {
  box: Box;
  d: Domain;
  left: boolean;
  bottom: boolean;
  count: number;
}) {
  const { sx, sy } = scales(box, d);
  return (
    <g>
      <rect className={styles.frame} x={box.left} y={box.top} width={box.width} height={box.height} />
      {left &&
        linearTicks(d.y[0], d.y[1], count).map((t) => (
          <text
            key={`y${t}`}
            className={styles.tick}
            x={box.left - 4}
            y={sy(t)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {formatTick(t)}
          </text>
        ))}
      {bottom &&
        linearTicks(d.x[0], d.x[1], count).map((t) => (
          <text key={`x${t}`} className={styles.tick} x={sx(t)} y={box.top + box.height + 12} textAnchor="middle">
            {formatTick(t)}
          </text>
        ))}
    </g>
  );
}

/** Two point sets with the same coordinates and classes. */
function samePoints(a: ChartPoints, b: ChartPoints): boolean {
  const same = (u: readonly number[], v: readonly number[]) => u.length === v.length && u.every((x, i) => x === v[i]);
  return same(a.x, b.x) && same(a.y, b.y) && same(a.classIndex, b.classIndex);
}

/**
 * The points of a chart, kept from the last render while their values stay the same: each redraw of a
 * training chart arrives as a new object, but its data points rarely move.
 */
function useStablePoints(points: ChartPoints | undefined): ChartPoints | undefined {
  const kept = useRef(points);
  if (points !== kept.current && (!points || !kept.current || !samePoints(points, kept.current))) kept.current = points;
  return kept.current;
}

/**
 * The markers of `points` in a `width` × `height` plot with its top left at (0, 0): one path a class (all
 * points of one class are one path; without labels, every point is a neutral circle).
 */
function pointPaths(points: ChartPoints, width: number, height: number, d: Domain, r: number): [number, string][] {
  const { sx, sy } = scales({ left: 0, top: 0, width, height }, d);
  const paths = new Map<number, string[]>();
  const labelled = points.classIndex.length === points.x.length;
  for (let i = 0; i < points.x.length; i++) {
    const px = sx(points.x[i] as number);
    const py = sy(points.y[i] as number);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    const k = labelled ? (points.classIndex[i] as number) : -1;
    const list = paths.get(k) ?? [];
    list.push(markerPath(k < 0 ? "circle" : (MARKERS[k] ?? "circle"), px, py, r));
    paths.set(k, list);
  }
  return [...paths].map(([k, list]) => [k, list.join("")]);
}

/** Marker paths (from `pointPaths`) placed in a plot. */
function Points({ paths, box }: { paths: readonly [number, string][]; box: Box }) {
  return (
    <g transform={`translate(${box.left} ${box.top})`}>
      {paths.map(([k, d]) => (
        <path
          key={k}
          className={k < 0 ? styles.neutralPoint : styles.point}
          fill={k < 0 ? undefined : CLASS_COLORS[k]}
          d={d}
        />
      ))}
    </g>
  );
}

/** The extent of a grid's cells: half a step beyond the first and last centres. */
function gridDomain(chart: HeatmapChart): Domain {
  const half = (v: number[]) => ((v[1] as number) - (v[0] as number)) / 2;
  return {
    x: [(chart.x[0] as number) - half(chart.x), (chart.x[chart.x.length - 1] as number) + half(chart.x)],
    y: [(chart.y[0] as number) - half(chart.y), (chart.y[chart.y.length - 1] as number) + half(chart.y)],
  };
}

/** Height over width of a plot: the data's own aspect, kept between 1:2 and 5:4. */
function aspect(d: Domain): number {
  const r = (d.y[1] - d.y[0]) / (d.x[1] - d.x[0]);
  return Math.min(1.25, Math.max(0.5, Number.isFinite(r) ? r : 1));
}

const M = { top: 6, right: 10, bottom: 30, left: 40 };

/** `constant 0` for a map whose finite values are all equal (a dead unit), else null. */
export function constantText(map: HeatmapMap): string | null {
  return map.min !== null && map.min === map.max ? `constant ${short(map.min)}` : null;
}

function AxisLabels({
  chart,
  height,
  plot,
}: {
  chart: { xLabel?: string; yLabel?: string };
  height: number;
  plot: Box;
}) {
  return (
    <g>
      {chart.xLabel && (
        <text className={styles.label} x={plot.left + plot.width / 2} y={height - 3} textAnchor="middle">
          {chart.xLabel}
        </text>
      )}
      {chart.yLabel && (
        <text
          className={styles.label}
          transform={`translate(10 ${plot.top + plot.height / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {chart.yLabel}
        </text>
      )}
    </g>
  );
}

/**
 * Whether a figure draws its plots now. A figure that appears while a run goes (`live` when it mounts) places
 * its box and legend in one frame and draws its plots in the next, so that the frame that pushes the page
 * below down is not also the one that builds every plot (for small multiples, the heaviest of a run).
 */
function useDrawn(live: boolean): boolean {
  const [drawn, setDrawn] = useState(!live);
  useEffect(() => {
    if (drawn) return;
    const frame = requestAnimationFrame(() => setDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, [drawn]);
  return drawn;
}

/** A heatmap chart: one map, or small multiples on one colour scale. */
export function HeatmapFigure({ chart, live = false }: { chart: HeatmapChart; live?: boolean }): ReactNode {
  const id = useId();
  const drawn = useDrawn(live && chart.maps.length > 1);
  const d = gridDomain(chart);
  const n = chart.maps.length;
  const multiple = n > 1;
  const cols = multiple ? Math.ceil(n / Math.ceil(n / (n > 16 ? 8 : 4))) : 1;
  const rows = Math.ceil(n / cols);
  const W = multiple ? 640 : 420;
  // Room between panels for the last tick of one and the first of the next.
  const gap = multiple ? 22 : 0;
  const caption = multiple ? 14 : 0;
  const pw = (W - M.left - M.right - gap * (cols - 1)) / cols;
  const ph = pw * aspect(d);
  const H = M.top + rows * (caption + ph) + (rows - 1) * gap + M.bottom;
  const boxes = chart.maps.map((_, k) => ({
    left: M.left + (k % cols) * (pw + gap),
    top: M.top + Math.floor(k / cols) * (caption + ph + gap) + caption,
    width: pw,
    height: ph,
  }));
  const missing = chart.maps.some((m) => levelsOf(m.levels).includes(MISSING_LEVEL));
  const points = useStablePoints(chart.points);
  const r = multiple ? 2.2 : 3.4;
  const paths = useMemo(
    () => (points && drawn ? pointPaths(points, pw, ph, { x: [d.x[0], d.x[1]], y: [d.y[0], d.y[1]] }, r) : []),
    [points, drawn, pw, ph, d.x[0], d.x[1], d.y[0], d.y[1], r],
  );
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H.toFixed(1)}`} role="img" aria-label={describeChart(chart)}>
        {drawn && (
          <defs>
            {boxes.map((b, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a chart's maps keep their order between redraws
              <clipPath key={k} id={`${id}-clip${k}`}>
                <rect x={b.left} y={b.top} width={b.width} height={b.height} />
              </clipPath>
            ))}
          </defs>
        )}
        {drawn &&
          chart.maps.map((map, k) => {
            const box = boxes[k] as Box;
            const flat = constantText(map);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a chart's maps keep their order between redraws
              <g key={k}>
                {multiple && (
                  <text className={styles.mapName} x={box.left} y={box.top - 4}>
                    {map.name}
                    {flat && <tspan className={styles.flat}>{` · ${flat}`}</tspan>}
                  </text>
                )}
                <MapPicture map={map} chart={chart} box={box} />
                <Ticks
                  box={box}
                  d={d}
                  left={k % cols === 0}
                  bottom={Math.floor(k / cols) === rows - 1 || k + cols >= n}
                  count={multiple ? 2 : 5}
                />
                {points && (
                  <g clipPath={`url(#${id}-clip${k})`}>
                    <Points paths={paths} box={box} />
                  </g>
                )}
              </g>
            );
          })}
        <AxisLabels
          chart={chart}
          height={H}
          plot={{ left: M.left, top: M.top, width: W - M.left - M.right, height: H - M.top - M.bottom }}
        />
      </svg>
      <HeatmapLegend chart={chart} id={id} missing={missing} />
    </>
  );
}

function MarkerIcon({ k }: { k: number }) {
  return (
    <svg className={styles.icon} viewBox="0 0 12 12" aria-hidden="true">
      <path className={styles.point} fill={CLASS_COLORS[k]} d={markerPath(MARKERS[k] ?? "circle", 6, 6, 3.6)} />
    </svg>
  );
}

function ClassItems({ classes, regions }: { classes: readonly string[]; regions: boolean }) {
  return classes.map((name, k) => (
    <li key={name}>
      {regions && <span className={styles.swatch} style={{ background: CLASS_COLORS[k] }} aria-hidden="true" />}
      <MarkerIcon k={k} />
      {name}
    </li>
  ));
}

/** How often, at most, the legend's numbers change while a chart is redrawn (ms). */
const LEGEND_EVERY_MS = 250;

/**
 * `value` as shown: it follows changes at most once every `ms`, and shows the last one at most `ms` late (the
 * first as soon as `ms` has passed since the component appeared).
 * Numbers that change every frame cannot be read, and each change of a text costs the page a layout, the
 * browser's hover check under the pointer that follows any layout, and a repaint of the article around the
 * figure: about 40% of the main thread's time in a redraw of nine maps (bench/RESULTS.md), where the maps'
 * canvases alone need none of these.
 */
function useAtMostEvery<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  // When what the page shows last changed: the next change comes `ms` after that, however late it came.
  const changed = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each change of `shown` is a change on the page to time
  useLayoutEffect(() => {
    changed.current = performance.now();
  }, [shown]);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const timer = window.setTimeout(
      () => {
        // A change asked for counts from now, before React has rendered it: an effect that runs in between (a
        // new value, its effect flushed before this update renders) must not time the next one from the change
        // before, which would let it follow within a millisecond (seen on a busy machine: two changes 1 ms apart).
        changed.current = performance.now();
        setShown(value);
      },
      Math.max(0, changed.current + ms - performance.now()),
    );
    return () => window.clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}

function HeatmapLegend({ chart, id, missing }: { chart: HeatmapChart; id: string; missing: boolean }) {
  const single = chart.maps.length === 1 ? constantText(chart.maps[0] as HeatmapMap) : null;
  const labelled = chart.points && chart.points.classIndex.length > 0;
  // Both ends change together: one string, split where shown.
  const [lo, hi, centre] = useAtMostEvery(
    chart.scale === "classes"
      ? ""
      : [chart.domain[0], chart.domain[1], (chart.domain[0] + chart.domain[1]) / 2].map(short).join("|"),
    LEGEND_EVERY_MS,
  ).split("|");
  if (chart.scale === "classes") {
    const floor = 1 / chart.classes.length;
    return (
      <ul className={styles.legend}>
        <ClassItems classes={chart.classes} regions />
        <li>{`fainter: less confident (${Math.round(floor * 100)}% to 100%)`}</li>
        {missing && <li>blank: not a number</li>}
      </ul>
    );
  }
  const stops = chart.scale === "diverging" ? BLUE_ORANGE : VIRIDIS;
  return (
    <ul className={styles.legend}>
      <li>
        <span>{lo}</span>
        <svg className={styles.ramp} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
          <defs>
            <linearGradient id={`${id}-ramp`}>
              {stops.map((c, i) => (
                <stop key={c} offset={i / (stops.length - 1)} stopColor={c} />
              ))}
            </linearGradient>
          </defs>
          <rect width={100} height={10} fill={`url(#${id}-ramp)`} />
        </svg>
        <span>{hi}</span>
        {chart.scale === "diverging" && <span>{` (centre ${centre})`}</span>}
      </li>
      {single && <li className={styles.flat}>{single} everywhere</li>}
      {missing && <li>blank: not a number</li>}
      {labelled && <ClassItems classes={chart.classes} regions={false} />}
    </ul>
  );
}

/** A scatter chart: points with class colours and markers, axes fitted to the data. */
export function ScatterFigure({ chart }: { chart: ScatterChart }): ReactNode {
  const { points } = chart;
  const extent = (v: number[]): [number, number] => {
    const f = v.filter(Number.isFinite);
    if (f.length === 0) return [0, 1];
    const lo = Math.min(...f);
    const hi = Math.max(...f);
    const pad = (hi - lo) * 0.05 || 1;
    return [lo - pad, hi + pad];
  };
  const d: Domain = { x: extent(points.x), y: extent(points.y) };
  const W = 420;
  const box: Box = { left: M.left, top: M.top, width: W - M.left - M.right, height: (W - M.left - M.right) * 0.7 };
  const H = M.top + box.height + M.bottom;
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H.toFixed(1)}`} role="img" aria-label={describeChart(chart)}>
        <Ticks box={box} d={d} left bottom count={5} />
        <Points paths={pointPaths(points, box.width, box.height, d, 3.4)} box={box} />
        <AxisLabels chart={chart} height={H} plot={box} />
      </svg>
      {chart.classes.length > 0 && (
        <ul className={styles.legend}>
          <ClassItems classes={chart.classes} regions={false} />
        </ul>
      )}
    </>
  );
}
