// f1_score's default is average='binary': the F1 of one positive class. On three classes there is no
// single positive class, so scikit-learn stops and lists the averages that work. Core does the same.
import { f1Score } from "@nn-explained/core";

const yTrue = [0, 0, 1, 1, 2, 2];
const yPred = [0, 1, 1, 1, 2, 0];

try {
  f1Score(yTrue, yPred);
} catch (error) {
  console.log(`${(error as Error).name}: ${(error as Error).message}`);
}
