import { describe, expect, it } from 'vitest';
import { plateauData, runPlateau, mustBeat } from './model.ts';
import { plateauCodec } from './state.ts';

const D = plateauCodec.defaults;

/** PyTorch's ReduceLROnPlateau.step, written out by hand (mode 'min'). */
function replay(
  vals: number[],
  o: {
    lr: number;
    factor: number;
    patience: number;
    threshold: number;
    thresholdMode: 'rel' | 'abs';
    cooldown: number;
    minLr: number;
  },
) {
  let best = Infinity,
    bad = 0,
    cd = 0,
    lr = o.lr;
  const cuts: number[] = [];
  const lrs: number[] = [];
  vals.forEach((v, i) => {
    lrs.push(lr);
    const better = o.thresholdMode === 'rel' ? v < best * (1 - o.threshold) : v < best - o.threshold;
    if (better) {
      best = v;
      bad = 0;
    } else bad++;
    if (cd > 0) {
      cd--;
      bad = 0;
    }
    if (bad > o.patience) {
      const next = Math.max(lr * o.factor, o.minLr);
      if (lr - next > 1e-8) {
        lr = next;
        cuts.push(i + 1);
      }
      cd = o.cooldown;
      bad = 0;
    }
  });
  return { cuts, lrs };
}

describe('runPlateau', () => {
  const r = runPlateau(D);
  it('the default run plateaus: the controller cuts at least twice and each epoch uses the rate the controller set', () => {
    expect(r.divergedAt).toBeNull();
    expect(r.records).toHaveLength(D.epochs);
    expect(r.reductions.length).toBeGreaterThanOrEqual(2);
    const { cuts, lrs } = replay(
      r.records.map((x) => x.val),
      D,
    );
    expect(r.reductions).toEqual(cuts);
    expect(r.records.map((x) => x.lrUsed)).toEqual(lrs);
  });

  it('consecutive cuts are at least cooldown + patience + 1 epochs apart', () => {
    for (let i = 1; i < r.reductions.length; i++)
      expect(r.reductions[i] - r.reductions[i - 1]).toBeGreaterThanOrEqual(D.cooldown + D.patience + 1);
    expect(r.reductions[0]).toBeGreaterThanOrEqual(D.patience + 1);
  });

  it('records the threshold the metric had to beat, and whether it did', () => {
    for (const rec of r.records.slice(1)) {
      expect(rec.mustBeat).toBe(mustBeat(rec.bestBefore, D.threshold, 'rel'));
      expect(rec.improved).toBe(rec.val < rec.bestBefore * (1 - D.threshold));
    }
  });

  it('abs mode with a huge threshold never improves after epoch 1, so it cuts every patience + 1 (+ cooldown) epochs', () => {
    const s = { ...D, thresholdMode: 'abs' as const, threshold: 0.2, patience: 2, cooldown: 0, epochs: 20 };
    const out = runPlateau(s);
    expect(out.reductions).toEqual([4, 7, 10, 13, 16, 19]);
  });

  it('min_lr stops the cuts', () => {
    const out = runPlateau({
      ...D,
      thresholdMode: 'abs',
      threshold: 0.2,
      patience: 0,
      cooldown: 0,
      epochs: 12,
      lr: 1,
      factor: 0.5,
      minLr: 0.2,
    });
    expect(out.records.at(-1)!.after.lr).toBe(0.2);
    expect(out.reductions).toEqual([2, 3, 4]); // 1 → 0.5 → 0.25 → 0.2, then no change
  });

  it('reports divergence instead of drawing NaN', () => {
    const out = runPlateau({ ...D, lr: 20, batch: 1, epochs: 30 });
    for (const rec of out.records) expect(Number.isFinite(rec.val)).toBe(true);
  });

  it('train and validation share the true weights but not the examples', () => {
    const { train, val } = plateauData(D.seed);
    expect(train.n).toBe(800);
    expect(val.n).toBe(1000);
  });
});
