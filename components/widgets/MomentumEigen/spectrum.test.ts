import { describe, expect, it } from 'vitest';
import { eigenComponents, minimize, sgd } from '@descent/optim';
import { spectrumProblem, spectrumRun } from './spectrum.ts';
import { momentumParamsCodec } from '../lessons/momentum/momentumParams.ts';

const q = spectrumProblem();
const base = momentumParamsCodec.defaults; // η = 1.3, β = 0.6: the lesson's defaults
const transform = (method: 'gd' | 'heavyBall' | 'nesterov', lr: number, beta: number) =>
  method === 'gd' ? sgd({ lr }) : sgd({ lr, momentum: beta, nesterov: method === 'nesterov' });

describe('spectrumRun(params, method, steps)', () => {
  it('matches a full sgd run on the least-squares problem: components, training and test errors', () => {
    for (const method of ['gd', 'heavyBall', 'nesterov'] as const) {
      const r = spectrumRun(base, method, 400);
      const run = minimize(q, transform(method, base.lr, base.beta), {
        x0: new Float64Array(q.dim),
        steps: 400,
      });
      const c0 = eigenComponents(new Float64Array(q.dim), q.minimizer!, q.eigenvectors);
      r.test.forEach((pt, k) => {
        const theta = run.trajectory[pt.x];
        expect(pt.y).toBeCloseTo(q.testError(theta), 10);
        expect(r.train[k].y).toBeCloseTo(q.trainError(theta), 10);
        const c = eigenComponents(theta, q.minimizer!, q.eigenvectors);
        r.components.forEach((comp, i) => expect(comp.remaining[k].y).toBeCloseTo(Math.abs(c[i] / c0[i]), 8));
      });
    }
  });
  it('finds the step with the smallest test error among every step of the run', () => {
    const r = spectrumRun(base, 'heavyBall', 2000);
    const run = minimize(q, transform('heavyBall', base.lr, base.beta), {
      x0: new Float64Array(q.dim),
      steps: 2000,
    });
    const errors = run.trajectory.map((x) => q.testError(x));
    const best = errors.indexOf(Math.min(...errors));
    expect(r.bestStep).toBe(best);
    expect(r.bestTest).toBeCloseTo(errors[best], 12);
  });
  it('stopping early regularises: at the defaults the best test error is far below the end’s and the least-squares fit’s', () => {
    const r = spectrumRun(base, 'heavyBall', 10_000);
    expect(r.bestStep).toBeGreaterThan(50);
    expect(r.bestStep).toBeLessThan(1000);
    expect(r.bestTest * 5).toBeLessThan(r.endTest);
    expect(r.bestTest * 5).toBeLessThan(r.lsTest);
    // …while the training error keeps falling towards the least-squares minimum.
    expect(r.endTrain).toBeLessThan(r.train.find((p) => p.x >= r.bestStep)!.y);
    // At the early-stopping step the four largest-curvature components are fitted, the smallest barely.
    const [low, high] = [r.components.slice(0, 3), r.components.slice(4)];
    for (const c of high) expect(c.remainingAtBest).toBeLessThan(1e-6);
    for (const c of low) expect(c.remainingAtBest).toBeGreaterThan(0.5);
  });
  it('fits the over-damped components in order of their eigenvalue, largest first', () => {
    for (const method of ['gd', 'heavyBall'] as const) {
      const r = spectrumRun(base, method, 100_000);
      const over = r.components.filter((c) => c.regime === 'overdamped' || method === 'gd');
      const fitted = over.map((c) => c.remaining.find((p) => p.y < 0.01)?.x ?? Infinity);
      for (let i = 1; i < fitted.length; i++) expect(fitted[i]).toBeLessThanOrEqual(fitted[i - 1]);
      expect(over.length).toBeGreaterThanOrEqual(4);
    }
  });
  it('momentum reaches the early-stopping point in about (1 − β) times GD’s steps', () => {
    const hb = spectrumRun(base, 'heavyBall', 10_000);
    const gd = spectrumRun(base, 'gd', 10_000);
    expect(hb.bestStep / gd.bestStep).toBeCloseTo(1 - base.beta, 1);
    expect(Math.abs(hb.bestTest - gd.bestTest) / gd.bestTest).toBeLessThan(0.05);
  });
  it('an unstable setting reports divergence and draws finite points only', () => {
    const r = spectrumRun({ lr: 4, beta: 0.2 }, 'heavyBall', 500);
    expect(r.divergedAt).not.toBeNull();
    expect(r.steps).toBeLessThan(500);
    for (const s of [r.train, r.test, r.fit.atEnd, ...r.components.map((c) => c.remaining)])
      expect(s.every((p) => Number.isFinite(p.y))).toBe(true);
  });
});
