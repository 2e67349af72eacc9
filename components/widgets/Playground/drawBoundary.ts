// Paints a decision boundary: P(class 1) on a coarse grid, scaled up with smoothing, then the
// data points (training points filled, test points as rings). Colours follow the theme; a
// probability that is not finite is never painted (the cell stays the background colour).
// A regression's board is the predicted value ŷ on a diverging scale: class 0's hue below 0,
// class 1's above, full tint at |ŷ| ≥ 1 (the labels' range), as the Playground draws it.
import { DOMAIN, type Problem } from './model.ts';

export interface Palette {
  /** RGB of class 1, class 0 and the background. */
  one: [number, number, number];
  zero: [number, number, number];
  background: [number, number, number];
  ink: string;
}

export const LIGHT: Palette = {
  one: [31, 95, 191],
  zero: [192, 81, 10],
  background: [255, 255, 255],
  ink: '#1d1d1f',
};
export const DARK: Palette = {
  one: [127, 178, 255],
  zero: [255, 163, 92],
  background: [31, 35, 43],
  ink: '#f2f2f2',
};

/** The tint's strength on the boards at full confidence (the rest is the background). */
export const TINT = 0.55;

/** Where the colour scale is neutral and how far from there it reaches full tint. */
const scaleOf = (problem: Problem) =>
  problem === 'regression' ? { centre: 0, half: 1 } : { centre: 0.5, half: 0.5 };

/** The colour of value v: towards class 1's hue above the centre, class 0's below, by |v − centre| / half (clamped), at strength `tint`. */
export function valueColor(
  v: number,
  pal: Palette,
  problem: Problem,
  discrete = false,
  tint = TINT,
): [number, number, number] {
  const { centre, half } = scaleOf(problem);
  const ok = Number.isFinite(v);
  const c = ok && v >= centre ? pal.one : pal.zero;
  // Discretised: only the predicted class (or sign), at full tint (the Playground's "discretize output").
  const w = ok ? (discrete ? 1 : Math.min(1, Math.abs(v - centre) / half)) * tint : 0;
  const bg = pal.background;
  return [bg[0] + (c[0] - bg[0]) * w, bg[1] + (c[1] - bg[1]) * w, bg[2] + (c[2] - bg[2]) * w];
}

/**
 * Writes the colours of `count` values (from `values[from]`) as opaque RGBA bytes into `out`, from
 * byte 0: valueColor without an array per pixel (boards and diagram repaint thirty times a second).
 */
export function fillPixels(
  out: Uint8ClampedArray,
  values: ArrayLike<number>,
  from: number,
  count: number,
  pal: Palette,
  problem: Problem,
  discrete = false,
  tint = TINT,
): void {
  const { centre, half } = scaleOf(problem);
  const bg = pal.background;
  for (let i = 0; i < count; i++) {
    const v = values[from + i];
    const ok = Number.isFinite(v);
    const c = ok && v >= centre ? pal.one : pal.zero;
    const w = ok ? (discrete ? 1 : Math.min(1, Math.abs(v - centre) / half)) * tint : 0;
    out[4 * i] = bg[0] + (c[0] - bg[0]) * w;
    out[4 * i + 1] = bg[1] + (c[1] - bg[1]) * w;
    out[4 * i + 2] = bg[2] + (c[2] - bg[2]) * w;
    out[4 * i + 3] = 255;
  }
}

/** RGBA bytes for a res × res grid of P(class 1) (classification) or ŷ (regression). */
export function gridPixels(
  grid: Float32Array,
  res: number,
  pal: Palette,
  discrete = false,
  problem: Problem = 'classification',
): Uint8ClampedArray {
  const px = new Uint8ClampedArray(4 * res * res);
  fillPixels(px, grid, 0, res * res, pal, problem, discrete);
  return px;
}

const rgb = ([r, g, b]: readonly number[]) => `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;

/** The regression legend's CSS gradient from ŷ = −1 to 1, in the boards' own colours. */
export function legendGradient(pal: Palette): string {
  const stops = [-1, -0.5, 0, 0.5, 1].map((v) => rgb(valueColor(v, pal, 'regression')));
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** A canvas on the page, or in the worker (where the boards are drawn when the browser can). */
export type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;

/** A new canvas of w × h: an element on the page, an OffscreenCanvas in a worker (no document there). */
export function makeCanvas(w: number, h: number): AnyCanvas {
  if (typeof document === 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

/** The coarse grid's pixels, one small canvas and its image per grid size (shared by the boards). */
const scratch = new Map<number, { canvas: AnyCanvas; image: ImageData }>();

export type PointSets = readonly { X: Float64Array; y: Float64Array; n: number; test: boolean }[];

/**
 * Draws the data points (training points filled, test points as rings) on `layer`, a transparent
 * canvas of W × H the boards then copy in one drawImage: a board repaints some thirty times a
 * second while training, and hundreds of separate arcs each time held up the main thread the
 * reader's presses need. The caller redraws it only when the points, size, palette or problem change.
 */
export function drawPointsLayer(
  layer: AnyCanvas,
  points: PointSets,
  W: number,
  H: number,
  pal: Palette,
  problem: Problem,
): void {
  if (layer.width !== W) layer.width = W;
  if (layer.height !== H) layer.height = H;
  const ctx = layer.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, W, H);
  const r = Math.max(2, W / 110);
  const toPx = (x: number, y: number): [number, number] => [
    ((x + DOMAIN) / (2 * DOMAIN)) * W,
    ((DOMAIN - y) / (2 * DOMAIN)) * H,
  ];
  for (const set of points) {
    for (let i = 0; i < set.n; i++) {
      const [px, py] = toPx(set.X[2 * i], set.X[2 * i + 1]);
      // a class's full hue; a regression label on the scale (its sign's hue, paler near 0)
      const c =
        problem === 'regression'
          ? valueColor(set.y[i], pal, problem, true, 0.35 + 0.65 * Math.min(1, Math.abs(set.y[i])))
          : set.y[i] === 1
            ? pal.one
            : pal.zero;
      ctx.beginPath();
      ctx.arc(px, py, r, 0, 2 * Math.PI);
      if (set.test) {
        ctx.lineWidth = Math.max(1, r / 2);
        ctx.strokeStyle = rgb(c);
        ctx.stroke();
      } else {
        ctx.fillStyle = rgb(c);
        ctx.fill();
        ctx.lineWidth = 0.75;
        ctx.strokeStyle = pal.ink;
        ctx.stroke();
      }
    }
  }
}

/** The boundary on the res × res grid, scaled up with smoothing, then the points' layer (drawPointsLayer). */
export function drawBoundary(
  canvas: AnyCanvas,
  grid: Float32Array,
  res: number,
  points: CanvasImageSource | null,
  pal: Palette,
  discrete = false,
  problem: Problem = 'classification',
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  let small = scratch.get(res);
  if (!small) {
    const c = makeCanvas(res, res);
    const sctx = c.getContext('2d');
    if (!sctx) return;
    small = { canvas: c, image: sctx.createImageData(res, res) };
    scratch.set(res, small);
  }
  fillPixels(small.image.data, grid, 0, res * res, pal, problem, discrete);
  small.canvas.getContext('2d')?.putImageData(small.image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small.canvas, 0, 0, canvas.width, canvas.height);
  if (points) ctx.drawImage(points, 0, 0);
}
