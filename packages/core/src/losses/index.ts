export type { LossInput, LossResult, Reduction } from "./_shared.js";
export { binaryCrossEntropy } from "./binaryCrossEntropy.js";
export { type BceWithLogitsOptions, binaryCrossEntropyWithLogits } from "./binaryCrossEntropyWithLogits.js";
export { type CrossEntropyOptions, crossEntropy } from "./crossEntropy.js";
export { huberLoss } from "./huberLoss.js";
export { meanAbsoluteError } from "./meanAbsoluteError.js";
export { meanSquaredError } from "./meanSquaredError.js";
