/**
 * Neumaier's improved Kahan summation (Neumaier 1974, "Rundungsfehleranalyse einiger Verfahren zur
 * Summation endlicher Summen"): the error does not grow with the number of terms. Used where a loss or
 * a mean over many values must agree with PyTorch's pairwise sums to 1e-9 relative.
 */
export function stableSum(values: ArrayLike<number>): number {
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const t = sum + v;
    comp += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  const total = sum + comp;
  // With infinities the compensation is NaN (inf − inf); the plain sum is then the right answer.
  return Number.isFinite(total) ? total : sum;
}
