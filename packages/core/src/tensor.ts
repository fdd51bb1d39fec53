/** A vector: a plain array or a typed array of numbers. */
export type Vector = number[] | Float64Array | Float32Array;

/** A matrix: an array of rows; rows are samples. */
export type Matrix = number[][];

/**
 * What element-wise functions accept: a scalar, a vector, a matrix or a typed array.
 * They return the same shape and kind they were given.
 */
export type Tensor = number | number[] | number[][] | Float64Array | Float32Array;

/** The result type of an element-wise function applied to `T`. */
export type SameShape<T extends Tensor> = T extends number
  ? number
  : T extends Float64Array
    ? Float64Array
    : T extends Float32Array
      ? Float32Array
      : T extends number[][]
        ? number[][]
        : number[];
