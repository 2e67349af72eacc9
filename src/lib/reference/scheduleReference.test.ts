import { describe, expect, it } from 'vitest';
import { cosineAnnealingLR, stepLR } from '@descent/optim';
import { SCHEDULE_EXAMPLES, scheduleEntries, scheduleModuleNames, sparkPath } from './scheduleReference.ts';

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
