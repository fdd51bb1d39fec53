/**
 * The forward and backward passes, written out on flat Float64Arrays.
 *
 * Notation, for layer l (0-based) with nIn inputs a (the data row for l = 0) and nOut units:
 *   z[j] = b[j] + Σ_i W[j·nIn + i] · a[i]          (pre-activation)
 *   a'[j] = f(z[j])                                (hidden activation, from the registry)
 * and the output head turns the last z into predictions (softmax, or sign · f(z)).
 *
 * Backward, with d = ∂L/∂z of a layer (its "delta"):
 *   ∂L/∂W[j, i] = d[j] · a[i]        ∂L/∂b[j] = d[j]
 *   ∂L/∂a[i]    = Σ_j W[j, i] · d[j]  ∂L/∂z_prev[i] = ∂L/∂a[i] · f'(z_prev[i])
 * where f' is the registry's `scalarDerivative`, so plots and training share one definition.
 */
import type { ActivationSpec } from "../activations/index.js";
import type { Head } from "./_head.js";
import type { TrainingLoss } from "./_types.js";

/** A model resolved for computation: registry entries looked up once, arrays referenced (not copied). */
export interface Net {
  readonly sizes: readonly number[];
  readonly W: Float64Array[];
  readonly b: Float64Array[];
  readonly hidden: ActivationSpec<object>;
  readonly hiddenOptions: object;
  readonly head: Head;
}

/** Scratch buffers for one sample: pre-activations, activations and deltas of every layer. */
export interface Workspace {
  readonly z: Float64Array[];
  readonly a: Float64Array[];
  readonly d: Float64Array[];
}

/** Samples in flat row-major form, with their targets in the shape the loss needs. */
export interface Data {
  readonly n: number;
  /** n × sizes[0] inputs. */
  readonly X: Float64Array;
  /** n × k targets for "mse" and "bceWithLogits"; empty for "crossEntropy". */
  readonly T: Float64Array;
  /** n class indices for "crossEntropy"; empty otherwise. */
  readonly C: Int32Array;
}

/** Running sums over an epoch or a data set: loss, correct predictions, squared residuals per output. */
export interface Stats {
  loss: number;
  correct: number;
  readonly ssres: Float64Array;
}

/** Gradient buffers, one per layer, shaped like the weights and biases. */
export interface Grads {
  readonly W: Float64Array[];
  readonly b: Float64Array[];
}

export function createWorkspace(sizes: readonly number[]): Workspace {
  const layers = sizes.slice(1);
  return {
    z: layers.map((n) => new Float64Array(n)),
    a: layers.map((n) => new Float64Array(n)),
    d: layers.map((n) => new Float64Array(n)),
  };
}

export function createGrads(sizes: readonly number[]): Grads {
  return {
    W: sizes.slice(1).map((n, l) => new Float64Array(n * (sizes[l] as number))),
    b: sizes.slice(1).map((n) => new Float64Array(n)),
  };
}

export function createStats(k: number): Stats {
  return { loss: 0, correct: 0, ssres: new Float64Array(k) };
}

/** Forward pass of sample `s` of `X` (row length sizes[0]); fills ws.z and the hidden ws.a. */
export function forward(net: Net, ws: Workspace, X: Float64Array, s: number): void {
  const { sizes, W, b, hidden, hiddenOptions } = net;
  const L = sizes.length - 1;
  let inp = X;
  let io = s * (sizes[0] as number);
  for (let l = 0; l < L; l++) {
    const nIn = sizes[l] as number;
    const nOut = sizes[l + 1] as number;
    const Wl = W[l] as Float64Array;
    const bl = b[l] as Float64Array;
    const z = ws.z[l] as Float64Array;
    for (let j = 0; j < nOut; j++) {
      let sum = bl[j] as number;
      const row = j * nIn;
      for (let i = 0; i < nIn; i++) sum += (Wl[row + i] as number) * (inp[io + i] as number);
      z[j] = sum;
    }
    if (l < L - 1) {
      const a = ws.a[l] as Float64Array;
      for (let j = 0; j < nOut; j++) a[j] = hidden.scalar(z[j] as number, hiddenOptions);
      inp = a;
      io = 0;
    }
  }
}

/** Writes the head's predictions for the output pre-activations `z` into `out` (length k). */
export function applyHead(head: Head, z: Float64Array, out: Float64Array | number[]): void {
  const k = z.length;
  if (head.kind === "softmax") {
    // Max-shifted, so exp never overflows: softmax(z) = softmax(z − max z).
    let m = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < k; j++) m = Math.max(m, z[j] as number);
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const e = Math.exp((z[j] as number) - m);
      out[j] = e;
      sum += e;
    }
    for (let j = 0; j < k; j++) out[j] = (out[j] as number) / sum;
    return;
  }
  const { spec, options, sign } = head;
  for (let j = 0; j < k; j++) out[j] = sign * spec.scalar(z[j] as number, options);
}

/**
 * Loss of sample `s` and the output delta ∂L/∂z (written to the last ws.d), after {@link forward}.
 * Adds the sample's loss, whether it was classified right, and its squared residuals to `stats`.
 */
export function outputDelta(net: Net, ws: Workspace, loss: TrainingLoss, data: Data, s: number, stats: Stats): void {
  const L = net.sizes.length - 1;
  const z = ws.z[L - 1] as Float64Array;
  const d = ws.d[L - 1] as Float64Array;
  const k = z.length;

  if (loss === "crossEntropy") {
    // L = logSumExp(z) − z[c]; with p = softmax(z), ∂L/∂z = p − onehot(c) (softmax fused into the loss,
    // which is exact and stable where chaining softmax' and log' is not).
    const c = data.C[s] as number;
    let m = Number.NEGATIVE_INFINITY;
    let arg = 0;
    for (let j = 0; j < k; j++) {
      if ((z[j] as number) > m) {
        m = z[j] as number;
        arg = j;
      }
    }
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const e = Math.exp((z[j] as number) - m);
      d[j] = e;
      sum += e;
    }
    for (let j = 0; j < k; j++) d[j] = (d[j] as number) / sum - (j === c ? 1 : 0);
    stats.loss += Math.log(sum) + m - (z[c] as number);
    if (arg === c) stats.correct += 1;
    return;
  }

  const T = data.T;
  const to = s * k;
  if (loss === "bceWithLogits") {
    // Per output, L = −[y log σ(z) + (1 − y) log(1 − σ(z))] = max(z, 0) − z·y + log(1 + e^−|z|)
    // (PyTorch's BCEWithLogitsLoss form, finite for any z); ∂L/∂z = σ(z) − y. Mean over the k outputs.
    let sampleLoss = 0;
    let right = true;
    for (let j = 0; j < k; j++) {
      const zj = z[j] as number;
      const y = T[to + j] as number;
      const e = Math.exp(-Math.abs(zj));
      sampleLoss += Math.max(zj, 0) - zj * y + Math.log1p(e);
      const sigma = zj >= 0 ? 1 / (1 + e) : e / (1 + e);
      d[j] = (sigma - y) / k;
      if (zj > 0 !== (y === 1)) right = false;
    }
    stats.loss += sampleLoss / k;
    if (right) stats.correct += 1;
    return;
  }

  // "mse": ŷ = h(z) is the head (sign · f(z); softmax is rejected for mse), L = (1/k) Σ (ŷ − y)²,
  // ∂L/∂z = (2/k)(ŷ − y) · h'(z) with h'(z) = sign · f'(z) from the registry.
  // (`checkLossForHead` rejects a softmax head with "mse" before training starts.)
  const { spec, options, sign } = net.head as Extract<Head, { kind: "activation" }>;
  let sampleLoss = 0;
  for (let j = 0; j < k; j++) {
    const zj = z[j] as number;
    const e = sign * spec.scalar(zj, options) - (T[to + j] as number);
    sampleLoss += e * e;
    stats.ssres[j] = (stats.ssres[j] as number) + e * e;
    d[j] = ((2 * e) / k) * sign * spec.scalarDerivative(zj, options);
  }
  stats.loss += sampleLoss / k;
}

/** Backward pass of sample `s` after {@link outputDelta}: adds ∂L/∂W and ∂L/∂b to `g`. */
export function backward(net: Net, ws: Workspace, X: Float64Array, s: number, g: Grads): void {
  const { sizes, W, hidden, hiddenOptions } = net;
  const L = sizes.length - 1;
  for (let l = L - 1; l >= 0; l--) {
    const nIn = sizes[l] as number;
    const nOut = sizes[l + 1] as number;
    const d = ws.d[l] as Float64Array;
    const inp = l === 0 ? X : (ws.a[l - 1] as Float64Array);
    const io = l === 0 ? s * nIn : 0;
    const gW = g.W[l] as Float64Array;
    const gb = g.b[l] as Float64Array;
    const Wl = W[l] as Float64Array;
    // One sweep over the weight matrix does both products:
    //   ∂L/∂W[j, i] = d[j] · a[i]   and   ∂L/∂b[j] = d[j]            (this layer's gradient)
    //   ∂L/∂a_prev[i] = Σ_j W[j, i] · d[j]                            (for the layer below)
    const dPrev = l > 0 ? (ws.d[l - 1] as Float64Array) : null;
    if (dPrev === null) {
      for (let j = 0; j < nOut; j++) {
        const dj = d[j] as number;
        gb[j] = (gb[j] as number) + dj;
        const row = j * nIn;
        for (let i = 0; i < nIn; i++) gW[row + i] = (gW[row + i] as number) + dj * (inp[io + i] as number);
      }
      break;
    }
    dPrev.fill(0);
    for (let j = 0; j < nOut; j++) {
      const dj = d[j] as number;
      gb[j] = (gb[j] as number) + dj;
      const row = j * nIn;
      for (let i = 0; i < nIn; i++) {
        gW[row + i] = (gW[row + i] as number) + dj * (inp[i] as number);
        dPrev[i] = (dPrev[i] as number) + (Wl[row + i] as number) * dj;
      }
    }
    // Then through the hidden activation below: ∂L/∂z_prev[i] = ∂L/∂a_prev[i] · f'(z_prev[i]).
    const zPrev = ws.z[l - 1] as Float64Array;
    for (let i = 0; i < nIn; i++) {
      dPrev[i] = (dPrev[i] as number) * hidden.scalarDerivative(zPrev[i] as number, hiddenOptions);
    }
  }
}

/**
 * Mean loss and its gradient over all samples of `data` (no weight decay): the quantity the
 * gradient checks compare with finite differences and {@link gradientNorms} reports.
 */
export function fullGradient(net: Net, loss: TrainingLoss, data: Data): { loss: number; grads: Grads } {
  const ws = createWorkspace(net.sizes);
  const grads = createGrads(net.sizes);
  const stats = createStats(net.sizes[net.sizes.length - 1] as number);
  for (let s = 0; s < data.n; s++) {
    forward(net, ws, data.X, s);
    outputDelta(net, ws, loss, data, s, stats);
    backward(net, ws, data.X, s, grads);
  }
  for (const arr of [...grads.W, ...grads.b]) for (let i = 0; i < arr.length; i++) arr[i] = (arr[i] as number) / data.n;
  return { loss: stats.loss / data.n, grads };
}
