import { describe, expect, it } from 'vitest';
import { reduceLROnPlateau } from '@descent/optim';
import { PLATEAU_LOSSES, PLATEAU_OPTIONS, schedulesWorkedExample } from './schedulesWorkedExample.ts';

const ex = schedulesWorkedExample();
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('lesson 6 worked example, recomputed by hand', () => {
  it('the recipe: 0.4 peak, 1252 updates per epoch, warmup from 0.1, cosine to 0', () => {
    const r = ex.recipe;
    expect(r.itersPerEpoch).toBe(1252);
    expect(r.peak).toBeCloseTo(0.4, 15);
    expect([r.W, r.T]).toEqual([6260, 112_680]);
    expect(r.first).toBeCloseTo(0.1, 15);
    expect(rel(r.second, 0.1 + 0.3 / 6260)).toBeLessThan(1e-12);
    expect(rel(r.midWarm, 0.25)).toBeLessThan(1e-12);
    expect(r.endWarm).toBeCloseTo(0.4, 15);
    expect(rel(r.quarter, 0.2 * (1 + Math.cos(Math.PI / 4)))).toBeLessThan(1e-12);
    expect(rel(r.half, 0.2)).toBeLessThan(1e-12);
    expect(r.last).toBeLessThan(1e-9);
    expect(r.warmAgrees).toBe(true);
    expect(r.bug.atMin).toBeCloseTo(0, 15);
    expect(r.bug.backAtTop).toBeCloseTo(0.4, 15);
    expect(rel(r.bug.quarterBack, 0.2)).toBeLessThan(1e-12);
  });

  it('one-cycle: 0.004 → 0.1 at k = 299 → 4e-7; Smith back to 0.004 at k = 598', () => {
    const o = ex.oneCycle;
    expect(o.initial).toBeCloseTo(0.004, 15);
    expect(o.peak).toBeCloseTo(0.1, 15);
    expect(rel(o.final, 4e-7)).toBeLessThan(1e-9);
    // PyTorch's cosine second phase from k = 299 to 999 at k = 499: p = 200/700.
    expect(rel(o.ptAt500, 4e-7 + ((0.1 - 4e-7) / 2) * (1 + Math.cos((Math.PI * 200) / 700)))).toBeLessThan(
      1e-12,
    );
    // Smith's linear second phase from 299 to 598 at k = 499: p = 200/299.
    expect(rel(o.smithAt500, 0.1 + (0.004 - 0.1) * (200 / 299))).toBeLessThan(1e-12);
    expect(o.smithAt598).toBeCloseTo(0.004, 15);
    expect(rel(o.smithFinal, 4e-7)).toBeLessThan(1e-9);
  });

  it('ReduceLROnPlateau: a hand simulation of PyTorch’s rules gives the same reductions', () => {
    const { patience, threshold, cooldown, factor } = PLATEAU_OPTIONS;
    let best = Infinity,
      bad = 0,
      cd = 0,
      lr = 0.1;
    const cuts: number[] = [];
    PLATEAU_LOSSES.forEach((x, i) => {
      if (x < best * (1 - threshold)) {
        best = x;
        bad = 0;
      } else bad++;
      if (cd > 0) {
        cd--;
        bad = 0;
      }
      if (bad > patience) {
        lr *= factor;
        cd = cooldown;
        bad = 0;
        cuts.push(i + 1);
      }
    });
    expect(ex.plateau.reductions).toEqual(cuts);
    expect(cuts).toEqual([10, 14]);
    // Without the cooldown, epoch 11 would count as bad and the second cut would come one epoch sooner.
    expect(ex.plateau.withoutCooldown).toEqual([10, 13]);
    expect(ex.plateau.finalLr).toBeCloseTo(lr, 15);
  });

  it('Adam’s first step is ≈ −η·sign(g) in every coordinate', () => {
    ex.adamFirst.step.forEach((u, i) => {
      const g = ex.adamFirst.g[i];
      expect(rel(u, (-1e-3 * g) / (Math.abs(g) + 1e-8))).toBeLessThan(1e-12);
    });
  });

  it('the training widget: every decay ends below the constant rate; the growing batch needs fewer updates', () => {
    const t = ex.training;
    for (const v of [t.multistep, t.cosine, t.onecycle, t.grow]) expect(v).toBeLessThan(t.constant);
    expect(t.growUpdates).toBeLessThan(t.state.updates);
  });

  it('patience 3, cooldown 2: cuts at 5, 11, 17 (epoch 1 sets best) — six epochs apart (c + p + 1)', () => {
    expect(ex.plateauGap.cuts.slice(0, 3)).toEqual([5, 11, 17]);
    expect(ex.plateauGap.gap).toBe(2 + 3 + 1);
  });

  it('noise scale: 0.1·(50000/128 − 1)/0.1 and the matched batch', () => {
    expect(rel(ex.noise.g, 389.625)).toBeLessThan(1e-12);
    expect(rel(ex.noise.matched5, 50_000 / (1 + 0.2 * (50_000 / 128 - 1)))).toBeLessThan(1e-12);
    expect(ex.noise.approx5).toBe(640);
  });
});

describe('lesson 6: the corrected numbers, by a second route', () => {
  it('T_max = 90 behind a 6260-update warmup: 0 after 6350 scheduler steps, full after 6440, both in epoch 6', () => {
    const b = ex.recipe.bug;
    // PyTorch 1.13 (SequentialLR of LinearLR(0.25, 6260) and CosineAnnealingLR(T_max=90)) prints
    // 0.0 after 6350 steps and 0.39999999999999974 after 6440; the closed form gives the same.
    const cosineAfter = (k: number) => 0.2 * (1 + Math.cos((Math.PI * (k - 6260)) / 90));
    expect([b.zeroAt, b.topAt]).toEqual([6350, 6440]);
    expect(b.atMin).toBeCloseTo(cosineAfter(6350), 12);
    expect(b.backAtTop).toBeCloseTo(cosineAfter(6440), 12);
    // Epoch e holds updates 1252(e − 1) + 1 … 1252e.
    expect(Math.ceil(b.zeroUpdate / 1252)).toBe(6);
    expect(Math.ceil(b.topUpdate / 1252)).toBe(6);
    expect([b.epoch, b.epochOfTop, b.epochStart, b.epochEnd]).toEqual([6, 6, 6261, 7512]);
  });
  it('one-cycle’s third phase: 40 % of the run at pct_start = 0.3, 10 % at 0.45 (PyTorch’s boundaries 2·pct·T − 2)', () => {
    for (const [phase, pct] of [
      [ex.oneCycle.lastPhaseDefault, 0.3],
      [ex.oneCycle.lastPhaseSmith, 0.45],
    ] as const) {
      expect(phase.start).toBe(2 * pct * 1000 - 2);
      expect(Math.round(100 * phase.fraction)).toBe(Math.round(100 * (1 - 2 * pct)));
    }
  });
  it('the race at η = 30: nothing diverges, the constant rate ends far above its η = 2 floor, starting at the full rate costs nothing', () => {
    const l = ex.largeLr;
    expect(l.lr).toBe(30);
    expect(l.diverged).toEqual([]);
    expect(l.constant / ex.training.constant).toBeGreaterThan(20);
    // Schedules that start at the full rate (cosine, multi-step) end within 10 % of warmup + cosine.
    expect(Math.abs(l.cosine - l.warmupcosine) / l.warmupcosine).toBeLessThan(0.1);
    expect(Math.abs(l.multistep - l.warmupcosine) / l.warmupcosine).toBeLessThan(0.1);
    expect(l.onecycle).toBeLessThan(2 * l.cosine);
    expect(l.constant).toBeGreaterThan(50 * l.cosine);
  });
});

describe('ReduceLROnPlateau’s relative test is strict, as the lesson says', () => {
  it('after best = 0.01, a loss of exactly best·(1 − 10⁻⁴) is a bad epoch; anything below it an improvement', () => {
    const c = reduceLROnPlateau({ lr: 1, threshold: 1e-4 });
    const s1 = c.observe(c.init(), 0.01);
    expect(c.observe(s1, 0.01 * (1 - 1e-4)).numBadEpochs).toBe(1);
    expect(c.observe(s1, 0.01 * (1 - 1e-4) - 1e-12).numBadEpochs).toBe(0);
  });
});
