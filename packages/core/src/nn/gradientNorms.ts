import { invalid } from "../_lib/assert.js";
import { assertKnownOptions } from "../data/_options.js";
import { checkLossForHead, compile, toData } from "./_data.js";
import { fullGradient } from "./_engine.js";
import type { Mlp, TrainingLoss } from "./_types.js";

/**
 * The size of the loss gradient reaching each layer: the Frobenius norm ‖∂L/∂W‖ of every layer's
 * weights, for the mean loss over all of `X` (no weight decay), input side first. In a deep sigmoid
 * network the first layers' norms are orders of magnitude below the last ones' (vanishing gradients:
 * each layer multiplies by σ' ≤ 1/4); with ReLU and He initialisation they stay comparable.
 * @param model a model from {@link createMlp}
 * @param X samples, one row of `sizes[0]` finite numbers each
 * @param y targets, as {@link fit} takes them for `loss`
 * @param options `loss`: the training loss, which must suit the output as in {@link fit}
 * @returns one norm per layer, `sizes.length − 1` numbers
 * @throws {InvalidArgumentError} for a missing or unsuitable loss, or NaN in the data
 * @throws {ShapeError} when rows of `X` or `y` do not match the layer sizes
 * @throws {LabelError} for labels outside the output units
 * @example
 * const model = createMlp({ sizes: [1, 1], init: "zeros" }); // ŷ = 0
 * gradientNorms(model, [[2]], [1], { loss: "mse" }) //=> [4] (∂L/∂w = 2(ŷ − y)·x = −4)
 */
export function gradientNorms(
  model: Mlp,
  X: readonly (readonly number[])[],
  y: readonly number[] | readonly (readonly number[])[],
  options: { loss: TrainingLoss },
): number[] {
  const fn = "gradientNorms";
  const net = compile(fn, model);
  if (options === undefined) invalid(fn, "options", "an object with loss", options);
  assertKnownOptions(fn, options, ["loss"]);
  const loss = checkLossForHead(fn, options.loss, net.head);
  const { grads } = fullGradient(net, loss, toData(fn, X, y, loss, net.sizes));
  return grads.W.map((g) => {
    let ss = 0;
    for (const v of g) ss += v * v;
    return Math.sqrt(ss);
  });
}
