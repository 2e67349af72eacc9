import { UNSTABLE, rateShade, viridis } from './colormap.ts';
import { rateGrid, type MapMethod } from './model.ts';

export interface RatePixelsInput {
  method: MapMethod;
  kappa: number;
  nx: number;
  ny: number;
}
export interface RatePixels extends RatePixelsInput {
  rgba: Uint8ClampedArray;
}

/**
 * ratePixels({ method, kappa, nx, ny }) → the rate map as RGBA pixels, row 0 at the top (β = max):
 * viridis(rateShade(ρ)) where the iteration converges, grey where ρ ≥ 1. Run in a worker; the
 * page only copies the pixels into a canvas.
 */
export function ratePixels(input: RatePixelsInput): RatePixels {
  const { method, kappa, nx, ny } = input;
  const grid = rateGrid(method, kappa, nx, ny);
  const rgba = new Uint8ClampedArray(4 * nx * ny);
  for (let k = 0; k < grid.length; k++) {
    const r = grid[k];
    const [red, green, blue] = r < 1 ? viridis(rateShade(r)) : UNSTABLE;
    rgba[4 * k] = red;
    rgba[4 * k + 1] = green;
    rgba[4 * k + 2] = blue;
    rgba[4 * k + 3] = 255;
  }
  return { ...input, rgba };
}
