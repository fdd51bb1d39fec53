import { mapTensor } from "../_lib/elementwise.js";
import { readOptions } from "../_lib/options.js";
import type { Tensor } from "../tensor.js";
import type { ActivationSpec } from "./_types.js";

/** What an activation file declares; `defineActivation` derives the element-wise and option plumbing. */
export type ActivationDefinition<O extends object> = Omit<
  ActivationSpec<O>,
  "fn" | "derivative" | "resolveOptions" | "scalarDerivative"
> & {
  /** f'(x) for a non-NaN x; NaN is handled once, in `defineActivation`. */
  readonly scalarDerivative: (x: number, options: O) => number;
  /** Checks resolved option values (types and domains), throwing typed errors naming `fn`. */
  readonly validate?: (fn: string, options: O) => void;
};

/** Resolves options for the activation `name`: unknown keys rejected, defaults filled in, values checked. */
export function resolveActivationOptions<O extends object>(
  name: string,
  options: unknown,
  defaults: O,
  validate?: (fn: string, options: O) => void,
): O {
  if (options === undefined) return defaults;
  const resolved = readOptions(name, options, defaults);
  validate?.(name, resolved);
  return resolved;
}

/**
 * Builds a registry entry from an activation's scalar definition. The derivative of NaN is NaN for every
 * activation: PyTorch's piecewise backward kernels return 0 or 1 there (e.g. relu'(NaN) = 1), which would
 * hide a NaN during training, so this library lets it flow as it does in the forward pass.
 */
export function defineActivation<O extends object>(def: ActivationDefinition<O>): ActivationSpec<O> {
  const { validate, scalarDerivative: d, ...rest } = def;
  const resolve = (options?: Partial<O>): O => resolveActivationOptions(def.name, options, def.defaults, validate);
  const scalarDerivative = (x: number, o: O): number => (Number.isNaN(x) ? x : d(x, o));
  return {
    ...rest,
    scalarDerivative,
    resolveOptions: resolve,
    fn(x: Tensor, options?: Partial<O>): Tensor {
      const o = resolve(options);
      return mapTensor(def.name, x, (v) => def.scalar(v, o));
    },
    derivative(x: Tensor, options?: Partial<O>): Tensor {
      const o = resolve(options);
      return mapTensor(def.name, x, (v) => scalarDerivative(v, o));
    },
  };
}
