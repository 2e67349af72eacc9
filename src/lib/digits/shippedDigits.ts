import { buildDigitsAsset } from '../../../scripts/digits/buildDigitsAsset.ts';
import { parseDigits, type Digits } from './parseDigits.ts';

let cached: Digits | undefined;

/**
 * The digits the site ships, built in this process from the `mnist` package by the same build
 * step that writes dist/data/digits.bin and parsed as the board parses the file. Node only: for
 * build-time worked examples and tests, never for the browser (which fetches the file).
 */
export function shippedDigits(): Digits {
  cached ??= parseDigits(buildDigitsAsset());
  return cached;
}
