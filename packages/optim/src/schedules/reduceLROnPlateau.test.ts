import { describe, expect, it } from 'vitest';
import { reduceLROnPlateau, type ReduceLROnPlateauOptions } from './reduceLROnPlateau.ts';

// PyTorch's _test_reduce_lr_on_plateau: step(metric) then compare the lr.
function run(opts: ReduceLROnPlateauOptions, metrics: number[], epochs: number): number[] {
  const p = reduceLROnPlateau(opts);
  let s = p.init();
  const lrs: number[] = [];
  for (let e = 0; e < epochs; e++) {
    s = p.observe(s, metrics[e]);
    lrs.push(s.lr);
  }
  return lrs;
}
const close = (a: number[], b: number[]) =>
  a.forEach((v, i) => expect(v, `epoch ${i}`).toBeCloseTo(b[i], 12));

describe('reduceLROnPlateau({ lr, mode, factor, patience, threshold, thresholdMode, cooldown, minLr, eps })', () => {
  it('matches PyTorch test_reduce_lr_on_plateau1 (abs, min, never reduces)', () => {
    const metrics = Array.from({ length: 20 }, (_, i) => 10 - i * 0.0167);
    close(
      run(
        { lr: 0.5, thresholdMode: 'abs', mode: 'min', threshold: 0.01, patience: 5, cooldown: 5 },
        metrics,
        10,
      ),
      Array(10).fill(0.5),
    );
  });
  it('matches PyTorch test_reduce_lr_on_plateau2 (abs threshold 0.1, patience 5)', () => {
    const metrics = Array.from({ length: 22 }, (_, i) => 10 - i * 0.0165);
    const targets = [
      ...Array(6).fill(0.5),
      ...Array(7).fill(0.05),
      ...Array(7).fill(0.005),
      ...Array(2).fill(0.0005),
    ];
    close(
      run(
        { lr: 0.5, patience: 5, cooldown: 0, thresholdMode: 'abs', mode: 'min', threshold: 0.1 },
        metrics,
        22,
      ),
      targets,
    );
  });
  it('matches PyTorch test_reduce_lr_on_plateau3 (max mode, cooldown 5)', () => {
    const metrics = [-0.8, -0.8, ...Array(20).fill(-0.234)];
    const targets = [...Array(8).fill(0.5), ...Array(11).fill(0.05), ...Array(4).fill(0.005)];
    close(
      run({ lr: 0.5, mode: 'max', patience: 5, cooldown: 5, thresholdMode: 'abs' }, metrics, 22),
      targets,
    );
  });
  it('matches PyTorch test_reduce_lr_on_plateau4 (max, rel threshold 0.1, never reduces)', () => {
    const metrics = Array.from({ length: 20 }, (_, i) => 1.5 * 1.025 ** i);
    close(
      run({ lr: 0.5, mode: 'max', patience: 3, thresholdMode: 'rel', threshold: 0.1 }, metrics, 20),
      Array(20).fill(0.5),
    );
  });
  it('matches PyTorch test_reduce_lr_on_plateau7 (min, rel 0.1, cooldown 5)', () => {
    const metrics = [...Array(7).fill(1), 0.6, ...Array(12).fill(0.5)];
    const targets = [...Array(6).fill(0.5), ...Array(11).fill(0.05), ...Array(4).fill(0.005)];
    close(
      run(
        { lr: 0.5, mode: 'min', thresholdMode: 'rel', threshold: 0.1, patience: 5, cooldown: 5 },
        metrics,
        20,
      ),
      targets,
    );
  });
  it('matches PyTorch test_reduce_lr_on_plateau8 (minLr 0.4 stops the reduction)', () => {
    const metrics = Array.from({ length: 20 }, (_, i) => 1.5 * 1.005 ** i);
    close(
      run(
        { lr: 0.5, mode: 'max', thresholdMode: 'rel', minLr: 0.4, threshold: 0.1, patience: 5, cooldown: 5 },
        metrics,
        20,
      ),
      [...Array(6).fill(0.5), ...Array(14).fill(0.4)],
    );
  });
  it('skips a reduction smaller than eps and flags reductions', () => {
    const p = reduceLROnPlateau({ lr: 1e-8, patience: 0, eps: 1e-8 });
    let s = p.observe(p.init(), 1);
    s = p.observe(s, 1);
    expect(s.lr).toBe(1e-8);
    expect(s.reduced).toBe(false);
    const q = reduceLROnPlateau({ lr: 1, patience: 0 });
    const r = q.observe(q.observe(q.init(), 1), 1);
    expect(r.reduced).toBe(true);
    expect(r.lr).toBeCloseTo(0.1, 15);
  });
  it('observe does not mutate the state it is given', () => {
    const p = reduceLROnPlateau({ lr: 1, patience: 0 });
    const s0 = p.init();
    const copy = { ...s0 };
    p.observe(s0, 3);
    expect(s0).toEqual(copy);
  });
  it('throws RangeError naming the bad option', () => {
    expect(() => reduceLROnPlateau({ lr: 1, factor: 1 })).toThrow(/reduceLROnPlateau: factor must be < 1/);
    expect(() => reduceLROnPlateau({ lr: 1, mode: 'up' as 'min' })).toThrow(/reduceLROnPlateau: mode/);
    expect(() => reduceLROnPlateau({ lr: 1, patience: -1 })).toThrow(/reduceLROnPlateau: patience/);
  });
});
