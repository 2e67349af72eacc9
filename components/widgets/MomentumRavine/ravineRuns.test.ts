import { describe, expect, it } from 'vitest';
import { ravineRuns, runMethod } from '../lessons/momentum/ravineRuns.ts';
import { summarizeRuns } from './describe.ts';
import { momentumParamsCodec } from '../lessons/momentum/momentumParams.ts';

const base = momentumParamsCodec.defaults;

describe('ravineRuns(params)', () => {
  it('at the defaults all three converge, momentum faster than GD, at their predicted rates', () => {
    const runs = ravineRuns({ ...base, steps: 400 });
    for (const r of runs) {
      expect(r.divergedAt).toBeNull();
      const measured = (r.errors[400] / r.errors[200]) ** (1 / 200);
      expect(Math.abs(measured - r.rate)).toBeLessThan(0.01);
    }
    expect(runs[1].errors[120]).toBeLessThan(runs[0].errors[120]);
  });
  it('GD diverges past η = 2 while the heavy ball is stable until 2 + 2β, and the summary says so', () => {
    const runs = ravineRuns({ ...base, lr: 2.5, beta: 0.5, steps: 500 });
    expect(runs[0].rate).toBeGreaterThan(1);
    expect(runs[0].divergedAt).not.toBeNull();
    expect(runs[1].rate).toBeLessThan(1);
    expect(runs[1].divergedAt).toBeNull();
    expect(summarizeRuns(runs, 500, 0.5)).toMatch(/GD: diverged at step \d+ .*stable only for ηL < 2\b/);
  });
  it('Nesterov diverges at β = 0.8, η = 1.6 (limit 3.6/2.6) while the heavy ball converges', () => {
    const hb = runMethod('heavyBall', { ...base, lr: 1.6, beta: 0.8, steps: 300 });
    const nes = runMethod('nesterov', { ...base, lr: 1.6, beta: 0.8, steps: 300 });
    expect(hb.rate).toBeLessThan(1);
    expect(nes.rate).toBeGreaterThan(1);
    expect(nes.points.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });
  it('β = 0 makes all three the same run', () => {
    const runs = ravineRuns({ ...base, beta: 0 });
    expect(runs[1].points).toEqual(runs[0].points);
    expect(runs[2].points).toEqual(runs[0].points);
  });
});
