import type { Tensor } from "../tensor.js";

/** Where an activation is typically used. */
export type ActivationUse = "hidden" | "output" | "hidden and output";

/**
 * One entry of the `activations` registry. One definition serves the element-wise functions,
 * the plots, the training module (through `scalar`/`scalarDerivative`) and the reference pages.
 */
export interface ActivationSpec<O extends object = Record<string, never>> {
  /** The library name, e.g. "leakyRelu". */
  readonly name: string;
  /** Human title, e.g. "Leaky ReLU". */
  readonly title: string;
  /** Element-wise on any Tensor, same shape and kind out. */
  fn(x: Tensor, options?: Partial<O>): Tensor;
  /** What PyTorch autograd gives, element-wise; kink conventions in `kinkConvention`. */
  derivative(x: Tensor, options?: Partial<O>): Tensor;
  /** Fast scalar forms for training loops: `scalar(x, resolvedOptions)`. */
  scalar(x: number, options: O): number;
  scalarDerivative(x: number, options: O): number;
  /** The options' defaults (PyTorch's). */
  readonly defaults: O;
  /**
   * Validates a caller's options and fills in the defaults, throwing the same typed errors as `fn`;
   * the result is what `scalar` and `scalarDerivative` take.
   */
  resolveOptions(options?: Partial<O>): O;
  /**
   * Output range as an interval, e.g. [0, Infinity]. Registry files write `Infinity`, not
   * `Number.POSITIVE_INFINITY`: bundlers treat a global property read as a possible side effect and would
   * then keep the whole registry entry in a bundle that imports only the function (test/treeShaking.test.ts).
   */
  readonly range: readonly [number, number];
  /** Whether each end of the range is attained (closed). */
  readonly rangeClosed: readonly [boolean, boolean];
  /** LaTeX formula of f(x). */
  readonly formula: string;
  /** LaTeX formula of f'(x). */
  readonly derivativeFormula: string;
  /** Convention at points where f is not differentiable, as PyTorch autograd does it. */
  readonly kinkConvention: string | null;
  /** Typical use. */
  readonly use: ActivationUse;
  /** Which targets it suits as an output activation, or why it is a hidden-layer choice. */
  readonly typicalUse: string;
  /** Framework names and how their defaults differ from PyTorch's. */
  readonly frameworks: {
    readonly pytorch: string;
    readonly keras: string | null;
    readonly tfjs: string | null;
    readonly jax: string | null;
    readonly sklearn: string | null;
    /** Differences of defaults or definitions across frameworks, in plain words. */
    readonly differences: readonly string[];
  };
}
