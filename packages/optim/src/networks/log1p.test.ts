import { describe, expect, it } from 'vitest';
import { log1pUnit, log1pUnitStatements, LOG1P_TABLE, INV_1P_TABLE } from './log1p.ts';
import { rng } from '../rng.ts';
import { ulpDistance } from '../internal/testing.ts';

const compiled = new Function(
  'LOG1P_TABLE',
  'INV_1P_TABLE',
  `return function (u) { ${log1pUnitStatements('out', 'u', 'L')} return out; }`,
)(LOG1P_TABLE, INV_1P_TABLE) as (u: number) => number;

/** u = e^{−|z|} as the logistic loss produces it: every magnitude from 1 down to subnormal. */
function samples(count: number): number[] {
  const r = rng('log1p');
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 0 ? r.uniform() : i % 3 === 1 ? r.uniform() / 64 : Math.exp(-745 * r.uniform()),
  );
}

describe('log1pUnit (log(1 + u) on [0, 1], inlined into the kernels)', () => {
  it('is within 2 ulp of Math.log1p on [0, 1]', () => {
    let worst = 0;
    for (const u of samples(200_000)) worst = Math.max(worst, ulpDistance(log1pUnit(u), Math.log1p(u)));
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('is exact at the ends and keeps tiny arguments', () => {
    expect(log1pUnit(0)).toBe(0);
    expect(log1pUnit(1)).toBe(Math.LN2);
    expect(log1pUnit(5e-324)).toBe(5e-324);
    expect(log1pUnit(1e-300)).toBe(1e-300);
    expect(log1pUnit(NaN)).toBeNaN();
  });

  it('the generated statements compute exactly what the function computes', () => {
    for (const u of [...samples(50_000), 0, 1]) expect(Object.is(compiled(u), log1pUnit(u))).toBe(true);
  });
});
