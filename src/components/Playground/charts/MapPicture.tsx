// A map as the browser draws it: a <canvas> of the grid's cells (one pixel a cell, stretched over the plot
// like the server's PNG: ./MapPicture.server.tsx), written in place on each redraw. No PNG to deflate, no
// data URL to parse, no image to decode: a frame of nine 64×64 maps is a few milliseconds of work, and
// the PNG encoder (with fflate) is not in the browser's chart code at all. The pixels are the PNG's
// (`levelsRgba`, tested against `indexedPng`).
import clsx from "clsx";
import { type ReactNode, useLayoutEffect, useRef } from "react";
import styles from "./gridCharts.module.css";
import { levelsOf, levelsRgba, type MapPictureProps, paletteOf } from "./mapLevels";

/**
 * One map as a <canvas> in the figure's SVG (whose role="img" label speaks for it). It counts the pictures
 * it has drawn in `data-draws`, for the tests and the bench.
 */
export default function MapPicture({ map, chart, box }: MapPictureProps): ReactNode {
  const palette = paletteOf(chart);
  const nx = chart.x.length;
  const ny = chart.y.length;
  const levels = map.levels;
  const canvas = useRef<HTMLCanvasElement>(null);
  const pixels = useRef<ImageData | null>(null);
  // Before paint, so a new map never shows a blank frame.
  useLayoutEffect(() => {
    const element = canvas.current;
    const context = element?.getContext("2d");
    if (!element || !context) return;
    if (pixels.current?.width !== nx || pixels.current.height !== ny) pixels.current = context.createImageData(nx, ny);
    levelsRgba(levelsOf(levels), nx, ny, palette, pixels.current.data);
    context.putImageData(pixels.current, 0, 0);
    element.dataset.draws = String(Number(element.dataset.draws ?? 0) + 1);
  }, [levels, nx, ny, palette]);
  return (
    <foreignObject x={box.left} y={box.top} width={box.width} height={box.height}>
      <canvas ref={canvas} className={clsx(styles.cells, styles.canvas)} width={nx} height={ny} />
    </foreignObject>
  );
}
