// The sentence the network diagram's aria-live line speaks for a unit or a link, from the frame's
// θ and unit outputs. Pure.
import { linkWeight, thetaOffsets, type DiagramItem } from './diagramLayout.ts';
import type { Problem } from './model.ts';

/** Three decimals with a real minus sign, never "−0.000". */
export function signed3(v: number): string {
  if (!Number.isFinite(v)) return 'not finite';
  const s = v.toFixed(3);
  return /^-0\.000$/.test(s) ? '0.000' : s.replace(/^-/, '−');
}

/** "x₁²", "hidden layer 2, unit 3" or "the output". */
export function unitName(
  layer: number,
  unit: number,
  sizes: readonly number[],
  features: readonly string[],
): string {
  if (layer === 0) return `input ${features[unit] ?? unit + 1}`;
  if (layer === sizes.length - 1) return 'the output';
  return `hidden layer ${layer}, unit ${unit + 1}`;
}

/** Smallest and largest of a unit's values over the diagram's grid (its `cells` values in `units`). */
export function unitRange(
  units: ArrayLike<number>,
  sizes: readonly number[],
  layer: number,
  unit: number,
  cells: number,
): [number, number] {
  let o = 0;
  for (let l = 0; l < layer; l++) o += sizes[l] * cells;
  o += unit * cells;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = o; i < o + cells; i++) {
    const v = units[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

export interface ReadoutContext {
  sizes: readonly number[];
  features: readonly string[];
  activation: string;
  problem: Problem;
  theta: ArrayLike<number>;
  units: ArrayLike<number>;
  cells: number;
}

/** "Link from input x₁ to hidden layer 1, unit 3: weight −0.734" or a unit's bias and output range. */
export function describeItem(item: DiagramItem, c: ReadoutContext): string {
  const { sizes, features } = c;
  if (item.kind === 'link') {
    const w = linkWeight(c.theta, sizes, item.layer, item.from, item.to);
    return `Link from ${unitName(item.layer - 1, item.from, sizes, features)} to ${unitName(item.layer, item.to, sizes, features)}: weight ${signed3(w)}`;
  }
  const [lo, hi] = unitRange(c.units, sizes, item.layer, item.unit, c.cells);
  const range = `from ${signed3(lo)} to ${signed3(hi)} over the plane`;
  const name = unitName(item.layer, item.unit, sizes, features);
  if (item.layer === 0) return `${name[0].toUpperCase()}${name.slice(1)}: values ${range}`;
  const off = thetaOffsets(sizes)[item.layer - 1];
  const bias = `bias ${signed3(c.theta[off.bias + item.unit])}`;
  const last = item.layer === sizes.length - 1;
  const what = last ? (c.problem === 'regression' ? 'ŷ' : 'P(class 1)') : `output (${c.activation})`;
  return `${name[0].toUpperCase()}${name.slice(1)}: ${bias}; ${what} ${range}`;
}
