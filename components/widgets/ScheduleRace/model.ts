import {
  logisticRegression,
  makeClassification,
  matchedBatchSize,
  referenceOptimum,
  rng,
  scheduledSgd,
  sgdNoiseScale,
  type FiniteSum,
  type Schedule,
} from '@descent/optim';
import { scheduleFromSpec, type ScheduleSpec } from '../../../src/lib/specs/scheduleSpec.ts';
import { RACE_SCHEDULES, type RaceSchedule, type RaceState } from './state.ts';

export const N = 1000;
export const DIM = 20;
const L2 = 1e-3;
const RECORDS = 150;
const EXPLODE = 1e6;

export const RACE_LABELS: Record<RaceSchedule | 'grow', string> = {
  constant: 'constant',
  multistep: 'multi-step ×0.1 at 50 % and 75 %',
  inverse: '1/(1 + 10k/T)',
  cosine: 'cosine to 0',
  warmupcosine: 'warmup 5 % + cosine',
  onecycle: "one-cycle (PyTorch's default)",
  grow: 'growing batch, constant rate',
};

/** Each race entry as a spec, for peak rate η and budget T updates. */
export function raceSpec(kind: RaceSchedule, lr: number, T: number): ScheduleSpec {
  switch (kind) {
    case 'constant':
      return { kind: 'constantLR', lr };
    case 'multistep':
      return {
        kind: 'multiStepLR',
        lr,
        milestones: [Math.round(T / 2), Math.round((3 * T) / 4)],
        gamma: 0.1,
      };
    case 'inverse':
      return { kind: 'inverseTimeLR', lr, decay: 10 / T };
    case 'cosine':
      return { kind: 'cosineAnnealingLR', lr, tMax: T };
    case 'warmupcosine':
      return {
        kind: 'warmupCosine',
        lr,
        warmupSteps: Math.max(1, Math.round(T / 20)),
        totalSteps: T,
        startFactor: 0.01,
      };
    case 'onecycle':
      return { kind: 'oneCycleLR', maxLr: lr, totalSteps: T };
  }
}

/** The package schedule of each race entry (built from its spec). */
export const raceSchedule = (kind: RaceSchedule, lr: number, T: number): Schedule =>
  scheduleFromSpec(raceSpec(kind, lr, T));

export interface RaceRun {
  id: RaceSchedule | 'grow';
  label: string;
  /** (x, f(θ) − f*) with x in updates or epochs as asked; stops before divergence. */
  points: { x: number; y: number }[];
  /** (x, η) and (x, batch) at the same x. */
  rates: { x: number; y: number }[];
  batches: { x: number; y: number }[];
  final: number | null;
  updates: number;
  epochs: number;
  divergedAt: number | null;
}

export interface RaceResult {
  runs: RaceRun[];
  fStar: number;
  f0: number;
}

interface Problem {
  problem: FiniteSum;
  fStar: number;
}
const cache = new Map<number, Problem>();
export function raceProblem(seed: number): Problem {
  const hit = cache.get(seed);
  if (hit) return hit;
  const data = makeClassification({ n: N, d: DIM, seed: `race/${seed}`, separation: 4, flipY: 0.1 });
  const problem = logisticRegression({ X: data.X, y: data.y, l2: L2 });
  const p = { problem, fStar: referenceOptimum(problem).value };
  if (cache.size > 8) cache.clear();
  cache.set(seed, p);
  return p;
}

/**
 * The batch schedule of the growing-batch run: keep η fixed and, at each point of the budget of
 * examples, use the batch whose noise scale η(n/b − 1) equals that of the multi-step run
 * (η_decayed (n/b₀ − 1)) at the same number of examples processed. Returns the batch per update.
 */
export function growingBatches(lr: number, b0: number, T: number): number[] {
  const decay = raceSchedule('multistep', lr, T);
  const budget = T * b0;
  const out: number[] = [];
  let seen = 0;
  while (seen < budget) {
    const k = Math.floor(seen / b0); // the decaying run's update count at this many examples
    const matched = Math.round(matchedBatchSize({ lr0: lr, batchSize0: b0, lr: decay(k), n: N }));
    const b = Math.min(N, budget - seen, Math.max(1, matched)); // the last batch only uses what is left of the budget
    out.push(b);
    seen += b;
  }
  return out;
}

function run(
  id: RaceRun['id'],
  lr: Schedule,
  batches: number | number[],
  state: RaceState,
  { problem, fStar }: Problem,
): RaceRun {
  const T = typeof batches === 'number' ? state.updates : batches.length;
  const method = scheduledSgd({
    lr,
    batchSize: typeof batches === 'number' ? batches : (t) => batches[Math.min(t, batches.length - 1)],
  });
  const random = rng(`race-batches/${state.seed}`); // every run reads the same stream: same batches while b agrees
  let s = method.init(problem, new Float64Array(DIM), random);
  const every = Math.max(1, Math.floor(T / RECORDS));
  const xOf = () => (state.xAxis === 'updates' ? s.steps : s.gradEvals / N);
  const points = [{ x: 0, y: problem.value(s.x) - fStar }];
  const rates: { x: number; y: number }[] = [];
  const bs: { x: number; y: number }[] = [];
  let divergedAt: number | null = null;
  for (let t = 1; t <= T; t++) {
    // This loop owns its state and reads only the newest one: the step may reuse its arrays.
    const out = method.step(problem, s, random, { reuse: true });
    s = out.state;
    if (t % every === 0 || t === T || t === 1) {
      const f = problem.value(s.x) - fStar;
      if (!Number.isFinite(f) || f > EXPLODE) {
        divergedAt = t;
        break;
      }
      points.push({ x: xOf(), y: Math.max(f, 1e-16) });
      rates.push({ x: xOf(), y: out.info.lr });
      bs.push({ x: xOf(), y: out.info.indices.length });
    }
  }
  return {
    id,
    label: RACE_LABELS[id],
    points,
    rates,
    batches: bs,
    final: divergedAt === null ? points[points.length - 1].y : null,
    updates: s.steps,
    epochs: s.gradEvals / N,
    divergedAt,
  };
}

/** race(state) → the same model, initialisation (θ₀ = 0) and batch stream trained with each selected schedule. */
export function race(state: RaceState): RaceResult {
  const p = raceProblem(state.seed);
  const runs: RaceRun[] = [];
  for (const kind of RACE_SCHEDULES) {
    if (!state[kind]) continue;
    runs.push(run(kind, raceSchedule(kind, state.lr, state.updates), state.batch, state, p));
  }
  if (state.grow)
    runs.push(
      run(
        'grow',
        raceSchedule('constant', state.lr, state.updates),
        growingBatches(state.lr, state.batch, state.updates),
        state,
        p,
      ),
    );
  return { runs, fStar: p.fStar, f0: p.problem.value(new Float64Array(DIM)) - p.fStar };
}

/** The noise scale of a run at one recorded point, η(n/b − 1) (for the summary and the test). */
export const noiseScaleAt = (lr: number, b: number) => sgdNoiseScale({ lr, n: N, batchSize: b });
