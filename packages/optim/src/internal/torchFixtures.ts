// Test-only: reads the fixtures that scripts/torch_fixtures.py generated with real PyTorch
// (test/fixtures/*.json, committed; see the script's header to regenerate) and maps PyTorch's
// classes and option names onto the package's factories. Every option a fixture names must be
// mapped: an unknown one throws, so a case can never pass by silently dropping an option.
import { readFileSync } from 'node:fs';
import type { Schedule } from '../types.ts';
import { constantLR } from '../schedules/constantLR.ts';
import { cosineAnnealingLR } from '../schedules/cosineAnnealingLR.ts';
import { cosineWarmRestarts } from '../schedules/cosineWarmRestarts.ts';
import { cyclicLR } from '../schedules/cyclicLR.ts';
import { exponentialLR } from '../schedules/exponentialLR.ts';
import { inverseTimeLR } from '../schedules/inverseTimeLR.ts';
import { linearLR } from '../schedules/linearLR.ts';
import { multiStepLR } from '../schedules/multiStepLR.ts';
import { oneCycleLR } from '../schedules/oneCycleLR.ts';
import { polynomialLR } from '../schedules/polynomialLR.ts';
import { sequentialLR } from '../schedules/sequentialLR.ts';
import { stepLR } from '../schedules/stepLR.ts';

/** Options as PyTorch spells them (snake_case keyword arguments). */
export type TorchOptions = Record<string, unknown>;

export interface ScheduleSpec {
  scheduler: string;
  options?: TorchOptions;
  /** SequentialLR's parts. */
  schedulers?: ScheduleSpec[];
}

export interface OptimizerCase {
  optimizer: string;
  options: TorchOptions;
  schedule?: ScheduleSpec;
  clip?: { max_norm?: number; clip_value?: number };
  /** θ after update k + 1. */
  params: number[][];
}

export interface OptimizerFixture {
  torch: string;
  params0: number[];
  /** The gradient fed to update k + 1. */
  grads: number[][];
  cases: OptimizerCase[];
}

export interface ScheduleCase extends ScheduleSpec {
  /** The optimizer's lr when the scheduler was created (its base lr). */
  lr: number;
  steps: number;
  /** lrs[t]: the lr after t calls of scheduler.step(). */
  lrs: number[];
}

export interface PlateauRun {
  /** The optimizer's lr when the controller was created. */
  lr: number;
  options: TorchOptions;
  metrics: number[];
  /** The state after each step(metrics[k]). */
  lrs: number[];
  best: number[];
  num_bad_epochs: number[];
  cooldown_counter: number[];
}

export interface ScheduleFixture {
  torch: string;
  schedules: ScheduleCase[];
  plateaus: PlateauRun[];
}

function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));
}

export function optimizerFixture(): OptimizerFixture {
  const f = readFixture('torch-optimizers.json') as OptimizerFixture;
  if (!Array.isArray(f.cases) || !Array.isArray(f.grads) || f.cases.length === 0)
    throw new Error('torch-optimizers.json: no cases (regenerate with scripts/torch_fixtures.py)');
  return f;
}

export function scheduleFixture(): ScheduleFixture {
  const f = readFixture('torch-schedules.json') as ScheduleFixture;
  if (!Array.isArray(f.schedules) || !Array.isArray(f.plateaus) || f.schedules.length === 0)
    throw new Error('torch-schedules.json: no cases (regenerate with scripts/torch_fixtures.py)');
  return f;
}

/**
 * Reads PyTorch options by name, each at most once; `done()` throws if the fixture named an
 * option nobody read (so a mapping that forgets e.g. `nesterov` fails instead of testing less).
 */
export function optionReader(what: string, options: TorchOptions = {}) {
  const unread = new Set(Object.keys(options));
  const get = (key: string): unknown => {
    unread.delete(key);
    return options[key];
  };
  return {
    number(key: string): number | undefined {
      const v = get(key);
      if (v !== undefined && typeof v !== 'number') throw new Error(`${what}: ${key} is not a number`);
      return v as number | undefined;
    },
    boolean(key: string): boolean | undefined {
      const v = get(key);
      if (v !== undefined && typeof v !== 'boolean') throw new Error(`${what}: ${key} is not a boolean`);
      return v as boolean | undefined;
    },
    string<T extends string>(key: string): T | undefined {
      const v = get(key);
      if (v !== undefined && typeof v !== 'string') throw new Error(`${what}: ${key} is not a string`);
      return v as T | undefined;
    },
    numbers(key: string): number[] | undefined {
      const v = get(key);
      if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'number')))
        throw new Error(`${what}: ${key} is not a list of numbers`);
      return v as number[] | undefined;
    },
    done(): void {
      if (unread.size > 0) throw new Error(`${what}: options not mapped: ${[...unread].join(', ')}`);
    },
  };
}

/** PyTorch's scheduler classes this package has a counterpart for, from base lr to our schedule. */
export const SCHEDULES: Record<string, (lr: number, spec: ScheduleSpec) => Schedule> = {
  StepLR: (lr, { options }) => {
    const o = optionReader('StepLR', options);
    const s = stepLR({ lr, stepSize: o.number('step_size')!, gamma: o.number('gamma') });
    o.done();
    return s;
  },
  MultiStepLR: (lr, { options }) => {
    const o = optionReader('MultiStepLR', options);
    const s = multiStepLR({ lr, milestones: o.numbers('milestones')!, gamma: o.number('gamma') });
    o.done();
    return s;
  },
  ExponentialLR: (lr, { options }) => {
    const o = optionReader('ExponentialLR', options);
    const s = exponentialLR({ lr, gamma: o.number('gamma')! });
    o.done();
    return s;
  },
  LinearLR: (lr, { options }) => {
    const o = optionReader('LinearLR', options);
    const s = linearLR({
      lr,
      startFactor: o.number('start_factor'),
      endFactor: o.number('end_factor'),
      totalIters: o.number('total_iters'),
    });
    o.done();
    return s;
  },
  // Our defaults make constantLR a plain constant (README); PyTorch's are factor 1/3 for 5 steps.
  ConstantLR: (lr, { options }) => {
    const o = optionReader('ConstantLR', options);
    const s = constantLR({
      lr,
      factor: o.number('factor') ?? 1 / 3,
      totalIters: o.number('total_iters') ?? 5,
    });
    o.done();
    return s;
  },
  CosineAnnealingLR: (lr, { options }) => {
    const o = optionReader('CosineAnnealingLR', options);
    const s = cosineAnnealingLR({ lr, tMax: o.number('T_max')!, etaMin: o.number('eta_min') });
    o.done();
    return s;
  },
  CosineAnnealingWarmRestarts: (lr, { options }) => {
    const o = optionReader('CosineAnnealingWarmRestarts', options);
    const s = cosineWarmRestarts({
      lr,
      t0: o.number('T_0')!,
      tMult: o.number('T_mult'),
      etaMin: o.number('eta_min'),
    });
    o.done();
    return s;
  },
  // OneCycleLR and CyclicLR set the lr themselves: the optimizer's lr is not their base.
  OneCycleLR: (_lr, { options }) => {
    const o = optionReader('OneCycleLR', options);
    const s = oneCycleLR({
      maxLr: o.number('max_lr')!,
      totalSteps: o.number('total_steps')!,
      pctStart: o.number('pct_start'),
      annealStrategy: o.string<'cos' | 'linear'>('anneal_strategy'),
      divFactor: o.number('div_factor'),
      finalDivFactor: o.number('final_div_factor'),
      threePhase: o.boolean('three_phase'),
    });
    o.done();
    return s;
  },
  PolynomialLR: (lr, { options }) => {
    const o = optionReader('PolynomialLR', options);
    const s = polynomialLR({ lr, totalIters: o.number('total_iters'), power: o.number('power') });
    o.done();
    return s;
  },
  CyclicLR: (_lr, { options }) => {
    const o = optionReader('CyclicLR', options);
    const s = cyclicLR({
      baseLr: o.number('base_lr')!,
      maxLr: o.number('max_lr')!,
      stepSizeUp: o.number('step_size_up'),
      stepSizeDown: o.number('step_size_down'),
      mode: o.string<'triangular' | 'triangular2' | 'exp_range'>('mode'),
      gamma: o.number('gamma'),
    });
    o.done();
    return s;
  },
  // A lambda cannot travel in JSON: the fixture names it.
  LambdaLR: (lr, { options }) => {
    const o = optionReader('LambdaLR', options);
    const kind = o.string('lambda');
    let s: Schedule;
    if (kind === 'inverse_time') s = inverseTimeLR({ lr, decay: o.number('decay')! });
    else if (kind === 'step_halving') s = stepLR({ lr, stepSize: o.number('every')!, gamma: 0.5 });
    else throw new Error(`LambdaLR: unknown lambda ${kind}`);
    o.done();
    return s;
  },
  SequentialLR: (lr, spec) => {
    const o = optionReader('SequentialLR', spec.options);
    const s = sequentialLR({
      schedules: (spec.schedulers ?? []).map((part) => scheduleFromTorch(lr, part)),
      milestones: o.numbers('milestones')!,
    });
    o.done();
    return s;
  },
};

export function scheduleFromTorch(lr: number, spec: ScheduleSpec): Schedule {
  const make = SCHEDULES[spec.scheduler];
  if (!make) throw new Error(`no counterpart for torch.optim.lr_scheduler.${spec.scheduler}`);
  return make(lr, spec);
}

/** A compact, readable label for a PyTorch call: `SGD(lr=0.01, momentum=0.9)`. */
export function torchCall(name: string, options: TorchOptions = {}): string {
  const args = Object.entries(options).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `${name}(${args.join(', ')})`;
}

/** Largest relative error |a − e|/|e| over matching entries (0 where both are exactly 0). */
export function worstRelativeError(actual: readonly number[], expected: readonly number[]): number {
  if (actual.length !== expected.length)
    throw new Error(`length ${actual.length}, expected ${expected.length}`);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    const a = actual[i];
    const err = a === e ? 0 : Math.abs(a - e) / Math.abs(e);
    if (!(err <= worst)) worst = err; // NaN propagates as the worst
  }
  return worst;
}
