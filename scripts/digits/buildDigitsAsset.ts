import { encodeDigits } from './encodeDigits.ts';
import { readMnistPackage } from './readMnistPackage.ts';
import { selectDigits, type DigitsSubsetOptions } from './selectDigits.ts';

/**
 * What the site ships: 600 training and 100 test images per class (6,000 + 1,000, balanced),
 * halved to 14 × 14. Why 14 × 14 (measured, see packages/optim/README.md): the 196-64-10 network
 * trains about four times as many examples per second as 784-64-10 and reaches the same test
 * accuracy within the same number of updates, and the asset fits the 600 KB gzip budget
 * (≈ 0.47 MB), where 28 × 28 needs ≈ 1.1 MB.
 */
export const DIGITS_BUILD: DigitsSubsetOptions = { seed: 1, trainPerClass: 600, testPerClass: 100, side: 14 };

/** The digits asset's bytes, from the installed mnist package. Deterministic. */
export function buildDigitsAsset(options: DigitsSubsetOptions = DIGITS_BUILD, dir?: string): Uint8Array {
  return encodeDigits(selectDigits(readMnistPackage(dir), options));
}
