import { plotBox } from './Axes.tsx';
import { contourPaths, logLevels, sampleGrid, type Domain, type Point } from './contourGeometry.ts';

export type LevelSets = { level: number; d: string }[];

export interface LevelSetGrid {
  domain: Domain;
  /** The plot's viewBox size: the paths are in its pixels. */
  width: number;
  height: number;
  /** Grid cells per side (default 64). */
  resolution?: number;
  /** Number of log-spaced levels (default 14). */
  levels?: number;
  /** The floor of the levels, f* (default: the grid minimum). */
  fStar?: number;
}

/** plotToPx(width, height, domain) → the map from data coordinates to a contour plot's viewBox pixels. */
export function plotToPx(width: number, height: number, domain: Domain): (x: number, y: number) => Point {
  const box = plotBox(width, height);
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  return (x, y) => [
    box.left + ((x - x0) / (x1 - x0)) * (box.right - box.left),
    box.bottom - ((y - y0) / (y1 - y0)) * (box.bottom - box.top),
  ];
}

/** Traced level sets by objective (held weakly: they go when the function does) and grid. */
const cache = new WeakMap<(x: number, y: number) => number, Map<string, LevelSets>>();

/**
 * levelSets(f, grid) → the level sets ContourPlot draws for f, one SVG path per level, remembered
 * per function and grid. Tracing them is the costly part of a contour plot (sampling f on the
 * grid, d3-contour, ~50 KB of path text: 5–10 ms on a laptop, four times that on a slow phone), so
 * a widget whose slider changes f can trace the neighbouring settings' level sets while the page
 * is idle, and the press that reaches one only draws it.
 */
export function levelSets(
  f: (x: number, y: number) => number,
  { domain, width, height, resolution = 64, levels = 14, fStar }: LevelSetGrid,
): LevelSets {
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const key = `${x0},${x1}/${y0},${y1}/${resolution}/${levels}/${fStar}/${width}x${height}`;
  let known = cache.get(f);
  const hit = known?.get(key);
  if (hit) return hit;
  const toPx = plotToPx(width, height, domain);
  const { values, min, max } = sampleGrid(f, domain, resolution);
  const traced = contourPaths(values, resolution, logLevels(fStar ?? min, max, levels), (gx, gy) =>
    toPx(x0 + (gx / resolution) * (x1 - x0), y0 + (gy / resolution) * (y1 - y0)),
  );
  if (!known) cache.set(f, (known = new Map()));
  known.set(key, traced);
  return traced;
}
