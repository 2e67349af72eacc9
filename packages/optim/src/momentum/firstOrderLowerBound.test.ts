import { describe, expect, it } from 'vitest';
import { firstOrderLowerBound } from './firstOrderLowerBound.ts';
import { pathGraphQuadratic } from '../objectives/pathGraphQuadratic.ts';
import { minimize } from '../objectives/minimize.ts';
import { optimalParameters, nesterovStandard } from './optimalParameters.ts';
import { sgd } from '../optimizers/sgd.ts';

const kappa = 100;
const p = pathGraphQuadratic({ kappa, dim: 300 });
const steps = 120;
const lb = firstOrderLowerBound(p.minimizer, kappa, steps);
const errors = (run: { trajectory: Float64Array[] }) =>
  run.trajectory.map((x) => Math.hypot(...x.map((v, i) => v - p.minimizer[i])) / Math.hypot(...p.minimizer));
const x0 = new Float64Array(p.dim);

describe('firstOrderLowerBound(minimizer, kappa, steps)', () => {
  it('rate is (√κ − 1)/(√κ + 1), and bound[t] is qᵗ to 1e-9 while the far end is out of reach', () => {
    expect(lb.rate).toBeCloseTo(9 / 11, 15);
    expect(lb.bound[0]).toBe(1);
    for (let t = 0; t <= steps; t++) expect(lb.bound[t]).toBeCloseTo(lb.rate ** t, 9);
  });
  it('is the tail norm of θ*, recomputed by summing from the front', () => {
    const total = p.minimizer.reduce((s, v) => s + v * v, 0);
    for (const t of [0, 7, 50]) {
      let head = 0;
      for (let i = 0; i < t; i++) head += p.minimizer[i] ** 2;
      expect(lb.bound[t]).toBeCloseTo(Math.sqrt((total - head) / total), 9);
    }
  });
  it('no method in the span of its gradients beats it: tuned GD, heavy ball, Nesterov and ad-hoc settings', () => {
    const runs = [
      { ...optimalParameters('gd', p.eigenvalues[0], p.eigenvalues.at(-1)!), nesterov: false },
      { ...optimalParameters('heavyBall', 1, kappa), nesterov: false },
      { ...optimalParameters('nesterov', 1, kappa), nesterov: true },
      { ...nesterovStandard(1, kappa), nesterov: true },
      { lr: 0.03, beta: 0.95, nesterov: false },
    ].map((m) =>
      minimize(p, sgd({ lr: m.lr, momentum: m.beta, nesterov: m.nesterov && m.beta > 0 }), { x0, steps }),
    );
    for (const run of runs)
      errors(run).forEach((e, t) => expect(e).toBeGreaterThanOrEqual(lb.bound[t] * (1 - 1e-12)));
  });
  it('after t updates from 0 every such method has touched only the first t coordinates', () => {
    const { lr, beta } = optimalParameters('heavyBall', 1, kappa);
    const run = minimize(p, sgd({ lr, momentum: beta, nesterov: true }), { x0, steps: 30 });
    run.trajectory.forEach((x, t) => {
      for (let i = t; i < p.dim; i++) expect(x[i]).toBe(0);
    });
  });
  it('the tuned heavy ball’s rate equals the bound’s: its error over the bound grows no faster than t', () => {
    const { lr, beta } = optimalParameters('heavyBall', 1, kappa);
    const e = errors(minimize(p, sgd({ lr, momentum: beta }), { x0, steps }));
    for (let t = 20; t <= steps; t += 20) expect(e[t] / lb.bound[t]).toBeLessThan(2 * t);
  });
});
