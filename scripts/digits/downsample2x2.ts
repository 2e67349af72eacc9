/**
 * Halves each side of n images (width × height bytes each, both even) by averaging each 2 × 2
 * block, rounded half up in integers ((a + b + c + d + 2) >> 2): the same bytes on every machine.
 */
export function downsample2x2(src: Uint8Array, n: number, width: number, height: number): Uint8Array {
  if (width % 2 || height % 2) throw new RangeError(`downsample2x2: ${width}×${height} has an odd side`);
  if (src.length < n * width * height) throw new RangeError('downsample2x2: src holds fewer than n images');
  const w = width / 2;
  const h = height / 2;
  const out = new Uint8Array(n * w * h);
  for (let i = 0; i < n; i++) {
    const s = i * width * height;
    const o = i * w * h;
    for (let r = 0; r < h; r++)
      for (let c = 0; c < w; c++) {
        const p = s + 2 * r * width + 2 * c;
        out[o + r * w + c] = (src[p] + src[p + 1] + src[p + width] + src[p + width + 1] + 2) >> 2;
      }
  }
  return out;
}
