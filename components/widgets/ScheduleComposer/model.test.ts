import { describe, expect, it } from 'vitest';
import { cosineAnnealingLR, linearLR, multiStepLR, oneCycleLR } from '@descent/optim';
import { compose, curvePoints, describeComposition } from './model.ts';
import { PRESETS, presetState } from './presets.ts';
import { composerCodec, type ComposerState, type ScheduleSlot } from './state.ts';
import { withSlot } from '../../../src/lib/urlState/index.ts';

const D = composerCodec.defaults;
const withState = (patch: Partial<ComposerState>): ComposerState => ({ ...D, ...patch });
const INDEX = { a: 0, b: 1, c: 2 } as const;
/** The state patch that changes fields of schedule a, b or c. */
const slotPatch = (p: keyof typeof INDEX, patch: Partial<ScheduleSlot>, base = D.schedules) => ({
  schedules: withSlot(base, INDEX[p], patch),
});
const valueAt = (pts: { x: number; y: number }[], x: number) => pts.find((p) => p.x === x)?.y;

describe('compose (overlay)', () => {
  it('plots η_t = schedule(t − 1): update 1 uses the base rate, update 101 the first decay', () => {
    const c = compose(D);
    const [cos, ms] = c.curves;
    expect(cos.points[0]).toEqual({ x: 1, y: 0.1 });
    // By hand: MultiStepLR milestones [100, 150, 180], gamma 0.1 — update 100 has seen 99 steps, update 101 has seen 100.
    expect(valueAt(ms.points, 100)).toBeCloseTo(0.1, 15);
    expect(valueAt(ms.points, 101)).toBeCloseTo(0.01, 15);
    expect(valueAt(ms.points, 181)).toBeCloseTo(1e-4, 15);
    // cosine at update 101 (t = 100 = T_max/2): 0.05 by hand.
    expect(valueAt(cos.points, 101)).toBeCloseTo(0.05, 15);
  });

  it('keeps both sides of every jump when thinning long horizons', () => {
    const c = compose(
      withState({ horizon: 20_000, ...slotPatch('b', { m1: 5000, m2: 12_345, m3: 17_001 }) }),
    );
    const ms = c.curves[1];
    expect(ms.points.length).toBeLessThanOrEqual(320);
    for (const m of [5000, 12_345, 17_001]) {
      expect(valueAt(ms.points, m)).toBeDefined();
      expect(valueAt(ms.points, m + 1)).toBeDefined();
    }
  });

  it('reads out the rate at the cursor and the off-by-one value of scheduler.step() called first', () => {
    const c = compose(withState({ at: 37 }));
    const ref = cosineAnnealingLR({ lr: 0.1, tMax: 200 });
    expect(c.curves[0].atValue).toBe(ref(36));
    expect(c.curves[0].offByOne).toBe(ref(37));
  });

  it('warns when CosineAnnealingLR is stepped past T_max, and the curve really climbs back (period 2T_max)', () => {
    const c = compose(withState({ horizon: 400, ...slotPatch('a', { tMax: 100 }) }));
    expect(c.warnings.some((w) => /past T_max = 100/.test(w))).toBe(true);
    const pts = c.curves[0].points;
    expect(valueAt(pts, 101)).toBeCloseTo(0, 15); // t = 100: the minimum
    expect(valueAt(pts, 201)).toBeCloseTo(0.1, 15); // t = 200: back at the top
    expect(valueAt(pts, 301)).toBeCloseTo(0, 15);
    expect(
      compose(withState({ horizon: 101, ...slotPatch('a', { tMax: 100 }) })).warnings.some((w) =>
        /T_max/.test(w),
      ),
    ).toBe(false);
  });

  it('generates the PyTorch call with the same hyperparameters', () => {
    const c = compose(D);
    expect(c.code).toContain('CosineAnnealingLR(optimizer, T_max=200, eta_min=0)');
    expect(c.code).toContain('MultiStepLR(optimizer, milestones=[100, 150, 180], gamma=0.1)');
    expect(c.code).toContain('lr=0.1');
    expect(c.code.indexOf('optimizer.step()')).toBeLessThan(c.code.indexOf('scheduler.step()'));
  });

  it('labels the two one-cycle variants and matches the package', () => {
    const p = PRESETS.find((x) => x.id === 'one-cycle')!;
    const c = compose(presetState(p, D));
    expect(c.curves[0].label).toMatch(/Smith's policy \(three linear phases\)/);
    expect(c.curves[1].label).toMatch(/PyTorch's default \(two cosine phases\)/);
    const smith = oneCycleLR({
      maxLr: 0.1,
      totalSteps: 200,
      pctStart: 0.45,
      annealStrategy: 'linear',
      divFactor: 10,
      finalDivFactor: 100,
      threePhase: true,
    });
    expect(valueAt(c.curves[0].points, 90)).toBe(smith(89));
    // By hand: the peak is at t = 0.45·200 − 1 = 89, so update 90 uses max_lr.
    expect(smith(89)).toBeCloseTo(0.1, 15);
    expect(c.code).toContain('three_phase=True');
    expect(c.code).toContain("anneal_strategy='linear'");
  });

  it('turns a parameter set the package refuses into an error, not a throw', () => {
    const c = compose(withState({ ...slotPatch('a', { kind: 'warmupcosine', warm: 300, total: 200 }) }));
    expect(c.errors[0]).toMatch(/^A: warmupCosine: totalSteps/);
    expect(c.curves.map((k) => k.id)).toEqual(['b']);
  });
});

describe('ConstantLR with a factor', () => {
  it('holds lr·factor for total_iters steps, then lr (PyTorch ConstantLR)', () => {
    const c = compose(
      withState({
        ...slotPatch(
          'b',
          { kind: 'none' },
          slotPatch('a', { kind: 'constantlr', start: 0.25, warm: 10 }).schedules,
        ),
      }),
    );
    const pts = c.curves[0].points;
    expect(valueAt(pts, 10)).toBeCloseTo(0.025, 15); // update 10: 9 steps taken, still < 10
    expect(valueAt(pts, 11)).toBeCloseTo(0.1, 15);
    expect(c.code).toContain('ConstantLR(optimizer, factor=0.25, total_iters=10)');
  });
});

describe('compose (sequence)', () => {
  it('joins warmup and cosine at the milestone like SequentialLR, on A’s lr', () => {
    const p = PRESETS.find((x) => x.id === 'warmup-cosine')!;
    const c = compose(presetState(p, D));
    expect(c.curves).toHaveLength(1);
    const pts = c.curves[0].points;
    const warm = linearLR({ lr: 0.1, startFactor: 0.01, totalIters: 20 });
    const cos = cosineAnnealingLR({ lr: 0.1, tMax: 180 });
    expect(valueAt(pts, 1)).toBeCloseTo(0.001, 15);
    expect(valueAt(pts, 11)).toBe(warm(10));
    expect(valueAt(pts, 21)).toBe(cos(0)); // t = 20 = the milestone: the cosine starts at its t = 0
    expect(valueAt(pts, 111)).toBe(cos(90));
    expect(c.code).toContain('SequentialLR(optimizer, schedulers=[part1, part2], milestones=[20])');
    expect(c.code).toContain('LinearLR(optimizer, start_factor=0.01, end_factor=1.0, total_iters=20)');
  });

  it('reports decreasing milestones instead of drawing', () => {
    const c = compose(
      withState({ mode: 'sequence', ...slotPatch('c', { kind: 'constant' }), s1: 100, s2: 50 }),
    );
    expect(c.curves).toHaveLength(0);
    expect(c.errors[0]).toMatch(/milestones must be increasing/);
    expect(describeComposition(c)).toMatch(/^Nothing drawn/);
  });

  it('uses one lr for all parts and says so', () => {
    const c = compose(withState({ mode: 'sequence', ...slotPatch('b', { lr: 0.5 }), s1: 50 }));
    expect(c.warnings.some((w) => /A's lr = 0.1/.test(w))).toBe(true);
    const ms = multiStepLR({ lr: 0.1, milestones: [100, 150, 180] });
    expect(valueAt(c.curves[0].points, 151)).toBe(ms(100));
  });
});

describe('every preset', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s decodes, draws finite curves and no errors', (_, p) => {
    const c = compose(presetState(p, D));
    expect(c.errors).toEqual([]);
    expect(c.curves.length).toBeGreaterThan(0);
    for (const k of c.curves) expect(k.points.every((q) => Number.isFinite(q.y) && q.y >= 0)).toBe(true);
    const enc = composerCodec.encode(presetState(p, D));
    expect(composerCodec.decode(new URLSearchParams(enc).toString()).state).toEqual(presetState(p, D));
    expect(
      enc.every(([k]) => /^schedule-composer\.(v|[a-zA-Z0-9]+|schedules\.[0-2]\.[a-zA-Z0-9]+)$/.test(k)),
    ).toBe(true);
  });
});

describe('curvePoints', () => {
  it('returns every update for short horizons', () => {
    const r = curvePoints((t) => t, 50);
    expect(r.points.map((p) => p.x)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect([r.min, r.max]).toEqual([0, 49]);
  });
});

describe('composerCodec', () => {
  it('opens a version 1 link that named slot fields aTMax, bKind, …, with a notice, as the same setup', () => {
    const { state, notices } = composerCodec.decode(
      '?schedule-composer.v=1&schedule-composer.aTMax=100&schedule-composer.bKind=sgdr&schedule-composer.bT0=100&schedule-composer.horizon=300',
    );
    expect(state).toEqual(
      presetState(
        PRESETS.find((p) => p.id === 'past-tmax')!,
        { ...D, schedules: withSlot(D.schedules, 2, { kind: 'none' }) },
      ),
    );
    expect(notices.map((n) => n.kind)).toEqual(['renamed']);
    expect(composerCodec.withState('?schedule-composer.aTMax=100', state)).toContain(
      'schedule-composer.schedules.0.tMax=100',
    );
  });
});
