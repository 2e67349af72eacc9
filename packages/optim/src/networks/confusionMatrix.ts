import { integer } from '../internal/validate.ts';

/**
 * The confusion matrix of a classifier on n examples: counts[t·k + p] is the number of examples
 * of true class t predicted as class p (rows true, columns predicted, as scikit-learn's
 * `confusion_matrix`), so the diagonal holds the right answers and row t sums to the number of
 * examples of class t. Classes are 0 … k − 1; `predicted` and `labels` hold them as numbers
 * (labels may be a Float64Array of class indices, as mlp's y).
 */
export function confusionMatrix(
  predicted: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
  n: number = labels.length,
): Uint32Array {
  const fn = 'confusionMatrix';
  const k = integer(fn, 'classes', classes, 2);
  integer(fn, 'n', n, 0);
  if (predicted.length < n || labels.length < n)
    throw new RangeError(`${fn}: predicted and labels must hold at least n = ${n} values`);
  const counts = new Uint32Array(k * k);
  for (let i = 0; i < n; i++) {
    const t = labels[i];
    const p = predicted[i];
    if (!(Number.isInteger(t) && t >= 0 && t < k && Number.isInteger(p) && p >= 0 && p < k))
      throw new RangeError(
        `${fn}: example ${i} has label ${t} and prediction ${p}; classes are 0 … ${k - 1}`,
      );
    counts[t * k + p]++;
  }
  return counts;
}
