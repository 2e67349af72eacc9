import {
  DIGITS_HEADER_BYTES,
  DIGITS_MAGIC,
  DIGITS_VERSION,
  digitsChecksum,
} from '../../src/lib/digits/digitsFormat.ts';
import type { DigitsSubset } from './selectDigits.ts';

/** Writes a subset in the digits asset's layout (src/lib/digits/digitsFormat.ts). */
export function encodeDigits({ width, height, classes, train, test }: DigitsSubset): Uint8Array {
  const d = width * height;
  const nTrain = train.labels.length;
  const nTest = test.labels.length;
  if (train.pixels.length !== nTrain * d || test.pixels.length !== nTest * d)
    throw new RangeError('encodeDigits: pixels and labels disagree on the number of images');
  const bytes = new Uint8Array(DIGITS_HEADER_BYTES + (nTrain + nTest) * (1 + d));
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = DIGITS_MAGIC.charCodeAt(i);
  view.setUint16(4, DIGITS_VERSION, true);
  bytes[6] = width;
  bytes[7] = height;
  bytes[8] = classes;
  view.setUint32(12, nTrain, true);
  view.setUint32(16, nTest, true);
  let at = DIGITS_HEADER_BYTES;
  for (const part of [train.labels, test.labels, train.pixels, test.pixels]) {
    bytes.set(part, at);
    at += part.length;
  }
  view.setUint32(20, digitsChecksum(bytes), true);
  return bytes;
}
