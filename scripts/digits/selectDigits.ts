import { rng } from '@descent/optim';
import { downsample2x2 } from './downsample2x2.ts';
import { MNIST_SIDE } from './readMnistPackage.ts';

export interface DigitsSubsetOptions {
  seed: number;
  trainPerClass: number;
  testPerClass: number;
  /** 28 keeps the images; 14 halves each side (downsample2x2). */
  side: 28 | 14;
}

export interface DigitsSplitBytes {
  labels: Uint8Array;
  pixels: Uint8Array;
}

export interface DigitsSubset {
  width: number;
  height: number;
  classes: number;
  train: DigitsSplitBytes;
  test: DigitsSplitBytes;
}

/**
 * A fixed, class-balanced subset: one seeded stream (rng(seed)) shuffles each class's images in
 * turn (classes 0 … 9) and takes the first trainPerClass for training and the next testPerClass
 * for testing, so no image is in both; then it shuffles the training set and the test set, so any
 * prefix of either is a mixed sample. Pure: the same images and options give the same bytes.
 */
export function selectDigits(perClass: readonly Uint8Array[], options: DigitsSubsetOptions): DigitsSubset {
  const { seed, trainPerClass, testPerClass, side } = options;
  const px = MNIST_SIDE * MNIST_SIDE;
  const r = rng(seed);
  const train: { c: number; img: Uint8Array }[] = [];
  const test: { c: number; img: Uint8Array }[] = [];
  perClass.forEach((images, c) => {
    const count = images.length / px;
    if (count < trainPerClass + testPerClass)
      throw new RangeError(
        `selectDigits: class ${c} has ${count} images, fewer than ${trainPerClass} + ${testPerClass}`,
      );
    const order = r.shuffle(Array.from({ length: count }, (_, i) => i));
    const take = (i: number) => ({ c, img: images.subarray(order[i] * px, (order[i] + 1) * px) });
    for (let i = 0; i < trainPerClass; i++) train.push(take(i));
    for (let i = trainPerClass; i < trainPerClass + testPerClass; i++) test.push(take(i));
  });
  const pack = (items: { c: number; img: Uint8Array }[]): DigitsSplitBytes => {
    const shuffled = r.shuffle(items);
    const full = new Uint8Array(shuffled.length * px);
    shuffled.forEach((it, i) => full.set(it.img, i * px));
    return {
      labels: Uint8Array.from(shuffled, (it) => it.c),
      pixels: side === 14 ? downsample2x2(full, shuffled.length, MNIST_SIDE, MNIST_SIDE) : full,
    };
  };
  return { width: side, height: side, classes: perClass.length, train: pack(train), test: pack(test) };
}
