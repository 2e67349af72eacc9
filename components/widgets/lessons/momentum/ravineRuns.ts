import { minimize, sgd, worstRate, type MomentumMethod } from '@descent/optim';
import type { Point } from '../../kit/contourGeometry.ts';
import { ravine } from './ravine.ts';
import type { MomentumParams } from './momentumParams.ts';

export interface RavineRun {
  method: MomentumMethod;
  label: string;
  /** θ₀, θ₁, …: finite iterates only. */
  points: Point[];
  /** ‖θ_t − θ*‖ for each point. */
  errors: number[];
  divergedAt: number | null;
  /** Predicted per-step rate: the worst spectral radius over the ravine's two eigenvalues. */
  rate: number;
}

export const METHOD_LABELS: Record<MomentumMethod, string> = {
  gd: 'GD',
  heavyBall: 'Heavy ball',
  nesterov: 'Nesterov',
};

/** The package transform for a method at (η, β): PyTorch's SGD, with momentum and Nesterov as asked (β = 0 is GD for all three). */
export function transformFor(method: MomentumMethod, lr: number, beta: number) {
  if (method === 'gd' || beta === 0) return sgd({ lr });
  return sgd({ lr, momentum: beta, nesterov: method === 'nesterov' });
}

/** runMethod(method, params) → one run on the ravine from the shared start, via @descent/optim's minimize. */
export function runMethod(method: MomentumMethod, p: MomentumParams): RavineRun {
  const q = ravine(p.kappa);
  const beta = method === 'gd' ? 0 : p.beta;
  const run = minimize(q, transformFor(method, p.lr, beta), {
    x0: Float64Array.from([p.x0, p.y0]),
    steps: p.steps,
  });
  return {
    method,
    label: METHOD_LABELS[method],
    points: run.trajectory.map((x) => [x[0], x[1]] as Point),
    errors: run.trajectory.map((x) => Math.hypot(x[0], x[1])),
    divergedAt: run.divergedAt,
    rate: worstRate(method, p.lr, beta, q.eigenvalues),
  };
}

/** ravineRuns(params) → GD, heavy ball and Nesterov with the same η (and β for the two momentum methods). */
export function ravineRuns(p: MomentumParams): RavineRun[] {
  return (['gd', 'heavyBall', 'nesterov'] as const).map((m) => runMethod(m, p));
}
