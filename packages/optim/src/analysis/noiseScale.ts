import { integer, nonNegative, positive } from '../internal/validate.ts';

/**
 * The SGD noise scale of Smith, Kindermans, Ying & Le (2018): for mini-batches of b examples
 * drawn without replacement from n, $g = \eta\,(n/b - 1) \approx \eta n/b$ for b ≪ n
 * (their ε(N/B − 1); with momentum β it becomes η(n/b − 1)/(1 − β)). It is proportional to
 * the variance of the step η·g_t, η²·σ²(n − b)/(b(n − 1)), divided by η — the temperature of
 * the SDE that SGD approximates. Reference: Smith, Kindermans, Ying & Le (2018), Don't Decay
 * the Learning Rate, Increase the Batch Size (ICLR).
 */
export function sgdNoiseScale({
  lr,
  n,
  batchSize,
  momentum = 0,
}: {
  lr: number;
  n: number;
  batchSize: number;
  momentum?: number;
}): number {
  const fn = 'sgdNoiseScale';
  nonNegative(fn, 'lr', lr);
  integer(fn, 'n', n, 1);
  integer(fn, 'batchSize', batchSize, 1);
  if (batchSize > n) throw new RangeError(`${fn}: batchSize must be ≤ n, got ${batchSize} > ${n}`);
  if (!(momentum >= 0 && momentum < 1))
    throw new RangeError(`${fn}: momentum must be in [0, 1), got ${momentum}`);
  return (lr * (n / batchSize - 1)) / (1 - momentum);
}

/**
 * The batch size that keeps the noise scale of (lr0, b0) when the rate is lr instead:
 * solve lr0·(n/b − 1) = lr·(n/b0 − 1) for b, $b = n / \big(1 + (\eta/\eta_0)(n/b_0 - 1)\big)$ —
 * so decaying the rate by a factor k is matched by a batch about k times larger
 * (exactly b0·k when b ≪ n). Returned unrounded; the caller rounds and caps at n.
 */
export function matchedBatchSize({
  lr0,
  batchSize0,
  lr,
  n,
}: {
  lr0: number;
  batchSize0: number;
  lr: number;
  n: number;
}): number {
  const fn = 'matchedBatchSize';
  positive(fn, 'lr0', lr0);
  nonNegative(fn, 'lr', lr);
  integer(fn, 'n', n, 1);
  integer(fn, 'batchSize0', batchSize0, 1);
  if (batchSize0 > n) throw new RangeError(`${fn}: batchSize0 must be ≤ n, got ${batchSize0} > ${n}`);
  return n / (1 + (lr / lr0) * (n / batchSize0 - 1));
}
