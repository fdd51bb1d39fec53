import { assertNumber, assertOneOf, invalid } from "../_lib/assert.js";
import type { ActivationName } from "../activations/index.js";
import { assertKnownOptions, seedOption } from "../data/_options.js";
import { createRng } from "../data/createRng.js";
import { ShapeError } from "../errors.js";
import { headName, hiddenSpec, resolveHead } from "./_head.js";
import type { Mlp, OutputActivation, WeightInit } from "./_types.js";

/** Options of {@link createMlp}. */
export interface CreateMlpOptions {
  /** Units per layer, input first: `[2, 16, 3]` is 2 inputs, one hidden layer of 16, 3 outputs. */
  sizes: readonly number[];
  /** Activation of every hidden layer, a registry name. Default "relu". */
  hidden?: ActivationName;
  /** Options of the hidden activation, e.g. `{ negativeSlope: 0.1 }` for "leakyRelu". Default its defaults. */
  hiddenOptions?: Record<string, unknown>;
  /**
   * Output activation: "identity" (regression, or raw logits), "softmax" (exclusive classes, trained with
   * "crossEntropy"), "sigmoid" (independent labels, trained with "bceWithLogits"), any other registry name,
   * or a registry name with a leading minus for a negated head ("-softplus" outputs −softplus(z)). Default "identity".
   */
  output?: OutputActivation;
  /** Options of the output activation (not for "softmax"). Default its defaults. */
  outputOptions?: Record<string, unknown>;
  /** Weight initialisation. Default "he". */
  init?: WeightInit;
  /** Seed of the initialisation. Default 0. */
  seed?: number;
}

const KNOWN = ["sizes", "hidden", "hiddenOptions", "output", "outputOptions", "init", "seed"] as const;
const INITS: readonly WeightInit[] = ["he", "xavier", "zeros"];

/**
 * Creates a multilayer perceptron with seeded random weights. Biases start at 0. Weight
 * initialisations: "he" draws N(0, 2 / fanIn) (He et al. 2015, for ReLU-like units; PyTorch's
 * `kaiming_normal_`), "xavier" draws U(−√(6 / (fanIn + fanOut)), +√(6 / (fanIn + fanOut))) (Glorot &
 * Bengio 2010; Keras' default `glorot_uniform`), "zeros" sets every weight to 0, so all hidden units stay
 * identical forever: the symmetry problem the articles show. The model is plain data; {@link fit} trains it in place.
 * @param options see {@link CreateMlpOptions}
 * @returns the model: sizes, activations and one Float64Array of weights and biases per layer
 * @throws {InvalidArgumentError} for unknown activation names or options, an unknown init, a bad seed
 * @throws {ShapeError} when `sizes` has fewer than 2 layers, a size is not a positive integer, or a softmax head has 1 unit
 * @example
 * const model = createMlp({ sizes: [2, 16, 3], hidden: "relu", output: "softmax", seed: 0 });
 * [model.weights[0].length, model.weights[1].length, model.biases[1].length] //=> [32, 48, 3]
 */
export function createMlp(options: CreateMlpOptions): Mlp {
  return buildMlp("createMlp", options);
}

/** {@link createMlp} with the calling function's name in error messages (used by {@link mlpFromJSON}). */
export function buildMlp(fn: string, options: CreateMlpOptions): Mlp {
  if (options === undefined) invalid(fn, "options", "an object with at least sizes", options);
  assertKnownOptions(fn, options, KNOWN);
  const { sizes, hidden = "relu", output = "identity", init = "he" } = options;
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new ShapeError(`${fn}: sizes must list at least an input and an output layer; got ${JSON.stringify(sizes)}.`);
  }
  for (let l = 0; l < sizes.length; l++) assertNumber(fn, `sizes[${l}]`, sizes[l], { min: 1, integer: true });
  const hiddenActivation = hiddenSpec(fn, hidden);
  const hiddenOptions = hiddenActivation.resolveOptions(options.hiddenOptions);
  const head = resolveHead(fn, output, options.outputOptions);
  const k = sizes[sizes.length - 1] as number;
  if (head.kind === "softmax" && k < 2) {
    throw new ShapeError(
      `${fn}: sizes must end in at least 2 units for output "softmax" (a 1-unit softmax is always 1; use "sigmoid"); got ${k}.`,
    );
  }
  assertOneOf(fn, "init", init, INITS);
  const seed = seedOption(fn, options.seed);

  const rng = createRng(seed);
  const weights: Float64Array[] = [];
  const biases: Float64Array[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l] as number;
    const fanOut = sizes[l + 1] as number;
    const w = new Float64Array(fanIn * fanOut);
    if (init === "he") {
      const std = Math.sqrt(2 / fanIn);
      for (let i = 0; i < w.length; i++) w[i] = std * rng.normal();
    } else if (init === "xavier") {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      for (let i = 0; i < w.length; i++) w[i] = (2 * rng.next() - 1) * limit;
    }
    weights.push(w);
    biases.push(new Float64Array(fanOut));
  }
  return {
    sizes: [...sizes],
    hidden,
    hiddenOptions: { ...hiddenOptions },
    output: headName(head),
    outputOptions: head.kind === "softmax" ? {} : { ...head.options },
    init,
    seed,
    weights,
    biases,
  };
}
