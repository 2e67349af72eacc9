import { describe, expect, it } from 'vitest';
import { stepSweepModel, sweepMultiples } from './model.ts';
import { stepSweepSchema } from './state.ts';

const defaults = stepSweepSchema.parse({});

describe('sweepMultiples(max)', () => {
  it('runs from 1/64 in factors of 2, includes 1/3 and stops at max', () => {
    const m = sweepMultiples(1);
    expect(m[0]).toBe(0.015625);
    expect(m).toContain(1 / 3);
    expect(m.at(-1)).toBe(1);
    expect(m).toEqual([1 / 64, 1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 3, 1 / 2, 1]);
    expect(sweepMultiples(1e6).length).toBeLessThanOrEqual(28);
  });
});

describe('stepSweepModel(state)', () => {
  const r = stepSweepModel({ ...defaults, maxMultiple: 1024 });
  it('every method blows up at huge steps, and none does at 1/(3 L_max)', () => {
    for (const id of ['sgd', 'svrg', 'saga'] as const) {
      expect(r.firstDiverged[id]).not.toBeNull();
      const k = r.multiples.indexOf(1 / 3);
      expect(r.rows[id][k].divergedAt).toBeNull();
      expect(r.rows[id].at(-1)!.gap).toBeNull();
    }
  });
  it('SAGA at 1/(3 L_max) beats SGD at its best step by orders of magnitude', () => {
    const k = r.multiples.indexOf(1 / 3);
    const sgdBest = Math.min(...r.rows.sgd.filter((c) => c.gap !== null).map((c) => c.gap as number));
    expect(r.rows.saga[k].gap!).toBeLessThan(1e-4 * sgdBest);
  });
  it('reports, for each method, the best step among those that did not diverge', () => {
    for (const id of ['sgd', 'svrg', 'saga'] as const) expect(r.best[id]).not.toBeNull();
    expect(r.best.saga!).toBeGreaterThan(0.05);
  });
});
