import { assertKnownOptions, numberOption } from "../data/_options.js";
import { toInputs } from "./_inputs.js";

/**
 * The rectangle around a two-dimensional data set, widened on each side by `margin` times the data's
 * extent on that axis, so the points do not sit on the picture's edge. An axis on which every sample has
 * the same value is first widened to that value ± 0.5. Spread it into the grid of {@link decisionGrid},
 * {@link predictGrid} or {@link hiddenActivationGrid}: `{ ...gridBounds(X), steps: 64 }`.
 * @param X samples, one row of 2 finite numbers each
 * @param options `margin`: the share of each axis' extent added on both sides, >= 0. Default 0.1
 * @returns `{ x: [min, max], y: [min, max] }` with min < max on both axes
 * @throws {ShapeError} when a row does not hold exactly 2 numbers
 * @throws {InvalidArgumentError} when `X` holds NaN or Infinity, for an unknown option or a negative margin
 * @throws {EmptyInputError} when `X` is empty
 * @example
 * gridBounds([[0, 10], [2, 20]]) //=> { x: [-0.2, 2.2], y: [9, 21] }
 * gridBounds([[1, 5]], { margin: 0 }) //=> { x: [0.5, 1.5], y: [4.5, 5.5] }
 */
export function gridBounds(
  X: readonly (readonly number[])[],
  options: { margin?: number } = {},
): { x: [number, number]; y: [number, number] } {
  const fn = "gridBounds";
  assertKnownOptions(fn, options, ["margin"]);
  const margin = numberOption(fn, "margin", options.margin, 0.1, { min: 0 });
  const inputs = toInputs(fn, X, 2, { finite: true, rowLength: "a point of the plane" });
  const axis = (offset: number): [number, number] => {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let s = offset; s < inputs.length; s += 2) {
      const v = inputs[s] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (min === max) {
      min -= 0.5;
      max += 0.5;
    }
    const pad = margin * (max - min);
    return [min - pad, max + pad];
  };
  return { x: axis(0), y: axis(1) };
}
