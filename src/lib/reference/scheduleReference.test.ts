import { describe, expect, it } from 'vitest';
import { cosineAnnealingLR, stepLR } from '@descent/optim';
import {
  SCHEDULE_EXAMPLES,
  scheduleEntries,
  scheduleModuleNames,
  sparkAxes,
  sparkPath,
  sparkTop,
} from './scheduleReference.ts';

describe('scheduleEntries()', () => {
  it('covers every schedule of the package that is a function of t', () => {
    const names = scheduleModuleNames();
    expect(names).toEqual(expect.arrayContaining(['stepLR', 'cosineAnnealingLR', 'oneCycleLR']));
    expect(names.filter((n) => !(n in SCHEDULE_EXAMPLES))).toEqual([]);
    expect(
      scheduleEntries()
        .map((e) => e.name)
        .sort(),
    ).toEqual(names.sort());
  });
  it('plots the package schedule itself: stepLR falls by 10× at 30, cosine reaches η_min at T_max', () => {
    const byName = Object.fromEntries(scheduleEntries().map((e) => [e.name, e]));
    expect(byName.stepLR.values[29]).toBe(stepLR({ lr: 0.1, stepSize: 30 })(29));
    expect(byName.stepLR.values[30]).toBeCloseTo(0.01, 15);
    expect(byName.cosineAnnealingLR.values[99]).toBe(cosineAnnealingLR({ lr: 0.1, tMax: 100 })(99));
    expect(byName.stepLR.torch).toBe('StepLR(optimizer, step_size=30, gamma=0.1)');
  });
});

describe('sparkPath(values, w, h)', () => {
  it('maps the largest value to the top and t to the width', () => {
    expect(sparkPath([1, 0.5, 0], 100, 50)).toBe('M0.0 0.0 L50.0 25.0 L100.0 50.0');
  });
});

describe('sparkAxes(values, w, h)', () => {
  it('labels the rate at 0, half and a round top at or above the largest value, with the curve under the top', () => {
    const values = [0.1, 0.08, 0.05, 0.02];
    const top = sparkTop(values);
    expect(top).toBeGreaterThanOrEqual(0.1);
    const { y } = sparkAxes(values, 200, 50);
    expect(y.map((t) => t.at)).toEqual([50, 25, 0]);
    expect(y.map((t) => t.label)).toEqual(['0', String(top / 2), String(top)]);
  });

  it('puts x ticks at whole steps from 0 to the last step, none crowding the last', () => {
    const values = Array.from({ length: 101 }, (_, t) => 1 - t / 100);
    const { x } = sparkAxes(values, 200, 50);
    expect(x[0]).toEqual({ at: 0, label: '0' });
    expect(x[x.length - 1]).toEqual({ at: 200, label: '100' });
    for (const t of x) expect(Number.isInteger(Number(t.label))).toBe(true);
    for (let i = 1; i < x.length; i++)
      expect(x[i].at - x[i - 1].at).toBeGreaterThanOrEqual(200 * 0.15 - 1e-9);
  });

  it('writes large and small rates with the kit format (real minus, exponents where needed)', () => {
    const { y } = sparkAxes([3e-5, 1e-5], 100, 40);
    expect(y[2].label).toMatch(/^\d(\.\d+)? × 10⁻⁵$/);
    expect(y.map((t) => t.label).join(' ')).not.toMatch(/-/);
  });
});
