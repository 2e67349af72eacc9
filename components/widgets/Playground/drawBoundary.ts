// Paints a decision boundary: P(class 1) on a coarse grid, scaled up with smoothing, then the
// data points (training points filled, test points as rings). Colours follow the theme; a
// probability that is not finite is never painted (the cell stays the background colour).
import { DOMAIN } from './model.ts';

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

/** RGBA bytes for a res × res probability grid: tint towards a class by |p − ½|. */
export function gridPixels(
  grid: Float32Array,
  res: number,
  pal: Palette,
  discrete = false,
): Uint8ClampedArray {
  const px = new Uint8ClampedArray(4 * res * res);
  for (let i = 0; i < res * res; i++) {
    const p = grid[i];
    const ok = Number.isFinite(p);
    const c = ok && p >= 0.5 ? pal.one : pal.zero;
    // Discretised: only the predicted class, at full tint (the Playground's "discretize output").
    const w = ok ? (discrete ? 1 : Math.min(1, Math.abs(p - 0.5) * 2)) * 0.55 : 0;
    px[4 * i] = pal.background[0] + (c[0] - pal.background[0]) * w;
    px[4 * i + 1] = pal.background[1] + (c[1] - pal.background[1]) * w;
    px[4 * i + 2] = pal.background[2] + (c[2] - pal.background[2]) * w;
    px[4 * i + 3] = 255;
  }
  return px;
}

const scratch = new Map<number, HTMLCanvasElement>();

export function drawBoundary(
  canvas: HTMLCanvasElement,
  grid: Float32Array,
  res: number,
  points: { X: Float64Array; y: Float64Array; n: number; test: boolean }[],
  pal: Palette,
  discrete = false,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  let small = scratch.get(res);
  if (!small) {
    small = document.createElement('canvas');
    small.width = res;
    small.height = res;
    scratch.set(res, small);
  }
  const sctx = small.getContext('2d');
  if (!sctx) return;
  const img = sctx.createImageData(res, res);
  img.data.set(gridPixels(grid, res, pal, discrete));
  sctx.putImageData(img, 0, 0);
  const W = canvas.width;
  const H = canvas.height;
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, 0, 0, W, H);
  const r = Math.max(2, W / 110);
  const toPx = (x: number, y: number): [number, number] => [
    ((x + DOMAIN) / (2 * DOMAIN)) * W,
    ((DOMAIN - y) / (2 * DOMAIN)) * H,
  ];
  for (const set of points) {
    for (let i = 0; i < set.n; i++) {
      const [px, py] = toPx(set.X[2 * i], set.X[2 * i + 1]);
      const c = set.y[i] === 1 ? pal.one : pal.zero;
      ctx.beginPath();
      ctx.arc(px, py, r, 0, 2 * Math.PI);
      if (set.test) {
        ctx.lineWidth = Math.max(1, r / 2);
        ctx.strokeStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
        ctx.stroke();
      } else {
        ctx.fillStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
        ctx.fill();
        ctx.lineWidth = 0.75;
        ctx.strokeStyle = pal.ink;
        ctx.stroke();
      }
    }
  }
}
