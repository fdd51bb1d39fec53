import { invalid } from "../_lib/assert.js";
import { formatChoices } from "../_lib/format.js";
import { type ActivationName, type ActivationSpec, activations } from "../activations/index.js";
import type { OutputActivation } from "./_types.js";

/** The output head, resolved: softmax, or a registry activation with a sign (−1 for "-softplus"). */
export type Head =
  | { readonly kind: "softmax" }
  | {
      readonly kind: "activation";
      readonly name: ActivationName;
      readonly spec: ActivationSpec<object>;
      readonly options: object;
      readonly sign: 1 | -1;
    };

/** Every registry name, for error messages. */
const NAMES = Object.keys(activations) as ActivationName[];

function isActivationName(name: unknown): name is ActivationName {
  return typeof name === "string" && Object.hasOwn(activations, name);
}

/** Looks up a hidden activation, or throws naming the function, the parameter and the choices. */
export function hiddenSpec(fn: string, name: unknown): ActivationSpec<object> {
  if (!isActivationName(name)) invalid(fn, "hidden", `one of ${formatChoices(NAMES)}`, name);
  return activations[name];
}

/**
 * Resolves an output name ("softmax", a registry name, or "-" + a registry name) and its options
 * (validated by the registry entry) into a {@link Head}.
 */
export function resolveHead(fn: string, output: unknown, options: unknown): Head {
  if (output === "softmax") {
    if (options !== undefined && Object.keys(options as object).length > 0) {
      invalid(fn, "outputOptions", 'absent for output "softmax"', options);
    }
    return { kind: "softmax" };
  }
  const negated = typeof output === "string" && output.startsWith("-");
  const base = negated ? (output as string).slice(1) : output;
  if (!isActivationName(base)) {
    invalid(fn, "output", `"softmax", an activation name or one negated with a leading "-" (e.g. "-softplus")`, output);
  }
  const spec = activations[base];
  return {
    kind: "activation",
    name: base,
    spec,
    options: spec.resolveOptions(options as object),
    sign: negated ? -1 : 1,
  };
}

/** The name a head was created from, e.g. "-softplus". */
export function headName(head: Head): OutputActivation {
  if (head.kind === "softmax") return "softmax";
  return head.sign === -1 ? `-${head.name}` : head.name;
}
