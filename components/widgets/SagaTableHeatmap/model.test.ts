import { describe, expect, it } from 'vitest';
import { sagaTableModel, tableAt } from './model.ts';
import { sagaTableSchema } from './state.ts';

const defaults = sagaTableSchema.parse({});
const run = sagaTableModel(defaults);

describe('sagaTableModel(state)', () => {
  it('records one update per step for passes·n steps and keeps the table mean consistent with replay', () => {
    expect(run.updates).toHaveLength(defaults.passes * defaults.n);
    expect(run.gaps).toHaveLength(run.updates.length + 1);
    expect(run.fresh[0]).toBe(0);
    expect(run.fresh.at(-1)).toBeLessThanOrEqual(1);
  });
  it('a smaller n refreshes every row of its table in fewer steps', () => {
    const small = sagaTableModel({ ...defaults, n: 4, passes: 12 });
    const big = sagaTableModel({ ...defaults, n: 64, passes: 12 });
    expect(small.allFreshAt).not.toBeNull();
    expect(big.allFreshAt).not.toBeNull();
    expect(small.allFreshAt!).toBeLessThan(big.allFreshAt!);
  });
  it('drives f − f* down linearly: below 1e-5 of the start after 12 passes with n = 16', () => {
    const long = sagaTableModel({ ...defaults, passes: 12 });
    expect(long.gaps.at(-1)!).toBeLessThan(1e-5 * long.gaps[0]);
    expect(long.svrg.snapshots.length).toBeGreaterThanOrEqual(2);
  });
});

describe('tableAt(run, frame)', () => {
  it('is the initial table at frame 0, with every age 0 and no current row', () => {
    const t = tableAt(run, 0);
    expect(Array.from(t.table)).toEqual(Array.from(run.initial));
    expect(Array.from(t.age).every((a) => a === 0)).toBe(true);
    expect(t.current).toBeNull();
  });
  it('replaces exactly the sampled row at each frame and resets its age to 0', () => {
    const k = 7;
    const before = tableAt(run, k - 1);
    const after = tableAt(run, k);
    const { i, row } = run.updates[k - 1];
    expect(after.current).toBe(i);
    expect(after.age[i]).toBe(0);
    expect(Array.from(after.table.subarray(i * run.d, (i + 1) * run.d))).toEqual(Array.from(row));
    for (let r = 0; r < run.n; r++) {
      if (r === i) continue;
      expect(Array.from(after.table.subarray(r * run.d, (r + 1) * run.d))).toEqual(
        Array.from(before.table.subarray(r * run.d, (r + 1) * run.d)),
      );
      expect(after.age[r]).toBe(before.age[r] + 1);
    }
  });
  it('clamps frames outside the run', () => {
    expect(tableAt(run, -5).current).toBeNull();
    expect(tableAt(run, 1e9).current).toBe(run.updates.at(-1)!.i);
  });
});
