import { describe, expect, it } from 'vitest';
import { sutskeverNesterov } from './sutskeverNesterov.ts';
import { minimize } from '../objectives/minimize.ts';
import { rosenbrock } from '../objectives/rosenbrock.ts';
import { sgd } from '../optimizers/sgd.ts';

describe('sutskeverNesterov(objective, { lr, beta, x0, steps })', () => {
  const f = rosenbrock();
  const x0 = Float64Array.from([-1.2, 1]);
  it('its look-ahead points are sgd({ nesterov: true })’s iterates (PyTorch’s form) for a constant η (even on a non-quadratic)', () => {
    const s = sutskeverNesterov(f, { lr: 1e-3, beta: 0.9, x0, steps: 200 });
    const pt = minimize(f, sgd({ lr: 1e-3, momentum: 0.9, nesterov: true }), { x0, steps: 200 });
    pt.trajectory.forEach((x, k) => {
      expect(s.lookahead[k][0]).toBeCloseTo(x[0], 10);
      expect(s.lookahead[k][1]).toBeCloseTo(x[1], 10);
    });
    // …while its own θ_t is a different sequence.
    expect(Math.abs(s.theta[50][0] - pt.trajectory[50][0])).toBeGreaterThan(1e-6);
  });
  it('takes a first step of ηg where PyTorch takes η(1 + β)g', () => {
    const s = sutskeverNesterov(f, { lr: 1e-3, beta: 0.9, x0, steps: 1 });
    const g = f.grad(x0);
    expect(s.theta[1][0] - x0[0]).toBeCloseTo(-1e-3 * g[0], 12);
    const pt = minimize(f, sgd({ lr: 1e-3, momentum: 0.9, nesterov: true }), { x0, steps: 1 });
    expect(pt.trajectory[1][0] - x0[0]).toBeCloseTo(-1e-3 * 1.9 * g[0], 12);
  });
  it('with a changing η the identity breaks', () => {
    const lr = (t: number) => (t < 20 ? 1e-3 : 1e-4);
    const s = sutskeverNesterov(f, { lr, beta: 0.9, x0, steps: 40 });
    const pt = minimize(f, sgd({ lr, momentum: 0.9, nesterov: true }), { x0, steps: 40 });
    expect(Math.abs(s.lookahead[40][0] - pt.trajectory[40][0])).toBeGreaterThan(1e-6);
  });
});
