import { readFileSync } from "node:fs";
import type { MlpJSON } from "../src/index.js";

/** Golden values written by fixtures/generate_torch.py (PyTorch float64, mpmath for erf). */
export interface TorchFixtures {
  versions: Record<string, string>;
  activations: {
    name: string;
    options: Record<string, unknown>;
    x: number[];
    y: number[];
    dy: number[];
    /** f at NaN and ±Infinity, and autograd's derivative at ±Infinity (`dx`, `dy`). */
    special: { x: number[]; y: number[]; dx: number[]; dy: number[] };
  }[];
  erf: { x: number[]; erf: number[]; erfc: number[] };
  softmax: {
    x: number[] | number[][];
    axis: -1 | 0 | 1;
    softmax: number[] | number[][];
    logSoftmax: number[] | number[][];
  }[];
  logSumExp: { x: number[]; value: number }[];
  losses: {
    fn: string;
    yTrue: number[] | number[][];
    yPred: number[] | number[][];
    options: Record<string, unknown>;
    expected: number | number[] | number[][];
  }[];
  /** Networks with fixed weights (core's model format), and torch.nn.Linear's forward pass on `X`. */
  mlp: {
    model: MlpJSON;
    X: number[][];
    /** `[layer][sample][unit]`, after the hidden activation. */
    hiddenActivations: number[][][];
    outputs: number[][];
  }[];
}

const SPECIAL: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  "-Infinity": Number.NEGATIVE_INFINITY,
};

/** The fixtures, with "NaN"/"Infinity"/"-Infinity" strings decoded to numbers. */
export const torchFixtures: TorchFixtures = JSON.parse(
  readFileSync(new URL("./fixtures/torch.json", import.meta.url), "utf8"),
  (_key, value) => (typeof value === "string" && value in SPECIAL ? SPECIAL[value] : value),
);
