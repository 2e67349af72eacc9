import { describe, expect, it } from 'vitest';
import { optimalParameters } from '@descent/optim';
import { eigenSplit } from './model.ts';
import { momentumParamsCodec } from '../lessons/momentum/momentumParams.ts';

const base = momentumParamsCodec.defaults;

describe('eigenSplit(params, method)', () => {
  it('the measured components equal the scalar recurrences, and measured rates match the spectral radii', () => {
    for (const method of ['gd', 'heavyBall', 'nesterov'] as const) {
      const r = eigenSplit({ ...base, steps: 400 }, method);
      for (const c of r.components) {
        expect(c.recurrenceGap).toBeLessThan(1e-12);
        expect(Math.abs(c.measuredRate - c.predictedRate)).toBeLessThan(0.02);
      }
    }
  });
  it('at the optimum both components are (critically) damped at the same rate √β*', () => {
    const o = optimalParameters('heavyBall', 1 / base.kappa, 1);
    const r = eigenSplit({ ...base, lr: o.lr, beta: o.beta, steps: 300 }, 'heavyBall');
    for (const c of r.components) expect(c.predictedRate).toBeCloseTo(o.rate, 5);
  });
  it('labels regimes: at η = 1.3, β = 0.6 the shallow direction is over-damped and the steep one under-damped', () => {
    const r = eigenSplit(base, 'heavyBall');
    expect(r.components.map((c) => c.regime)).toEqual(['overdamped', 'underdamped']);
  });
  it('an unstable setting reports divergence and a predicted rate ≥ 1, with finite points only', () => {
    const r = eigenSplit({ ...base, lr: 4, beta: 0.2, steps: 500 }, 'heavyBall');
    expect(r.components[1].regime).toBe('divergent');
    expect(r.components[1].predictedSteps).toBe(Infinity);
    for (const c of r.components) expect(c.measured.every((p) => Number.isFinite(p.y))).toBe(true);
  });
});
