import clsx from "clsx";
import { type ReactNode, useId } from "react";
import { createScale, extent, formatTick, linearTicks, logTicks, type ScaleType } from "./scale";
import styles from "./styles.module.css";

export type { ScaleType } from "./scale";

/** One line of a {@link LineChart}. */
export interface LineSeries {
  /** Shown in the legend, e.g. "f(x)". */
  readonly label: string;
  /** x values, increasing. */
  readonly x: ArrayLike<number>;
  /** y values, one per x. A non-finite value (or one <= 0 on a log axis) breaks the line there. */
  readonly y: ArrayLike<number>;
  /** Draw the line dashed (for a second quantity such as a derivative). */
  readonly dashed?: boolean;
}

/** A labelled point drawn on top of the lines, e.g. the reader's current x. */
export interface ChartMarker {
  readonly x: number;
  readonly y: number;
  /** Index of the series whose colour the marker takes. */
  readonly series: number;
}

export interface LineChartProps {
  /** The chart's accessible name (the SVG's <title>); keep it short. */
  readonly title: string;
  /** What the chart shows, in words (the SVG's <desc>): the shape and the key numbers. */
  readonly description: string;
  /** Up to 6 lines; each takes the next colour of the palette. */
  readonly series: readonly LineSeries[];
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Defaults to the extent of the data. */
  readonly xDomain?: readonly [number, number];
  /** Defaults to the extent of the data, with 5 % padding on a linear axis. */
  readonly yDomain?: readonly [number, number];
  /** "log" for quantities spanning orders of magnitude (gradient norms, losses). Default "linear". */
  readonly xScale?: ScaleType;
  readonly yScale?: ScaleType;
  readonly markers?: readonly ChartMarker[];
  /** viewBox size; the SVG scales to its container's width. Default 640 × 320. */
  readonly width?: number;
  readonly height?: number;
  readonly className?: string;
}

const MARGIN = { top: 12, right: 16, bottom: 44, left: 60 };

/**
 * A small, dependency-free SVG line chart: lines, axes with round ticks (linear or log10), a legend,
 * a title and a description for screen readers, and optional markers. Lines are clipped to the
 * plotting area, so a fixed domain can cut off a curve that leaves it. It draws what it is given
 * and computes nothing: callers pass numbers from `@nn-explained/core`.
 */
export default function LineChart({
  title,
  description,
  series,
  xLabel,
  yLabel,
  xDomain,
  yDomain,
  xScale = "linear",
  yScale = "linear",
  markers = [],
  width = 640,
  height = 320,
  className,
}: LineChartProps): ReactNode {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const clipId = `${id}-clip`;

  const xd =
    xDomain ??
    extent(
      series.flatMap((s) => Array.from(s.x)),
      xScale,
    );
  const yd =
    yDomain ??
    padded(
      extent(
        series.flatMap((s) => Array.from(s.y)),
        yScale,
      ),
      yScale,
    );
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const sx = createScale(xScale, xd, [left, right]);
  const sy = createScale(yScale, yd, [bottom, top]);
  const xTicks = xScale === "log" ? logTicks(xd[0], xd[1]) : linearTicks(xd[0], xd[1], 8);
  const yTicks = yScale === "log" ? logTicks(yd[0], yd[1]) : linearTicks(yd[0], yd[1], 6);

  return (
    <figure className={clsx(styles.figure, className)}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <defs>
          <clipPath id={clipId}>
            <rect x={left} y={top} width={right - left} height={bottom - top} />
          </clipPath>
        </defs>
        <g className={styles.grid}>
          {yTicks.map((t) => (
            <line key={`gy${t}`} x1={left} x2={right} y1={sy(t)} y2={sy(t)} />
          ))}
          {xTicks.map((t) => (
            <line key={`gx${t}`} x1={sx(t)} x2={sx(t)} y1={top} y2={bottom} />
          ))}
        </g>
        <g className={styles.axis}>
          {yScale === "linear" && yd[0] < 0 && yd[1] > 0 && (
            <line className={styles.zero} x1={left} x2={right} y1={sy(0)} y2={sy(0)} />
          )}
          {xScale === "linear" && xd[0] < 0 && xd[1] > 0 && (
            <line className={styles.zero} x1={sx(0)} x2={sx(0)} y1={top} y2={bottom} />
          )}
          <rect className={styles.frame} x={left} y={top} width={right - left} height={bottom - top} />
          {yTicks.map((t) => (
            <text key={`ty${t}`} x={left - 6} y={sy(t)} dy="0.32em" textAnchor="end">
              {formatTick(t, yScale)}
            </text>
          ))}
          {xTicks.map((t) => (
            <text key={`tx${t}`} x={sx(t)} y={bottom + 16} textAnchor="middle">
              {formatTick(t, xScale)}
            </text>
          ))}
          {xLabel && (
            <text className={styles.label} x={(left + right) / 2} y={height - 6} textAnchor="middle">
              {xLabel}
            </text>
          )}
          {yLabel && (
            <text
              className={styles.label}
              transform={`translate(14 ${(top + bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {yLabel}
            </text>
          )}
        </g>
        <g clipPath={`url(#${clipId})`}>
          {series.map((s, i) => (
            <path
              key={s.label}
              className={clsx(styles.line, styles[`c${i % 6}`], s.dashed && styles.dashed)}
              d={linePath(s, sx, sy)}
            />
          ))}
          {markers.map((m) => {
            const cx = sx(m.x);
            const cy = sy(m.y);
            if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
            return (
              <circle
                key={`m${m.series}-${m.x}`}
                className={clsx(styles.marker, styles[`c${m.series % 6}`])}
                cx={cx}
                cy={cy}
                r={4.5}
              />
            );
          })}
        </g>
      </svg>
      <figcaption className={styles.legend}>
        {series.map((s, i) => (
          <span key={s.label} className={styles.legendItem}>
            <svg className={styles.swatch} viewBox="0 0 24 8" aria-hidden="true">
              <line
                className={clsx(styles.line, styles[`c${i % 6}`], s.dashed && styles.dashed)}
                x1={0}
                x2={24}
                y1={4}
                y2={4}
              />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** 5 % headroom on a linear axis so lines do not run along the frame. */
function padded([lo, hi]: [number, number], type: ScaleType): [number, number] {
  if (type === "log") return [lo, hi];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

/** An SVG path through the finite points of `s`, starting a new segment after each gap. */
function linePath(s: LineSeries, sx: (v: number) => number, sy: (v: number) => number): string {
  let d = "";
  let pen = false;
  const n = Math.min(s.x.length, s.y.length);
  for (let i = 0; i < n; i++) {
    const px = sx(s.x[i] as number);
    // Clamp far-off values so the path stays finite; the clip path hides them anyway.
    const py = Math.max(-1e4, Math.min(1e4, sy(s.y[i] as number)));
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${px.toFixed(2)},${py.toFixed(2)}`;
    pen = true;
  }
  return d;
}
