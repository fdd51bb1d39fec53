export type { SoftmaxOptions } from "./_rows.js";
export { logSoftmax } from "./logSoftmax.js";
export { logSumExp } from "./logSumExp.js";
export { softmax } from "./softmax.js";
