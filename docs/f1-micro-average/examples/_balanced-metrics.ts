// Balanced accuracy and the Matthews correlation coefficient, computed as scikit-learn 1.9's
// balanced_accuracy_score (adjusted=False) and matthews_corrcoef compute them. @nn-explained/core
// has neither, so they are built here from its confusion matrix (rows: true class, columns: predicted).
import { confusionMatrix, type LabelVector } from "@nn-explained/core";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const dot = (a: readonly number[], b: readonly number[]) => sum(a.map((v, i) => v * (b[i] ?? 0)));

/**
 * The mean of the per-class recalls. A class that is predicted but absent from yTrue has recall 0/0;
 * scikit-learn leaves it out (with a warning), and so does this.
 */
export function balancedAccuracyScore(yTrue: LabelVector, yPred: LabelVector): number {
  const c = confusionMatrix(yTrue, yPred);
  const recalls = c.map((row, k) => (row[k] ?? 0) / sum(row)).filter((r) => !Number.isNaN(r));
  return sum(recalls) / recalls.length;
}

/**
 * The K-class Matthews correlation coefficient (Gorodkin 2004), from c correct predictions out of s
 * samples, t_k samples of class k and p_k predictions of class k:
 *   MCC = (c·s − Σ p_k t_k) / sqrt((s² − Σ p_k²)(s² − Σ t_k²)),
 * and 0 when the denominator is 0 (a constant prediction or a constant truth), as in scikit-learn.
 */
export function matthewsCorrcoef(yTrue: LabelVector, yPred: LabelVector): number {
  const c = confusionMatrix(yTrue, yPred);
  const t = c.map(sum);
  const p = c.map((_, j) => sum(c.map((row) => row[j] ?? 0)));
  const correct = sum(c.map((row, k) => row[k] ?? 0));
  const s = sum(p);
  const covTruePred = correct * s - dot(t, p);
  const covPredPred = s * s - dot(p, p);
  const covTrueTrue = s * s - dot(t, t);
  const denominator = covPredPred * covTrueTrue;
  return denominator === 0 ? 0 : covTruePred / Math.sqrt(denominator);
}
