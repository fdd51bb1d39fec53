// A map as the server draws it (plugins/playground puts this module in ./MapPicture.tsx's place in the
// server bundle and in the unit tests): an SVG <image> of a PNG, so readers without JavaScript, and every
// reader before a run, see the picture the build recorded. The browser never hydrates it (the recorded
// output is an island: ../StaticPlayground.tsx), so its drawing may differ: ./MapPicture.tsx.
import type { ReactNode } from "react";
import styles from "./gridCharts.module.css";
import { indexedPng, pngDataUrl } from "./indexedPng";
import { levelsOf, type MapPictureProps, paletteOf } from "./mapLevels";

/** One map as a PNG <image> stretched over its plot. */
export default function MapPicture({ map, chart, box }: MapPictureProps): ReactNode {
  const href = pngDataUrl(indexedPng(levelsOf(map.levels), chart.x.length, chart.y.length, paletteOf(chart)));
  return (
    <image
      className={styles.cells}
      href={href}
      x={box.left}
      y={box.top}
      width={box.width}
      height={box.height}
      preserveAspectRatio="none"
    />
  );
}
