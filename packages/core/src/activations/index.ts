import type { ActivationSpec } from "./_types.js";
import { celuSpec } from "./celu.js";
import { eluSpec } from "./elu.js";
import { geluSpec } from "./gelu.js";
import { hardSigmoidSpec } from "./hardSigmoid.js";
import { hardSwishSpec } from "./hardSwish.js";
import { hardTanhSpec } from "./hardTanh.js";
import { identitySpec } from "./identity.js";
import { leakyReluSpec } from "./leakyRelu.js";
import { logSigmoidSpec } from "./logSigmoid.js";
import { mishSpec } from "./mish.js";
import { reluSpec } from "./relu.js";
import { relu6Spec } from "./relu6.js";
import { seluSpec } from "./selu.js";
import { sigmoidSpec } from "./sigmoid.js";
import { siluSpec, swishSpec } from "./silu.js";
import { softplusSpec } from "./softplus.js";
import { softsignSpec } from "./softsign.js";
import { tanhSpec } from "./tanh.js";

export type { ActivationSpec, ActivationUse } from "./_types.js";
export { type CeluOptions, celu } from "./celu.js";
export { type EluOptions, elu } from "./elu.js";
export { type GeluOptions, gelu } from "./gelu.js";
export { hardSigmoid } from "./hardSigmoid.js";
export { hardSwish } from "./hardSwish.js";
export { type HardTanhOptions, hardTanh } from "./hardTanh.js";
export { identity } from "./identity.js";
export { type LeakyReluOptions, leakyRelu } from "./leakyRelu.js";
export { logSigmoid } from "./logSigmoid.js";
export { mish } from "./mish.js";
export { relu } from "./relu.js";
export { relu6 } from "./relu6.js";
export { selu } from "./selu.js";
export { sigmoid } from "./sigmoid.js";
export { silu, swish } from "./silu.js";
export { type SoftplusOptions, softplus } from "./softplus.js";
export { softsign } from "./softsign.js";
export { tanh } from "./tanh.js";

/** The name of an activation in the {@link activations} registry. */
export type ActivationName =
  | "identity"
  | "relu"
  | "relu6"
  | "leakyRelu"
  | "elu"
  | "selu"
  | "celu"
  | "gelu"
  | "silu"
  | "swish"
  | "mish"
  | "softplus"
  | "softsign"
  | "sigmoid"
  | "logSigmoid"
  | "hardSigmoid"
  | "hardSwish"
  | "hardTanh"
  | "tanh";

/**
 * Every activation by name: the function, the derivative PyTorch autograd gives (kink conventions in
 * `kinkConvention`), fast scalar forms for training loops, PyTorch's defaults, the output range, LaTeX
 * formulas, typical use and the names and differing defaults in Keras, TF.js, JAX and scikit-learn.
 * Entries are typed with `object` options so that `spec.scalar(x, spec.resolveOptions(o))` works for
 * any name; the per-function option types are exported beside each function.
 * @example
 * activations.relu.derivative([-1, 0, 2]) //=> [0, 0, 1]
 */
export const activations: { readonly [K in ActivationName]: ActivationSpec<object> } = {
  identity: identitySpec,
  relu: reluSpec,
  relu6: relu6Spec,
  leakyRelu: leakyReluSpec,
  elu: eluSpec,
  selu: seluSpec,
  celu: celuSpec,
  gelu: geluSpec,
  silu: siluSpec,
  swish: swishSpec,
  mish: mishSpec,
  softplus: softplusSpec,
  softsign: softsignSpec,
  sigmoid: sigmoidSpec,
  logSigmoid: logSigmoidSpec,
  hardSigmoid: hardSigmoidSpec,
  hardSwish: hardSwishSpec,
  hardTanh: hardTanhSpec,
  tanh: tanhSpec,
};

/**
 * All registry names, in the order above (identity first); `swish` is listed beside its alias `silu`.
 * @example
 * activationNames.slice(0, 3) //=> ["identity", "relu", "relu6"]
 */
export const activationNames: readonly ActivationName[] = /* @__PURE__ */ Object.keys(activations) as ActivationName[];
