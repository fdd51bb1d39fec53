export { createRng, type Rng } from "./createRng.js";
export { type MakeBlobsOptions, makeBlobs } from "./makeBlobs.js";
export { type MakeClassificationOptions, makeClassification } from "./makeClassification.js";
export { type MakeMoonsOptions, makeMoons } from "./makeMoons.js";
export {
  type MakeMultilabelClassificationOptions,
  makeMultilabelClassification,
} from "./makeMultilabelClassification.js";
export { type MakeRegressionOptions, makeRegression } from "./makeRegression.js";
export { type TrainTestSplitOptions, trainTestSplit } from "./trainTestSplit.js";
