import { sigmoid, softmax } from "@nn-explained/core";

/** Everything the explorer shows for one setting of the logits and the temperature. */
export interface Exploration {
  /** The logits divided by the temperature, the numbers both heads actually see. */
  readonly scaled: number[];
  /** softmax(z / T): one distribution over the classes. */
  readonly softmax: number[];
  /** σ(z_k / T) for each class on its own: independent yes/no probabilities. */
  readonly sigmoid: number[];
  /** The sigmoids divided by their sum, the "fix" often suggested for independent heads. */
  readonly renormalized: number[];
  /** Sum of each of the three rows. */
  readonly sums: { readonly softmax: number; readonly sigmoid: number; readonly renormalized: number };
  /** Index of the largest logit (first one on ties), which is also the largest entry of every row. */
  readonly argmax: number;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * Computes softmax, independent sigmoids and renormalized sigmoids of `logits / temperature`, with
 * `@nn-explained/core`'s `softmax` and `sigmoid`, so the widget can never disagree with the library.
 * @param logits the raw class scores
 * @param temperature a positive number; 1 leaves the logits as they are
 * @returns the three rows, their sums and the argmax
 * @throws {RangeError} when the temperature is not a positive finite number
 * @example
 * explore([2, 1, 0], 1).sums.softmax //=> 1
 */
export function explore(logits: readonly number[], temperature: number): Exploration {
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new RangeError(`explore: temperature must be a positive finite number; got ${temperature}.`);
  }
  const scaled = logits.map((z) => z / temperature);
  const p = softmax(scaled);
  const s = sigmoid(scaled);
  const sSum = sum(s);
  const renormalized = s.map((v) => v / sSum);
  let argmax = 0;
  for (let k = 1; k < logits.length; k++) if ((logits[k] as number) > (logits[argmax] as number)) argmax = k;
  return {
    scaled,
    softmax: p,
    sigmoid: s,
    renormalized,
    sums: { softmax: sum(p), sigmoid: sSum, renormalized: sum(renormalized) },
    argmax,
  };
}

/** Formats a probability for display: four decimals, or scientific notation for tiny non-zero values. */
export function formatProbability(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v !== 0 && Math.abs(v) < 5e-5) return v.toExponential(1);
  return v.toFixed(4);
}
