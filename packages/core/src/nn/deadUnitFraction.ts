import type { Mlp } from "./_types.js";
import { deadUnitFlags } from "./deadUnits.js";

/**
 * For each hidden layer, the share of units that are never active on `X`: units whose activation
 * passes no gradient (f'(z) = 0, the registry's derivative) for every sample. For ReLU that is a unit
 * with z ≤ 0 on all of `X`, a "dead ReLU": nothing can revive it by gradient descent on this data. A high
 * learning rate makes this share grow. Smooth activations (sigmoid, GELU, …) have no dead units.
 * {@link deadUnits} says which units they are.
 * @param model a model from {@link createMlp}
 * @param X samples, one row of `sizes[0]` numbers each
 * @returns one share in [0, 1] per hidden layer (empty for a network without hidden layers)
 * @throws {ShapeError} when a row's length differs from the input layer
 * @throws {EmptyInputError} when `X` is empty
 * @example
 * const model = createMlp({ sizes: [1, 2, 1], hidden: "relu", init: "zeros" }); // z = 0: relu'(0) = 0
 * deadUnitFraction(model, [[1], [2]]) //=> [1]
 */
export function deadUnitFraction(model: Mlp, X: readonly (readonly number[])[]): number[] {
  return deadUnitFlags("deadUnitFraction", model, X).map(
    (dead) => dead.reduce((n, d) => n + (d ? 1 : 0), 0) / dead.length,
  );
}
