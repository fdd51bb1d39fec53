// Marker shapes for the points of grid charts, as SVG path segments: all points of one class are one
// <path>, so 500 points are a handful of elements however often the chart is redrawn.
import type { MarkerShape } from "@nn-explained/playground/chart-colors";

const f = (v: number) => Math.round(v * 10) / 10;

function polygon(cx: number, cy: number, corners: readonly (readonly [number, number])[]): string {
  return `${corners.map(([dx, dy], i) => `${i ? "L" : "M"}${f(cx + dx)} ${f(cy + dy)}`).join("")}Z`;
}

/** A thick cross (plus) of half-size `r` and arm half-width `w`, turned by `turn` radians. */
function cross(cx: number, cy: number, r: number, w: number, turn: number): string {
  const base: [number, number][] = [
    [w, -r],
    [w, -w],
    [r, -w],
    [r, w],
    [w, w],
    [w, r],
    [-w, r],
    [-w, w],
    [-r, w],
    [-r, -w],
    [-w, -w],
    [-w, -r],
  ];
  const c = Math.cos(turn);
  const s = Math.sin(turn);
  return polygon(
    cx,
    cy,
    base.map(([x, y]) => [x * c - y * s, x * s + y * c]),
  );
}

/**
 * One marker as a closed SVG path segment centred at (cx, cy), about `r` in radius; shapes have similar
 * areas so no class looks heavier.
 * @example
 * markerPath("square", 10, 10, 4) //=> "M6.5 6.5L13.5 6.5L13.5 13.5L6.5 13.5Z"
 */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case "circle":
      return `M${f(cx - r)} ${f(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case "square": {
      const h = r * 0.875;
      return polygon(cx, cy, [
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]);
    }
    case "triangle": {
      const h = r * 1.3;
      return polygon(cx, cy, [
        [0, -h],
        [h * 0.866, h * 0.5],
        [-h * 0.866, h * 0.5],
      ]);
    }
    case "triangle-down": {
      const h = r * 1.3;
      return polygon(cx, cy, [
        [0, h],
        [-h * 0.866, -h * 0.5],
        [h * 0.866, -h * 0.5],
      ]);
    }
    case "diamond": {
      const h = r * 1.25;
      return polygon(cx, cy, [
        [0, -h],
        [h, 0],
        [0, h],
        [-h, 0],
      ]);
    }
    case "plus":
      return cross(cx, cy, r * 1.2, r * 0.4, 0);
    case "cross":
      return cross(cx, cy, r * 1.25, r * 0.4, Math.PI / 4);
    case "star": {
      const corners: [number, number][] = [];
      for (let k = 0; k < 10; k++) {
        const a = -Math.PI / 2 + (k * Math.PI) / 5;
        const rr = k % 2 === 0 ? r * 1.35 : r * 0.6;
        corners.push([rr * Math.cos(a), rr * Math.sin(a)]);
      }
      return polygon(cx, cy, corners);
    }
  }
}
