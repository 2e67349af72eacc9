import { maxStableLr, optimalParameters, stepsToAccuracy, worstRate, type TunedMethod } from '@descent/optim';
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
