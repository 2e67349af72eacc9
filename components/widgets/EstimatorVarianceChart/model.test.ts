import { describe, expect, it } from 'vitest';
import { varianceModel } from './model.ts';
import { varianceSchema } from './state.ts';

const r = varianceModel(varianceSchema.parse({}));
const last = (id: string) => r.series.find((s) => s.id === id)!.points.at(-1)!.variance;

describe('varianceModel(state)', () => {
  it("SGD's variance stays near σ*² while SVRG's and SAGA's fall below 1e-5 of it", () => {
    expect(last('sgd')).toBeGreaterThan(0.5 * r.sigmaStarSq);
    expect(last('sgd')).toBeLessThan(2 * r.sigmaStarSq);
    expect(last('svrg')).toBeLessThan(1e-5 * r.sigmaStarSq);
    expect(last('saga')).toBeLessThan(1e-5 * r.sigmaStarSq);
  });
  it('measures once per pass, starting with all three equal at x₀ except SAGA, whose full table makes it 0 after initialisation', () => {
    const sgd = r.series.find((s) => s.id === 'sgd')!.points;
    expect(sgd[0].passes).toBe(0);
    expect(sgd.length).toBeGreaterThanOrEqual(25);
    const saga = r.series.find((s) => s.id === 'saga')!.points;
    expect(saga.find((p) => p.passes === 1)!.variance).toBeLessThan(1e-28);
  });
  it('marks SVRG snapshots, after each of which its variance is exactly zero at that point', () => {
    expect(r.snapshots.length).toBeGreaterThan(3);
  });
});

describe('varianceModel(state) over a longer run', () => {
  it("keeps shrinking SAGA's variance: the last measurement is below a ten-thousandth of the one ten passes earlier", () => {
    const long = varianceModel({ ...varianceSchema.parse({}), passes: 40 });
    const saga = long.series.find((s) => s.id === 'saga')!.points;
    const at = (p: number) => saga.find((q) => q.passes >= p)!.variance;
    expect(at(40)).toBeLessThan(1e-4 * at(30));
  });
});
