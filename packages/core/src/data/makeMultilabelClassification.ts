import { detLog } from "./_math.js";
import { assertKnownOptions, boolOption, intOption, seedOption } from "./_options.js";
import { poisson } from "./_random.js";
import { createRng, type Rng } from "./createRng.js";

/** Options of {@link makeMultilabelClassification}: scikit-learn's parameters in camelCase. */
export interface MakeMultilabelClassificationOptions {
  /** Number of documents (points). Default 100. */
  nSamples?: number;
  /** Number of words (features). Default 20. */
  nFeatures?: number;
  /** Number of labels (classes). Default 5. */
  nClasses?: number;
  /** Mean number of labels per point (Poisson, truncated at `nClasses`). Default 2. */
  nLabels?: number;
  /** Mean number of words per point (Poisson, at least 1). Default 50. */
  length?: number;
  /** Whether a point may have no label at all. Default true. */
  allowUnlabeled?: boolean;
  /** Seed of {@link createRng}. Default 0. */
  seed?: number;
}

const KNOWN = ["nSamples", "nFeatures", "nClasses", "nLabels", "length", "allowUnlabeled", "seed"] as const;

/** Index of the first entry of the ascending `cumulative` that is >= u (numpy's `searchsorted`, left). */
function searchSorted(cumulative: number[], u: number): number {
  let lo = 0;
  let hi = cumulative.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, cumulative.length - 1);
}

function cumulativeNormalized(values: number[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const v of values) {
    s += v;
    out.push(s);
  }
  return out.map((c) => c / s);
}

/**
 * A random multi-label problem, as scikit-learn's `make_multilabel_classification` (its generative
 * model of documents): each point draws a number of labels from Poisson(`nLabels`), the labels from
 * random class priors, a length from Poisson(`length`), and that many words from the mixture of its
 * labels' word distributions; `X` holds the word counts. The targets are an indicator matrix (scikit-learn's
 * `return_indicator="dense"`), the shape the sigmoid-head article trains on. The numbers differ from
 * scikit-learn's because the random generator differs; the same seed gives the same data in every JS engine.
 * @param options see {@link MakeMultilabelClassificationOptions}
 * @returns `X` (`nSamples` rows of `nFeatures` word counts) and `y` (`nSamples` rows of `nClasses` 0/1 labels)
 * @throws {InvalidArgumentError} for an unknown option or an invalid value
 * @example
 * const { X, y } = makeMultilabelClassification({ nSamples: 3, nFeatures: 4, nClasses: 3, seed: 1 });
 * [X.length, X[0].length, y[0].length] //=> [3, 4, 3]
 */
export function makeMultilabelClassification(options: MakeMultilabelClassificationOptions = {}): {
  X: number[][];
  y: number[][];
} {
  const fn = "makeMultilabelClassification";
  assertKnownOptions(fn, options, KNOWN);
  const nSamples = intOption(fn, "nSamples", options.nSamples, 100, 1);
  const nFeatures = intOption(fn, "nFeatures", options.nFeatures, 20, 1);
  const nClasses = intOption(fn, "nClasses", options.nClasses, 5, 1);
  const nLabels = intOption(fn, "nLabels", options.nLabels, 2, 0);
  const length = intOption(fn, "length", options.length, 50, 1);
  const allowUnlabeled = boolOption(fn, "allowUnlabeled", options.allowUnlabeled, true);
  const rng: Rng = createRng(seedOption(fn, options.seed));

  // Class priors p(c), and per class a word distribution p(w | c) (columns normalised).
  const cumPc = cumulativeNormalized(Array.from({ length: nClasses }, () => rng.next()));
  const pwc = Array.from({ length: nFeatures }, () => Array.from({ length: nClasses }, () => rng.next()));
  for (let c = 0; c < nClasses; c++) {
    let s = 0;
    for (const row of pwc) s += row[c] as number;
    for (const row of pwc) row[c] = (row[c] as number) / s;
  }

  const X: number[][] = [];
  const y: number[][] = [];
  for (let i = 0; i < nSamples; i++) {
    // How many labels: Poisson(nLabels), redrawn while above nClasses (or 0 when unlabeled is not allowed).
    let ySize = nClasses + 1;
    while ((!allowUnlabeled && ySize === 0) || ySize > nClasses) ySize = poisson(rng, nLabels, detLog);
    const labels = new Set<number>();
    while (labels.size !== ySize) {
      const missing = ySize - labels.size;
      for (let k = 0; k < missing; k++) labels.add(searchSorted(cumPc, rng.next()));
    }
    let nWords = 0;
    while (nWords === 0) nWords = poisson(rng, length, detLog);

    const counts = new Array<number>(nFeatures).fill(0);
    if (labels.size === 0) {
      for (let k = 0; k < nWords; k++) {
        const w = rng.int(nFeatures);
        counts[w] = (counts[w] as number) + 1;
      }
    } else {
      const cum = cumulativeNormalized(pwc.map((row) => [...labels].reduce((s, c) => s + (row[c] as number), 0)));
      for (let k = 0; k < nWords; k++) {
        const w = searchSorted(cum, rng.next());
        counts[w] = (counts[w] as number) + 1;
      }
    }
    X.push(counts);
    y.push(Array.from({ length: nClasses }, (_, c) => (labels.has(c) ? 1 : 0)));
  }
  return { X, y };
}
