import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as optim from '@descent/optim';
import {
  SCHEDULE_SPEC_KINDS,
  ScheduleSpec,
  scheduleFromSpec,
  torchScheduler,
  torchSchedulerClass,
} from './scheduleSpec.ts';

const DIR = new URL('../../../packages/optim/src/schedules/', import.meta.url);
/** The package's schedule modules that are functions of t (everything but the plateau controller). */
const packageSchedules = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3))
  .filter((name) =>
    new RegExp(`export function ${name}\\([^)]*\\): Schedule \\{`).test(
      readFileSync(new URL(`${name}.ts`, DIR), 'utf8'),
    ),
  );

const values = (s: optim.Schedule, n = 300) => Array.from({ length: n }, (_, t) => s(t));

describe('ScheduleSpec', () => {
  it('has a kind for every schedule of the package that is a function of t', () => {
    expect(packageSchedules.length).toBeGreaterThanOrEqual(13);
    expect(packageSchedules.filter((n) => !SCHEDULE_SPEC_KINDS.includes(n as never))).toEqual([]);
    expect([...SCHEDULE_SPEC_KINDS].sort()).toEqual([...packageSchedules].sort());
  });

  it('rejects unknown kinds, wrong types, fractional step counts and missing options', () => {
    for (const bad of [
      { kind: 'warmupStableDecay', lr: 0.1 },
      { kind: 'stepLR', lr: '0.1', stepSize: 3 },
      { kind: 'stepLR', lr: 0.1, stepSize: 2.5 },
      { kind: 'stepLR', lr: 0.1 },
      { kind: 'cosineAnnealingLR', lr: Infinity, tMax: 10 },
      { kind: 'sequentialLR', schedules: [], milestones: [] },
      { kind: 'sequentialLR', schedules: [{ kind: 'nope' }], milestones: [] },
      { kind: '__proto__' },
      null,
      'stepLR',
    ])
      expect(ScheduleSpec.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe('scheduleFromSpec(spec)', () => {
  it('builds exactly the package schedule of the same name and options', () => {
    const cases: [ScheduleSpec, optim.Schedule][] = [
      [
        { kind: 'constantLR', lr: 0.1, factor: 0.5, totalIters: 30 },
        optim.constantLR({ lr: 0.1, factor: 0.5, totalIters: 30 }),
      ],
      [{ kind: 'stepLR', lr: 0.1, stepSize: 30 }, optim.stepLR({ lr: 0.1, stepSize: 30 })],
      [
        { kind: 'multiStepLR', lr: 0.1, milestones: [80, 30] },
        optim.multiStepLR({ lr: 0.1, milestones: [30, 80] }),
      ],
      [{ kind: 'exponentialLR', lr: 0.1, gamma: 0.97 }, optim.exponentialLR({ lr: 0.1, gamma: 0.97 })],
      [{ kind: 'inverseTimeLR', lr: 0.1, decay: 0.05 }, optim.inverseTimeLR({ lr: 0.1, decay: 0.05 })],
      [
        { kind: 'polynomialLR', lr: 0.1, totalIters: 80, power: 2 },
        optim.polynomialLR({ lr: 0.1, totalIters: 80, power: 2 }),
      ],
      [
        { kind: 'linearLR', lr: 0.1, startFactor: 0.1, totalIters: 20 },
        optim.linearLR({ lr: 0.1, startFactor: 0.1, totalIters: 20 }),
      ],
      [{ kind: 'cosineAnnealingLR', lr: 0.1, tMax: 100 }, optim.cosineAnnealingLR({ lr: 0.1, tMax: 100 })],
      [
        { kind: 'cosineWarmRestarts', lr: 0.1, t0: 20, tMult: 2 },
        optim.cosineWarmRestarts({ lr: 0.1, t0: 20, tMult: 2 }),
      ],
      [
        { kind: 'warmupCosine', lr: 0.1, warmupSteps: 10, totalSteps: 100, startFactor: 0.01 },
        optim.warmupCosine({ lr: 0.1, warmupSteps: 10, totalSteps: 100, startFactor: 0.01 }),
      ],
      [
        { kind: 'oneCycleLR', maxLr: 0.1, totalSteps: 300 },
        optim.oneCycleLR({ maxLr: 0.1, totalSteps: 300 }),
      ],
      [
        { kind: 'cyclicLR', baseLr: 0.01, maxLr: 0.1, stepSizeUp: 20, mode: 'exp_range', gamma: 0.99 },
        optim.cyclicLR({ baseLr: 0.01, maxLr: 0.1, stepSizeUp: 20, mode: 'exp_range', gamma: 0.99 }),
      ],
      [
        { kind: 'wsd', lr: 0.1, totalSteps: 100, warmupSteps: 10, decayShape: 'cosine', etaMin: 0.001 },
        optim.wsd({ lr: 0.1, totalSteps: 100, warmupSteps: 10, decayShape: 'cosine', etaMin: 0.001 }),
      ],
      [
        {
          kind: 'sequentialLR',
          schedules: [
            { kind: 'linearLR', lr: 0.1, startFactor: 0.1, totalIters: 10 },
            { kind: 'cosineAnnealingLR', lr: 0.1, tMax: 90 },
          ],
          milestones: [10],
        },
        optim.sequentialLR({
          schedules: [
            optim.linearLR({ lr: 0.1, startFactor: 0.1, totalIters: 10 }),
            optim.cosineAnnealingLR({ lr: 0.1, tMax: 90 }),
          ],
          milestones: [10],
        }),
      ],
    ];
    expect(new Set(cases.map(([s]) => s.kind)).size).toBe(SCHEDULE_SPEC_KINDS.length);
    for (const [spec, expected] of cases)
      expect(values(scheduleFromSpec(spec)), spec.kind).toEqual(values(expected));
  });

  it('passes the package’s own refusal through (a range the package rejects)', () => {
    expect(() =>
      scheduleFromSpec({ kind: 'warmupCosine', lr: 0.1, warmupSteps: 50, totalSteps: 20 }),
    ).toThrow(/totalSteps/);
    expect(() => scheduleFromSpec({ kind: 'stepLR', lr: 0.1, stepSize: 0 })).toThrow(/stepSize/);
  });
});

describe('torchScheduler(spec, { nested })', () => {
  it('writes the PyTorch call with the spec’s options, PyTorch’s keyword names and Python literals', () => {
    expect(torchScheduler({ kind: 'cosineAnnealingLR', lr: 0.1, tMax: 200, etaMin: 0 })).toBe(
      'CosineAnnealingLR(optimizer, T_max=200, eta_min=0)',
    );
    expect(torchScheduler({ kind: 'multiStepLR', lr: 0.1, milestones: [150, 100, 180], gamma: 0.1 })).toBe(
      'MultiStepLR(optimizer, milestones=[100, 150, 180], gamma=0.1)',
    );
    expect(torchScheduler({ kind: 'constantLR', lr: 0.1 })).toBe(
      'ConstantLR(optimizer, factor=1.0, total_iters=0)',
    );
    expect(torchScheduler({ kind: 'stepLR', lr: 0.1, stepSize: 30 })).toBe('StepLR(optimizer, step_size=30)');
    expect(
      torchScheduler({
        kind: 'cyclicLR',
        baseLr: 0.01,
        maxLr: 0.1,
        stepSizeUp: 25,
        mode: 'triangular2',
        gamma: 0.9,
      }),
    ).toBe("CyclicLR(optimizer, base_lr=0.01, max_lr=0.1, step_size_up=25, mode='triangular2')");
    expect(
      torchScheduler({
        kind: 'oneCycleLR',
        maxLr: 0.1,
        totalSteps: 200,
        threePhase: true,
        annealStrategy: 'linear',
      }),
    ).toBe("OneCycleLR(optimizer, max_lr=0.1, total_steps=200, anneal_strategy='linear', three_phase=True)");
  });

  it('writes warmup + cosine as SequentialLR on its own and as one exact LambdaLR inside another sequence', () => {
    const spec: ScheduleSpec = {
      kind: 'warmupCosine',
      lr: 0.1,
      warmupSteps: 20,
      totalSteps: 200,
      startFactor: 0.1,
    };
    expect(torchScheduler(spec)).toBe(
      'SequentialLR(optimizer, schedulers=[LinearLR(optimizer, start_factor=0.1, end_factor=1.0, total_iters=20), CosineAnnealingLR(optimizer, T_max=180, eta_min=0)], milestones=[20])',
    );
    expect(torchScheduler(spec, { nested: true })).toMatch(
      /^LambdaLR\(optimizer, lr_lambda=lambda t: 0\.1 \+/,
    );
    // PyTorch's LinearLR refuses start_factor = 0: the LambdaLR form is used instead.
    expect(torchScheduler({ ...spec, startFactor: 0 })).toMatch(/^LambdaLR/);
    expect(torchSchedulerClass(spec)).toBe('SequentialLR');
    expect(torchSchedulerClass({ kind: 'inverseTimeLR', lr: 1, decay: 1 })).toBe('LambdaLR');
  });
});
