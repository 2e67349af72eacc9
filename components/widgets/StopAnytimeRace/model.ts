import {
  applyUpdates,
  cosineAnnealingLR,
  miniBatchGradient,
  namedChain,
  rng,
  sampleIndices,
  scaleByLearningRate,
  scheduleFreeSgd,
  wsd,
  wsdStopAt,
  type Schedule,
  type Transform,
  type Vec,
} from '@descent/optim';
import { DIM, N, stopProblem } from './problem.ts';
import type { StopAnytimeState } from './state.ts';

const RECORDS = 80;

export interface StopRun {
  id: 'cosine' | 'wsd' | 'wsd-decay' | 'schedule-free';
  label: string;
  /** (update t, f(θ_t) − f*), θ the point the method would ship (Schedule-Free: x). */
  points: { x: number; y: number }[];
  /** f − f* at the stop (for the decayed branch: at its end, after the extra decay steps). */
  atStop: number;
  /** The update at which atStop is read. */
  readAt: number;
}

export interface StopAnytimeResult {
  runs: StopRun[];
  /** The planned length T these runs were made for. */
  planned: number;
  stop: number;
  decaySteps: number;
}

/** Plain SGD with a schedule, as a transform: −η_t g. */
const scheduled = (lr: Schedule): Transform<unknown> =>
  namedChain({ lr: scaleByLearningRate(lr) }) as unknown as Transform<unknown>;

/**
 * Runs `tx` from θ₀ = 0 on the race's logistic regression for `steps` updates on the shared
 * batch stream, recording f − f* at about RECORDS points; `evalPoint` picks what is evaluated.
 */
function train(
  id: StopRun['id'],
  label: string,
  tx: Transform<unknown>,
  steps: number,
  batches: readonly number[][],
  seed: number,
  evalPoint: (params: Vec, state: unknown) => Vec = (p) => p,
  from: { t: number; params: Vec; state: unknown } | null = null,
) {
  const { problem, fStar } = stopProblem(seed);
  let params: Vec = from ? from.params : new Float64Array(DIM);
  let state: unknown = from ? from.state : tx.init(params);
  const start = from ? from.t : 0;
  const every = Math.max(1, Math.floor(steps / RECORDS));
  const points = from ? [] : [{ x: 0, y: problem.value(params) - fStar }];
  const snapshots = new Map<number, { params: Vec; state: unknown }>();
  for (let t = start + 1; t <= start + steps; t++) {
    const g = miniBatchGradient(problem, batches[t - 1], params);
    const out = tx.update(g, state as never, params);
    state = out.state;
    params = applyUpdates(params, out.updates);
    snapshots.set(t, { params, state });
    if (snapshots.size > 2) snapshots.delete(t - 2);
    if ((t - start) % every === 0 || t === start + steps)
      points.push({ x: t, y: Math.max(problem.value(evalPoint(params, state)) - fStar, 1e-12) });
  }
  const last = points[points.length - 1];
  return { run: { id, label, points, atStop: last.y, readAt: last.x } as StopRun, params, state };
}

/**
 * stopAnytime(state) → plain mini-batch SGD with a cosine schedule to 0 over the planned T and
 * with WSD (no warmup, 20 % 1 − √p decay) over T, both read at the stop; the WSD run branched into
 * its decay at the stop ("decay now": D' = stop·0.2/0.8 more updates, wsdStopAt); and Schedule-Free
 * SGD (β = 0.9, its own constant γ) evaluated at its average x. Same data, θ₀ and batch stream.
 */
export function stopAnytime(s: StopAnytimeState): StopAnytimeResult {
  const T = s.planned;
  const stop = Math.min(s.stop, T);
  const plan = { lr: s.lr, totalSteps: T, decayFraction: 0.2 };
  // Stopped inside the planned decay, WSD is already decaying: there is nothing to branch.
  const inDecay = stop >= T - Math.round(0.2 * T);
  const branch = wsdStopAt(plan, stop);
  const decaySteps = inDecay ? 0 : (branch.decaySteps ?? 0);
  const random = rng(`stop-anytime/${s.seed}`);
  const batches: number[][] = [];
  for (let t = 0; t < Math.max(T, stop + decaySteps); t++)
    batches.push(sampleIndices(random, N, s.batch, false));

  const cosine = train(
    'cosine',
    `cosine to 0 over T = ${T}`,
    scheduled(cosineAnnealingLR({ lr: s.lr, tMax: T })),
    stop,
    batches,
    s.seed,
  );
  const wsdRun = train('wsd', `WSD planned for T = ${T}`, scheduled(wsd(plan)), stop, batches, s.seed);
  // "Decay now": continue the same WSD run from the stop with the branched schedule.
  const decayed = inDecay
    ? null
    : train(
        'wsd-decay',
        `WSD decayed from the stop (+${decaySteps} updates)`,
        scheduled(wsd(branch)),
        decaySteps,
        batches,
        s.seed,
        undefined,
        { t: stop, params: wsdRun.params, state: wsdRun.state },
      );
  const sf = train(
    'schedule-free',
    'Schedule-Free SGD, evaluated at x',
    scheduleFreeSgd({ lr: s.sfLr, momentum: 0.9 }) as Transform<unknown>,
    stop,
    batches,
    s.seed,
    (_p, st) => (st as { x: Vec }).x,
  );
  const runs = [cosine.run, wsdRun.run, ...(decayed ? [decayed.run] : []), sf.run];
  return { runs, planned: T, stop, decaySteps };
}
