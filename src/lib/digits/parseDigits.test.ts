import { describe, expect, it } from 'vitest';
import { rng } from '@descent/optim';
import { parseDigits, DigitsFormatError } from './parseDigits.ts';
import { digitsChecksum } from './digitsFormat.ts';
import { encodeDigits } from '../../../scripts/digits/encodeDigits.ts';
import { loadDigits } from './loadDigits.ts';

/** A small valid asset: 5 training and 3 test images of 4 × 2 pixels, 3 classes. */
function small() {
  const r = rng(1);
  const split = (n: number) => ({
    labels: Uint8Array.from({ length: n }, () => r.int(3)),
    pixels: Uint8Array.from({ length: n * 8 }, () => r.int(256)),
  });
  const subset = { width: 4, height: 2, classes: 3, train: split(5), test: split(3) };
  return { subset, bytes: encodeDigits(subset) };
}

/** Rewrites the header checksum after an edit, so the edit itself is what the parser meets. */
function resum(bytes: Uint8Array): Uint8Array {
  new DataView(bytes.buffer).setUint32(20, digitsChecksum(bytes), true);
  return bytes;
}

describe('parseDigits(bytes)', () => {
  it('reads back what encodeDigits wrote: X = pixels/255 row by row, y the labels, raw bytes kept', () => {
    const { subset, bytes } = small();
    expect(bytes.length).toBe(24 + 8 * (1 + 8));
    const d = parseDigits(bytes.buffer as ArrayBuffer);
    expect([d.width, d.height, d.classes, d.train.n, d.test.n]).toEqual([4, 2, 3, 5, 3]);
    for (const [got, want] of [
      [d.train, subset.train],
      [d.test, subset.test],
    ] as const) {
      expect(Array.from(got.y)).toEqual(Array.from(want.labels));
      expect(Array.from(got.labels)).toEqual(Array.from(want.labels));
      expect(Array.from(got.pixels)).toEqual(Array.from(want.pixels));
      expect(Array.from(got.X)).toEqual(Array.from(want.pixels, (p) => p / 255));
      expect(got.X.length).toBe(got.n * 8);
    }
  });

  it('names what is wrong with a short, foreign, newer, implausible, truncated, padded or corrupted file', () => {
    const { bytes } = small();
    const cases: [Uint8Array, RegExp][] = [
      [bytes.slice(0, 10), /10 bytes, shorter than the 24-byte header/],
      [
        new TextEncoder().encode('<!doctype html><html>not found</html>'),
        /not a digits file \(it starts with "<!do"/,
      ],
      [resum(Object.assign(bytes.slice(), { 4: 2 })), /format version 2; this loader reads version 1/],
      [resum(Object.assign(bytes.slice(), { 6: 0 })), /implausible header \(0×2 pixels/],
      [bytes.slice(0, bytes.length - 1), /truncated: 95 of 96 bytes/],
      [Uint8Array.from([...bytes, 0]), /1 bytes past the end/],
      [Object.assign(bytes.slice(), { 60: bytes[60] ^ 1 }), /corrupted: the checksum/],
      [Object.assign(bytes.slice(), { 8: 7 }), /corrupted: the checksum/],
      [resum(Object.assign(bytes.slice(), { 10: 1 })), /implausible header/],
      [resum(Object.assign(bytes.slice(), { 25: 7 })), /label 7 of image 1 is not one of the 3 classes/],
    ];
    for (const [bad, message] of cases) {
      expect(() => parseDigits(bad)).toThrow(DigitsFormatError);
      expect(() => parseDigits(bad)).toThrow(message);
    }
  });

  it('never crashes on damaged input: every truncation and 200 random byte flips give a DigitsFormatError', () => {
    const { bytes } = small();
    const r = rng(2);
    const damaged: Uint8Array[] = [];
    for (let len = 0; len < bytes.length; len++) damaged.push(bytes.slice(0, len));
    for (let k = 0; k < 200; k++) {
      const b = bytes.slice();
      b[r.int(b.length)] ^= 1 + r.int(255);
      damaged.push(b);
    }
    for (const b of damaged) {
      let error: unknown = null;
      try {
        parseDigits(b);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DigitsFormatError);
    }
  });
});

describe('loadDigits(base, fetch)', () => {
  const respond = (body: BodyInit | null, status = 200) =>
    (async () => new Response(body, { status })) as unknown as typeof fetch;

  it('fetches base + data/digits.bin and parses it', async () => {
    const { bytes } = small();
    let asked = '';
    const fake = (async (url: string) => {
      asked = url;
      return new Response(bytes.slice().buffer);
    }) as unknown as typeof fetch;
    const d = await loadDigits('/course', fake);
    expect(asked).toBe('/course/data/digits.bin');
    expect(d.train.n).toBe(5);
  });

  it('rejects with a message naming the URL on a network error or an HTTP error, and passes format errors on', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(loadDigits('/', offline)).rejects.toThrow(
      'Could not download the digits (/data/digits.bin): Failed to fetch',
    );
    await expect(loadDigits('/', respond('missing', 404))).rejects.toThrow(/HTTP 404/);
    await expect(loadDigits('/', respond('<html>'))).rejects.toThrow(DigitsFormatError);
  });
});
