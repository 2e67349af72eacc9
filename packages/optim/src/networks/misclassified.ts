import { integer } from '../internal/validate.ts';

/** The indices i < n where predicted[i] ≠ labels[i], in increasing order. */
export function misclassified(
  predicted: ArrayLike<number>,
  labels: ArrayLike<number>,
  n: number = labels.length,
): Uint32Array {
  integer('misclassified', 'n', n, 0);
  if (predicted.length < n || labels.length < n)
    throw new RangeError(`misclassified: predicted and labels must hold at least n = ${n} values`);
  let wrong = 0;
  for (let i = 0; i < n; i++) if (predicted[i] !== labels[i]) wrong++;
  const out = new Uint32Array(wrong);
  for (let i = 0, w = 0; i < n; i++) if (predicted[i] !== labels[i]) out[w++] = i;
  return out;
}
