import { describe, expect, it } from 'vitest';
import { adam, lookahead, mlp, trainMlp } from '@descent/optim';
import { playgroundCodec, playgroundSchema, OPTIMIZERS, SCHEDULES } from './state.ts';
import {
  buildData,
  buildSchedule,
  buildTransform,
  configFromState,
  evalEvery,
  gridInputs,
  parameterCount,
  readSlot,
  slotLabel,
  type SlotConfig,
} from './model.ts';
import { createEngine, GRID } from './engine.ts';
import { gridPixels, LIGHT } from './drawBoundary.ts';
import { summarize } from './describe.ts';

const defaults = playgroundSchema.parse({});
const slot1 = readSlot(defaults, 1);

describe('playground model', () => {
  it('builds every optimizer and schedule in the lists, and each trains a step without throwing', () => {
    const cfg = configFromState({ ...defaults, steps: 60, runs: 1 });
    for (const optimizer of OPTIMIZERS) {
      for (const schedule of SCHEDULES) {
        const slot: SlotConfig = { ...slot1, optimizer, schedule, lr: 0.01 };
        const { schedule: s } = buildSchedule(slot, 60);
        expect(Number.isFinite(s(0))).toBe(true);
        const e = createEngine({ ...cfg, slots: [slot] });
        const f = e.advance(5);
        expect(f.step).toBe(5);
        expect(f.runs[0].divergedAt).toBeNull();
      }
    }
  });

  it('schedules peak at η: cosine ends at 0, warmup+cosine peaks after the warmup, one-cycle peaks at pctStart·T', () => {
    const T = 1000;
    const base = { ...slot1, lr: 0.1, warm: 100, pct: 0.3 };
    expect(buildSchedule({ ...base, schedule: 'cosine' }, T).schedule(T)).toBeCloseTo(0, 15);
    expect(buildSchedule({ ...base, schedule: 'warmupCosine' }, T).schedule(100)).toBeCloseTo(0.1, 15);
    expect(buildSchedule({ ...base, schedule: 'warmupCosine' }, T).schedule(50)).toBeCloseTo(0.05, 15);
    expect(buildSchedule({ ...base, schedule: 'oneCycle' }, T).schedule(299)).toBeCloseTo(0.1, 12);
    expect(buildSchedule({ ...base, schedule: 'multiStep', gamma: 0.5 }, T).schedule(800)).toBeCloseTo(
      0.025,
      15,
    );
  });

  it('the plateau schedule lowers η once the observed loss stops improving for longer than the patience', () => {
    const p = buildSchedule({ ...slot1, lr: 0.1, schedule: 'plateau', gamma: 0.5, every: 2 }, 100);
    p.observe!(1);
    for (let i = 0; i < 3; i++) p.observe!(1);
    expect(p.schedule(0)).toBeCloseTo(0.05, 15);
  });

  it('configurations share the initialisation and the batches: an engine run equals trainMlp with the same seed', () => {
    const cfg = configFromState({ ...defaults, dataset: 'moons', steps: 120, runs: 2 });
    const { train, test, net } = buildData(cfg);
    const engine = createEngine(cfg);
    const frames = [engine.advance(0), engine.advance(50), engine.advance(100)];
    expect(frames[2].step).toBe(120);
    expect(frames[2].done).toBe(true);
    for (let k = 0; k < 2; k++) {
      const s = buildSchedule(cfg.slots[k], cfg.steps).schedule;
      const ref = trainMlp({
        net,
        transform: buildTransform(cfg.slots[k], s),
        schedule: s,
        train,
        test,
        batchSize: cfg.batch,
        seed: cfg.seed,
        theta0: net.init(cfg.seed),
        evalEvery: evalEvery(cfg.steps),
        steps: 120,
      });
      expect(frames.flatMap((f) => f.runs[k].points)).toEqual(ref.history);
      // the boundary is the network's prediction at the final θ on the grid
      const p = net.predict(ref.theta, gridInputs(GRID));
      frames[2].runs[k].grid.forEach((v, i) => expect(v).toBeCloseTo(p[i], 6));
    }
  });

  it('lookahead in a slot is the package wrapper around the optimizer', () => {
    const s = {
      ...slot1,
      optimizer: 'adam' as const,
      lr: 0.05,
      lookahead: true,
      lookaheadK: 3,
      lookaheadAlpha: 0.5,
    };
    const net = mlp({ sizes: [2, 3, 1] });
    const theta = net.init(1);
    const a = buildTransform(s, () => 0.05);
    const b = lookahead(adam({ lr: 0.05 }), { k: 3, alpha: 0.5 });
    let sa = a.init(theta);
    let sb = b.init(theta);
    const g = theta.map((v) => v * 0.3 + 0.1);
    for (let i = 0; i < 4; i++) {
      const ra = a.update(g, sa, theta);
      const rb = b.update(g, sb, theta);
      expect(Array.from(ra.updates)).toEqual(Array.from(rb.updates));
      sa = ra.state;
      sb = rb.state;
    }
    expect(slotLabel(s)).toBe('Adam η = 0.05 + Lookahead(k = 3, α = 0.5)');
  });

  it('a huge learning rate diverges: the frame says where, points stay finite, the grid keeps the last finite boundary', () => {
    const cfg = configFromState({
      ...defaults,
      steps: 300,
      runs: 1,
      opt1: 'sgd',
      lr1: 100,
      mom1: 0.99,
      activation: 'relu',
    } as typeof defaults);
    const e = createEngine(cfg);
    const f = e.advance(300);
    const d = f.runs[0].divergedAt;
    expect(d).not.toBeNull();
    expect(f.runs[0].points.every((p) => Number.isFinite(p.trainLoss))).toBe(true);
    expect(f.runs[0].grid.every((v) => Number.isFinite(v))).toBe(true);
    expect(
      summarize([{ label: 'x', last: f.runs[0].points.at(-1), divergedAt: d }], 300, 300, false),
    ).toContain(`diverged at step ${d}`);
  });

  it('never paints a non-finite probability; counts parameters; hostile links fall back with notices', () => {
    const px = gridPixels(Float32Array.from([NaN, 1, 0, 0.5]), 2, LIGHT);
    expect(Array.from(px.slice(0, 4))).toEqual([...LIGHT.background, 255]);
    expect(parameterCount([2, 4, 2, 1])).toBe(25);
    expect(parameterCount(configFromState(defaults).sizes)).toBe(2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
    const { state, notices } = playgroundCodec.decode(
      '?playground.v=1&playground.lr1=1e999&playground.runs=99&playground.opt2=evil&playground.layers=<script>',
    );
    expect(state.lr1).toBe(defaults.lr1);
    expect(state.runs).toBe(4);
    expect(state.opt2).toBe(defaults.opt2);
    expect(state.layers).toBe(defaults.layers);
    expect(notices.length).toBe(4);
    expect(notices.map((n) => n.message).join(' ')).not.toContain('<script>');
  });
});
