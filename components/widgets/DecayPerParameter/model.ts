import { adam, adamL2EffectiveDecay, adamw, rng, stepInPlace, type Transform } from '@descent/optim';
import { downsampleIndices } from '../kit/downsampleSeries.ts';
import type { DecayPerParameterState } from './state.ts';

/** Where every parameter's loss has its minimum (θ* = 1 without any decay). */
export const TARGET = 1;
/** Every parameter starts here. */
export const START = 2;
const EPS = 1e-8;

/** Points per parameter curve sent to the view (the chart shows at most ~200). */
const MAX_POINTS = 240;

export interface ParamRun {
  /** θ_i at t = 0, 1, …, steps (finite values only), thinned to ≤ MAX_POINTS: see `steps`. */
  theta: number[];
  /** The step of each value in `theta` (0 first, the last step last). */
  steps: number[];
  /** The fraction of θ_i the decay removes in the last update: ηλ/(√v̂_i + ε) or ηλ. */
  effectiveDecay: number;
  /** v̂_i after the last update. */
  vHat: number;
}

export interface OptimizerRun {
  id: 'l2' | 'adamw';
  label: string;
  params: ParamRun[];
  divergedAt: number | null;
}

export interface DecayPerParameterResult {
  /** Gradient scales s_i = spread^(i − 1), i = 0, 1, 2 → (1/spread, 1, spread). */
  scales: number[];
  runs: OptimizerRun[];
  /** Where Adam + L2 settles in expectation: the minimiser of s_i·½(θ − 1)² + ½λθ², s_i/(s_i + λ). */
  l2Limit: number[];
  /** Updates run (the state's `steps`). */
  steps: number;
}

/**
 * decayPerParameter(state) → Adam + L2 (torch.optim.Adam's weight_decay) and AdamW on three
 * independent parameters with losses s_i·½(θ_i − 1)², s_i spanning spread²: the gradient of
 * parameter i is g_i = s_i((θ_i − 1) + σξ_t), with one seeded noise ξ_t per update shared by all
 * three, so the parameters differ only by the scale of their gradients. Adam's update is
 * invariant to that scale, λθ is not: with L2 the decay is divided by √v̂_i ∝ s_i.
 */
export function decayPerParameter(state: DecayPerParameterState): DecayPerParameterResult {
  const scales = [1 / state.spread, 1, state.spread];
  const make: [OptimizerRun['id'], string, Transform<unknown>][] = [
    ['l2', 'Adam + L2', adam({ lr: state.lr, weightDecay: state.wd, eps: EPS }) as Transform<unknown>],
    ['adamw', 'AdamW', adamw({ lr: state.lr, weightDecay: state.wd, eps: EPS }) as Transform<unknown>],
  ];
  const runs = make.map(([id, label, tx]) => run(id, label, tx, state, scales));
  return { scales, runs, l2Limit: scales.map((s) => (s * TARGET) / (s + state.wd)), steps: state.steps };
}

function run(
  id: OptimizerRun['id'],
  label: string,
  tx: Transform<unknown>,
  state: DecayPerParameterState,
  scales: number[],
): OptimizerRun {
  const noise = rng(state.seed);
  const d = scales.length;
  const theta = new Float64Array(d).fill(START);
  const g = new Float64Array(d);
  let s = tx.init(theta);
  const hist = scales.map(() => [START]);
  let divergedAt: number | null = null;
  for (let t = 1; t <= state.steps; t++) {
    const xi = state.noise * noise.normal();
    for (let i = 0; i < d; i++) g[i] = scales[i] * (theta[i] - TARGET + xi);
    // The loop owns θ and the state (neither leaves this function until the end).
    s = stepInPlace(tx, g, s, theta);
    let ok = true;
    for (let i = 0; i < d; i++) if (!(Math.abs(theta[i]) < 1e10)) ok = false;
    if (!ok) {
      divergedAt = t;
      break;
    }
    for (let i = 0; i < d; i++) hist[i].push(theta[i]);
  }
  const a = (s as { adam: { v: Float64Array; biasCorrection2: number } }).adam;
  const done = Number.isFinite(a.biasCorrection2);
  const params = scales.map((_, i): ParamRun => {
    const vHat = done ? a.v[i] * a.biasCorrection2 : 0;
    const effectiveDecay =
      id === 'adamw'
        ? state.lr * state.wd
        : done
          ? adamL2EffectiveDecay({ lr: state.lr, weightDecay: state.wd, vHat, eps: EPS })
          : NaN;
    const keep = downsampleIndices(hist[i].length, (k) => k, { max: MAX_POINTS });
    return { theta: keep.map((k) => hist[i][k]), steps: keep, effectiveDecay, vHat };
  });
  return { id, label, params, divergedAt };
}
