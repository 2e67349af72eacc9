import type { Vec } from '../types.ts';
import { rng } from '../rng.ts';
import { finite, integer, nonNegative, oneOf } from '../internal/validate.ts';

export type Dataset2dKind = 'circle' | 'xor' | 'gauss' | 'spiral' | 'moons';
export const DATASET2D_KINDS: readonly Dataset2dKind[] = ['circle', 'xor', 'gauss', 'spiral', 'moons'];

export interface Dataset2dOptions {
  kind: Dataset2dKind;
  /** Number of points (≥ 2); half of each class (the first class gets the odd one). */
  n: number;
  /** Standard deviation of Gaussian noise added to each coordinate, default 0. */
  noise?: number;
  seed: number;
}

/** n labelled points: X is n × 2 row-major, y ∈ {0, 1}. */
export interface Dataset {
  X: Vec;
  y: Vec;
  n: number;
}

/**
 * Seeded two-class data in the plane, the TensorFlow Playground's shapes (and scikit-learn's
 * moons), scaled so the noiseless points lie in [−1, 1]²:
 * - circle: class 1 at radius U(0, 0.5), class 0 at radius U(0.7, 1), uniform angle;
 * - xor: uniform in [−1, 1]² (kept 0.05 away from the axes), class 1 where x₁x₂ > 0;
 * - gauss: N((0.4, 0.4), 0.2²I) for class 1 and N((−0.4, −0.4), 0.2²I) for class 0;
 * - spiral: two interleaved arms r = s, angle 3.5πs (+π for class 0), s = i/m for i < m points per arm;
 * - moons: upper arc (cos u, sin u) as class 0 and lower (1 − cos u, ½ − sin u) as class 1,
 *   u ~ U(0, π), then shifted by (−½, −¼) and divided by 1.5.
 * Then N(0, noise²) is added to every coordinate (labels are those of the noiseless point), and
 * the rows are shuffled. Same options, same data.
 */
export function dataset2d({ kind, n, noise = 0, seed }: Dataset2dOptions): Dataset {
  const fn = 'dataset2d';
  oneOf(fn, 'kind', kind, DATASET2D_KINDS);
  integer(fn, 'n', n, 2);
  nonNegative(fn, 'noise', noise);
  finite(fn, 'seed', seed);
  const r = rng(seed);
  const pts: { x: number; y: number; label: number }[] = [];
  const m1 = Math.ceil(n / 2); // class-1 points (or the first arm)
  for (let i = 0; i < n; i++) {
    const first = i < m1;
    const j = first ? i : i - m1;
    const count = first ? m1 : n - m1;
    let x = 0;
    let y = 0;
    let label = 0;
    if (kind === 'circle') {
      const rad = first ? r.uniform(0, 0.5) : r.uniform(0.7, 1);
      const ang = r.uniform(0, 2 * Math.PI);
      x = rad * Math.cos(ang);
      y = rad * Math.sin(ang);
      label = first ? 1 : 0;
    } else if (kind === 'xor') {
      const pad = (v: number) => (v > 0 ? v + 0.05 : v - 0.05);
      x = pad(r.uniform(-0.95, 0.95));
      y = pad(r.uniform(-0.95, 0.95));
      label = x * y > 0 ? 1 : 0;
    } else if (kind === 'gauss') {
      const c = first ? 0.4 : -0.4;
      x = r.normal(c, 0.2);
      y = r.normal(c, 0.2);
      label = first ? 1 : 0;
    } else if (kind === 'spiral') {
      const s = j / count;
      const ang = 3.5 * Math.PI * s + (first ? 0 : Math.PI);
      x = s * Math.sin(ang);
      y = s * Math.cos(ang);
      label = first ? 1 : 0;
    } else {
      const u = r.uniform(0, Math.PI);
      const px = first ? 1 - Math.cos(u) : Math.cos(u);
      const py = first ? 0.5 - Math.sin(u) : Math.sin(u);
      x = (px - 0.5) / 1.5;
      y = (py - 0.25) / 1.5;
      label = first ? 1 : 0;
    }
    if (noise > 0) {
      x += r.normal(0, noise);
      y += r.normal(0, noise);
    }
    pts.push({ x, y, label });
  }
  const order = r.shuffle(pts);
  const X = new Float64Array(2 * n);
  const Y = new Float64Array(n);
  order.forEach((p, i) => {
    X[2 * i] = p.x;
    X[2 * i + 1] = p.y;
    Y[i] = p.label;
  });
  return { X, y: Y, n };
}

/** The first ⌊trainFraction·n⌉ rows (at least 1 each side) as training data, the rest as test data. */
export function splitDataset(data: Dataset, trainFraction: number): { train: Dataset; test: Dataset } {
  const fn = 'splitDataset';
  finite(fn, 'trainFraction', trainFraction);
  if (!(trainFraction > 0 && trainFraction < 1))
    throw new RangeError(`${fn}: trainFraction must be in (0, 1), got ${trainFraction}`);
  const d = data.X.length / data.n;
  const nTrain = Math.min(data.n - 1, Math.max(1, Math.round(trainFraction * data.n)));
  const part = (lo: number, hi: number): Dataset => ({
    X: data.X.slice(lo * d, hi * d),
    y: data.y.slice(lo, hi),
    n: hi - lo,
  });
  return { train: part(0, nTrain), test: part(nTrain, data.n) };
}
