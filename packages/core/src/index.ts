export * from "./activations/index.js";
export * from "./data/index.js";
export * from "./errors.js";
export * from "./losses/index.js";
export * from "./metrics/index.js";
export * from "./nn/index.js";
export * from "./softmax/index.js";
export type { Matrix, SameShape, Tensor, Vector } from "./tensor.js";
