import {
  dampingRegime,
  maxStableLr,
  optimalParameters,
  stepsToAccuracy,
  worstRate,
  type DampingRegime,
  type TunedMethod,
} from '@descent/optim';
import { ravine, RAVINE_L } from '../lessons/momentum/ravine.ts';

export type MapMethod = 'heavyBall' | 'nesterov';
export const LR_RANGE: [number, number] = [0, 4];
export const BETA_RANGE: [number, number] = [0, 1];

/**
 * rateGrid(method, kappa, nx, ny) → the worst-case rate ρ(η, β) = maxᵢ ρ(η, β, λᵢ) over the ravine's two
 * eigenvalues at the centres of an nx × ny grid on η ∈ (0, 4], β ∈ [0, 1); row 0 is the top (β near 1).
 */
export function rateGrid(method: MapMethod, kappa: number, nx: number, ny: number): Float32Array {
  const lams = ravine(kappa).eigenvalues;
  const out = new Float32Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const beta = BETA_RANGE[1] - ((j + 0.5) / ny) * (BETA_RANGE[1] - BETA_RANGE[0]);
    for (let i = 0; i < nx; i++) {
      const lr = LR_RANGE[0] + ((i + 0.5) / nx) * (LR_RANGE[1] - LR_RANGE[0]);
      out[j * nx + i] = worstRate(method, lr, beta, lams);
    }
  }
  return out;
}

/** The stability boundary η = (limit on ηL)/L as a polyline in (η, β), clipped to the map. */
export function stabilityBoundary(method: MapMethod, samples = 100): [number, number][] {
  const pts: [number, number][] = [];
  for (let k = 0; k <= samples; k++) {
    const beta = Math.min(0.999, (k / samples) * BETA_RANGE[1]);
    const lr = maxStableLr(method, beta, RAVINE_L);
    if (lr <= LR_RANGE[1]) pts.push([lr, beta]);
  }
  return pts;
}

export interface PointReport {
  rate: number;
  steps: number;
  optimum: TunedMethod;
  optimumSteps: number;
  gd: TunedMethod;
  gdSteps: number;
}

export const MAP_ACCURACY = 1e-6;

/** What the map says about the current point, the method's optimum and GD's best, for this κ. */
export function pointReport(method: MapMethod, kappa: number, lr: number, beta: number): PointReport {
  const q = ravine(kappa);
  const rate = worstRate(method, lr, beta, q.eigenvalues);
  const optimum = optimalParameters(method, q.mu, q.L);
  const gd = optimalParameters('gd', q.mu, q.L);
  return {
    rate,
    steps: stepsToAccuracy(rate, MAP_ACCURACY),
    optimum,
    optimumSteps: stepsToAccuracy(optimum.rate, MAP_ACCURACY),
    gd,
    gdSteps: stepsToAccuracy(gd.rate, MAP_ACCURACY),
  };
}

export interface CursorReport {
  /** Worst-case rate ρ = maxᵢ ρ(η, β, λᵢ) over the ravine's eigenvalues. */
  rate: number;
  /** How each eigen-component moves there (λ₁ = 1/κ first, then λ₂ = L = 1). */
  components: { lambda: number; regime: DampingRegime }[];
}

/** What the readout says at a point of the map: the rate and each component's damping regime (package). */
export function cursorReport(method: MapMethod, kappa: number, lr: number, beta: number): CursorReport {
  const lams = ravine(kappa).eigenvalues;
  return {
    rate: worstRate(method, lr, beta, lams),
    components: lams.map((lambda) => ({ lambda, regime: dampingRegime(lr, beta, lambda, method).regime })),
  };
}

/** A labelled region of the map and the lines between regions, for the stiff component λ = L. */
export interface RegimeMap {
  labels: { regime: DampingRegime; lr: number; beta: number }[];
  /** Polylines in (η, β) where the regime of the λ = L component changes, keyed "from|to". */
  borders: { key: string; points: [number, number][] }[];
}

/**
 * regimeMap(method) → where the stiff component λ = L = 1 is over-damped, under-damped, flipping or
 * divergent on the map (independent of κ, which only moves λ₁ = 1/κ), classified cell by cell by
 * the package's dampingRegime. Each label sits in the middle of its regime's widest run on a row
 * (rows near the map's top and bottom skipped, so labels stay clear of the axes); a border point
 * lies between two horizontally adjacent cells of different regimes, found by bisection.
 */
export function regimeMap(method: MapMethod, nx = 40, ny = 40): RegimeMap {
  const known = regimeMaps.get(`${method}/${nx}/${ny}`);
  if (known) return known;
  const regimeAt = (lr: number, beta: number) => dampingRegime(lr, beta, RAVINE_L, method).regime;
  const lrAt = (i: number) => LR_RANGE[0] + ((i + 0.5) / nx) * (LR_RANGE[1] - LR_RANGE[0]);
  const betaAt = (j: number) => BETA_RANGE[0] + ((j + 0.5) / ny) * (BETA_RANGE[1] - BETA_RANGE[0]);
  const best = new Map<DampingRegime, { width: number; lr: number; beta: number }>();
  const borders = new Map<string, [number, number][]>();
  for (let j = 0; j < ny; j++) {
    const beta = betaAt(j);
    const labelRow = j >= ny * 0.15 && j < ny * 0.9;
    const row = Array.from({ length: nx }, (_, i) => regimeAt(lrAt(i), beta));
    let from = 0;
    for (let i = 1; i <= nx; i++) {
      if (i < nx && row[i] === row[from]) continue;
      const width = i - from;
      const had = best.get(row[from]);
      if (labelRow && (!had || width > had.width))
        best.set(row[from], { width, lr: (lrAt(from) + lrAt(i - 1)) / 2, beta });
      if (i < nx) {
        // The border between the two cells, by bisection on the regime (to 4/nx · 2⁻²⁰).
        let lo = lrAt(i - 1);
        let hi = lrAt(i);
        for (let k = 0; k < 20; k++) {
          const mid = (lo + hi) / 2;
          if (regimeAt(mid, beta) === row[i - 1]) lo = mid;
          else hi = mid;
        }
        const key = `${row[from]}|${row[i]}`;
        const pts = borders.get(key) ?? [];
        pts.push([(lo + hi) / 2, beta]);
        borders.set(key, pts);
      }
      from = i;
    }
  }
  const map = {
    labels: [...best].map(([regime, b]) => ({ regime, lr: b.lr, beta: b.beta })),
    borders: [...borders].map(([key, points]) => ({ key, points })),
  };
  regimeMaps.set(`${method}/${nx}/${ny}`, map);
  return map;
}

/** Computed once per method and page: the map does not depend on κ. */
const regimeMaps = new Map<string, RegimeMap>();
