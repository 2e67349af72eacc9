// Pixels for the board's small images: digits (ink on paper) and first-layer weights (a diverging
// scale). Pure: the canvas view only copies these bytes into an ImageData.

/** RGBA bytes of a digit: 0 (paper) → white, 255 (ink) → black, as the digit was written. */
export function digitRgba(
  pixels: Uint8Array,
  out = new Uint8ClampedArray(pixels.length * 4),
): Uint8ClampedArray {
  for (let i = 0; i < pixels.length; i++) {
    const v = 255 - pixels[i];
    out[4 * i] = v;
    out[4 * i + 1] = v;
    out[4 * i + 2] = v;
    out[4 * i + 3] = 255;
  }
  return out;
}

// Ends of the weight scale: ColorBrewer RdBu's ends (#2166ac blue, #b2182b red), white at 0.
const NEG = [0x21, 0x66, 0xac] as const;
const POS = [0xb2, 0x18, 0x2b] as const;

/**
 * RGBA bytes of a weight image on a symmetric diverging scale: w / scale = −1 → blue, 0 → white,
 * +1 → red (values beyond ±scale are clipped). One scale for every image of a layer, so images
 * compare; `weightScale` gives it.
 */
export function weightRgba(
  weights: ArrayLike<number>,
  scale: number,
  out = new Uint8ClampedArray(weights.length * 4),
): Uint8ClampedArray {
  const s = scale > 0 && Number.isFinite(scale) ? scale : 1;
  for (let i = 0; i < weights.length; i++) {
    const t = Math.max(-1, Math.min(1, weights[i] / s));
    const end = t < 0 ? NEG : POS;
    const a = Math.abs(t);
    out[4 * i] = 255 + (end[0] - 255) * a;
    out[4 * i + 1] = 255 + (end[1] - 255) * a;
    out[4 * i + 2] = 255 + (end[2] - 255) * a;
    out[4 * i + 3] = 255;
  }
  return out;
}

/**
 * The scale of a layer's weight images: the 99th percentile of |w| (not the maximum, so that
 * one large weight does not wash every other pixel out to white). 1 for an empty or all-zero layer.
 */
export function weightScale(weights: ArrayLike<number>): number {
  const abs = Float64Array.from(weights, Math.abs).sort();
  if (abs.length === 0) return 1;
  const q = abs[Math.min(abs.length - 1, Math.floor(0.99 * abs.length))];
  return q > 0 && Number.isFinite(q) ? q : 1;
}
