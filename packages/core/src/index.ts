export * from "./errors.js";
export type { Matrix, SameShape, Tensor, Vector } from "./tensor.js";
