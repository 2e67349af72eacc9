import { describe, expect, it } from 'vitest';
import { reduceLROnPlateau } from './reduceLROnPlateau.ts';
import { warmupCosine } from './warmupCosine.ts';
import {
  optionReader,
  scheduleFixture,
  scheduleFromTorch,
  SCHEDULES,
  torchCall,
  worstRelativeError,
  type PlateauRun,
  type ScheduleCase,
} from '../internal/torchFixtures.ts';

// Agreement with real PyTorch's schedulers, not with a transcription of their docs:
// test/fixtures/torch-schedules.json was written by scripts/torch_fixtures.py. lrs[t] is the
// optimizer's lr after t calls of scheduler.step(), which is what schedule(t) means here.
// PyTorch computes most schedules recursively (lr_t from lr_{t−1}) and we use closed forms; both
// are float64, so they differ only by accumulated rounding: 1e-12 relative.
const TOL = 1e-12;
const fixture = scheduleFixture();

function label(c: ScheduleCase): string {
  const parts = c.schedulers?.map((p) => torchCall(p.scheduler, p.options)).join(', ');
  const options = parts ? { ...c.options, schedulers: `[${parts}]` } : c.options;
  return `${torchCall(c.scheduler, options)} from lr ${c.lr}`;
}

const ours = (c: ScheduleCase) =>
  Array.from({ length: c.steps + 1 }, (_, t) => scheduleFromTorch(c.lr, c)(t));

describe(`the schedules match PyTorch ${fixture.torch} (test/fixtures/torch-schedules.json)`, () => {
  it('the fixture covers every scheduler mapped here, each over 50+ steps', () => {
    const named = new Set(
      fixture.schedules.flatMap((c) => [c.scheduler, ...(c.schedulers ?? []).map((p) => p.scheduler)]),
    );
    expect(named).toEqual(new Set(Object.keys(SCHEDULES)));
    for (const c of fixture.schedules) {
      expect(c.steps).toBeGreaterThanOrEqual(50);
      expect(c.lrs.length).toBe(c.steps + 1);
    }
  });

  for (const c of fixture.schedules) {
    it(`schedule(t) for t = 0…${c.steps} is the lr of ${label(c)} after t steps, to ${TOL} relative`, () => {
      expect(worstRelativeError(ours(c), c.lrs)).toBeLessThanOrEqual(TOL);
    });
  }

  it('warmupCosine({ lr, warmupSteps, totalSteps, startFactor, etaMin }) is SequentialLR(LinearLR, CosineAnnealingLR) up to totalSteps', () => {
    const c = fixture.schedules.find(
      (x) => x.scheduler === 'SequentialLR' && x.schedulers?.[1]?.scheduler === 'CosineAnnealingLR',
    )!;
    const [warm, cos] = c.schedulers!;
    const w = warm.options!;
    expect(w.end_factor ?? 1).toBe(1); // warmupCosine warms up to lr itself
    const s = warmupCosine({
      lr: c.lr,
      warmupSteps: w.total_iters as number,
      totalSteps: (w.total_iters as number) + (cos.options!.T_max as number),
      startFactor: w.start_factor as number,
      etaMin: cos.options!.eta_min as number,
    });
    expect(c.steps).toBe((w.total_iters as number) + (cos.options!.T_max as number));
    const mine = Array.from({ length: c.steps + 1 }, (_, t) => s(t));
    expect(worstRelativeError(mine, c.lrs)).toBeLessThanOrEqual(TOL);
  });
});

function plateauLabel(p: PlateauRun): string {
  return `${torchCall('ReduceLROnPlateau', p.options)} from lr ${p.lr}`;
}

describe(`reduceLROnPlateau matches PyTorch ${fixture.torch}'s ReduceLROnPlateau`, () => {
  it('the fixture exercises both modes, both threshold modes, cooldown, min_lr and eps', () => {
    const seen = (key: string, value?: unknown) =>
      fixture.plateaus.some((p) => (value === undefined ? key in p.options : p.options[key] === value));
    for (const [k, v] of [
      ['mode', 'max'],
      ['threshold_mode', 'abs'],
      ['cooldown'],
      ['min_lr'],
      ['eps'],
      ['patience', 0],
    ] as [string, unknown?][])
      expect(seen(k, v), `${k}${v === undefined ? '' : ` = ${v}`}`).toBe(true);
    expect(fixture.plateaus.some((p) => p.metrics.some((m) => m < 0))).toBe(true);
  });

  for (const p of fixture.plateaus) {
    it(`observe() after each of ${p.metrics.length} metrics gives the lr, best, bad-epoch count and cooldown of ${plateauLabel(p)}`, () => {
      const o = optionReader('ReduceLROnPlateau', p.options);
      const plateau = reduceLROnPlateau({
        lr: p.lr,
        mode: o.string<'min' | 'max'>('mode'),
        factor: o.number('factor'),
        patience: o.number('patience'),
        threshold: o.number('threshold'),
        thresholdMode: o.string<'rel' | 'abs'>('threshold_mode'),
        cooldown: o.number('cooldown'),
        minLr: o.number('min_lr'),
        eps: o.number('eps'),
      });
      o.done();
      let s = plateau.init();
      const lrs: number[] = [];
      p.metrics.forEach((m, k) => {
        s = plateau.observe(s, m);
        lrs.push(s.lr);
        // The counters and the best metric are exact: no arithmetic touches them but a copy.
        expect(
          { best: s.best, numBadEpochs: s.numBadEpochs, cooldownCounter: s.cooldownCounter },
          `after metric ${k}`,
        ).toEqual({
          best: p.best[k],
          numBadEpochs: p.num_bad_epochs[k],
          cooldownCounter: p.cooldown_counter[k],
        });
        expect(s.reduced, `reduced after metric ${k}`).toBe(
          k === 0 ? lrs[0] !== p.lr : lrs[k] !== lrs[k - 1],
        );
      });
      expect(worstRelativeError(lrs, p.lrs)).toBeLessThanOrEqual(TOL);
    });
  }
});
