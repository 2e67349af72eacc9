import type { Dataset } from '@descent/optim';
import { DIGITS_HEADER_BYTES, DIGITS_MAGIC, DIGITS_VERSION, digitsChecksum } from './digitsFormat.ts';

/** One split of the digits: inputs scaled to [0, 1], labels 0 … 9, and the raw pixels for drawing. */
export interface DigitsSplit extends Dataset {
  /** n × width × height bytes, 0 = paper, 255 = ink (a view into the asset). */
  pixels: Uint8Array;
  /** The labels as bytes (a view into the asset); `y` holds them as class indices for mlp. */
  labels: Uint8Array;
}

export interface Digits {
  width: number;
  height: number;
  classes: number;
  train: DigitsSplit;
  test: DigitsSplit;
}

/** Thrown for a file that is not a complete, intact digits asset; the message says what is wrong. */
export class DigitsFormatError extends Error {
  override name = 'DigitsFormatError';
}

/**
 * Reads the digits asset (digitsFormat.ts) into two data sets mlp trains on directly: X is
 * n × (width·height) row-major, each pixel scaled to [0, 1] as p/255 (what PyTorch's ToTensor
 * gives; zeros stay zeros, and images draw as they are), y the class indices. Throws a
 * DigitsFormatError, never anything else, for a short, truncated, corrupted or foreign file.
 */
export function parseDigits(data: ArrayBuffer | Uint8Array): Digits {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const fail = (why: string): never => {
    throw new DigitsFormatError(`digits asset: ${why}`);
  };
  if (bytes.length < DIGITS_HEADER_BYTES)
    fail(
      `${bytes.length} bytes, shorter than the ${DIGITS_HEADER_BYTES}-byte header (an interrupted download?)`,
    );
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== DIGITS_MAGIC) fail(`not a digits file (it starts with ${JSON.stringify(magic)}, not "DGTS")`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== DIGITS_VERSION)
    fail(`format version ${version}; this loader reads version ${DIGITS_VERSION}`);
  const width = bytes[6];
  const height = bytes[7];
  const classes = bytes[8];
  const nTrain = view.getUint32(12, true);
  const nTest = view.getUint32(16, true);
  if (width < 1 || height < 1 || classes < 2 || nTrain < 1 || nTest < 1 || bytes[9] | bytes[10] | bytes[11])
    fail(`implausible header (${width}×${height} pixels, ${classes} classes, ${nTrain} + ${nTest} images)`);
  const d = width * height;
  const expected = DIGITS_HEADER_BYTES + (nTrain + nTest) * (1 + d);
  if (bytes.length < expected) fail(`truncated: ${bytes.length} of ${expected} bytes`);
  if (bytes.length > expected) fail(`${bytes.length - expected} bytes past the end of the data`);
  if (digitsChecksum(bytes) !== view.getUint32(20, true))
    fail('corrupted: the checksum does not match the contents');

  const split = (labelsAt: number, pixelsAt: number, n: number): DigitsSplit => {
    const labels = bytes.subarray(labelsAt, labelsAt + n);
    const pixels = bytes.subarray(pixelsAt, pixelsAt + n * d);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (labels[i] >= classes) fail(`label ${labels[i]} of image ${i} is not one of the ${classes} classes`);
      y[i] = labels[i];
    }
    const X = new Float64Array(n * d);
    for (let q = 0; q < n * d; q++) X[q] = pixels[q] / 255;
    return { X, y, n, pixels, labels };
  };
  const labels0 = DIGITS_HEADER_BYTES;
  const pixels0 = labels0 + nTrain + nTest;
  return {
    width,
    height,
    classes,
    train: split(labels0, pixels0, nTrain),
    test: split(labels0 + nTrain, pixels0 + nTrain * d, nTest),
  };
}
