import { adam, applyUpdates, clipByGlobalNorm, rng, type Vec } from '@descent/optim';
import type { AdamStepperState } from './state.ts';

/** The step at which the 'spike' stream's large gradient arrives, and its size in units of the scale. */
export const SPIKE_AT = 5;
export const SPIKE_SIZE = 40;

/** One row of the stepper's table: everything Adam computed at update t. */
export interface AdamRow {
  t: number;
  /** The gradient the stream produced. */
  gRaw: number;
  /** The gradient Adam saw (after clipping, when on). */
  g: number;
  /** m_{t−1}, v_{t−1}: the state the update started from. */
  mPrev: number;
  vPrev: number;
  m: number;
  v: number;
  /** 1/(1 − β₁ᵗ), 1/(1 − β₂ᵗ). */
  bc1: number;
  bc2: number;
  mHat: number;
  vHat: number;
  /** θ_t − θ_{t−1}. */
  update: number;
  theta: number;
  /** g/g_raw: the clipping coefficient min(1, c/(‖g‖ + 10⁻⁶)) (1 without clipping). */
  clipCoef: number;
}

export interface AdamStepperResult {
  rows: AdamRow[];
  /** With clipping on: the updates the same stream gives without it (for comparison); else null. */
  unclipped: number[] | null;
}

/** The gradient stream g_1 … g_N (before clipping), seeded. */
export function gradientStream(s: Pick<AdamStepperState, 'stream' | 'scale' | 'steps' | 'seed'>): number[] {
  const r = rng(`adam-stepper/${s.seed}`);
  return Array.from({ length: s.steps }, (_, k) => {
    const t = k + 1;
    switch (s.stream) {
      case 'constant':
        return s.scale;
      case 'alternating':
        return t % 2 === 1 ? s.scale : -0.5 * s.scale;
      case 'decaying':
        return s.scale / t;
      case 'spike':
        return t === SPIKE_AT ? SPIKE_SIZE * s.scale : s.scale * (1 + 0.2 * r.normal());
      default:
        return s.scale * (0.5 + r.normal());
    }
  });
}

function run(s: AdamStepperState, stream: readonly number[], clip: boolean): AdamRow[] {
  // Two parts applied one after the other (not a chain) so the clipped gradient Adam sees can be shown.
  const clipper = clip ? clipByGlobalNorm({ maxNorm: s.maxNorm }) : null;
  const opt = adam({ lr: s.lr, beta1: s.beta1, beta2: s.beta2, eps: s.eps });
  let theta: Vec = new Float64Array(1);
  let clipState = clipper?.init(theta) ?? null;
  let state = opt.init(theta);
  const rows: AdamRow[] = [];
  for (let k = 0; k < stream.length; k++) {
    const raw = Float64Array.of(stream[k]);
    let g: Vec = raw;
    if (clipper && clipState) {
      const c = clipper.update(raw, clipState, theta);
      g = c.updates;
      clipState = c.state;
    }
    const prev = state.adam;
    const r = opt.update(g, state, theta);
    state = r.state;
    theta = applyUpdates(theta, r.updates);
    const a = state.adam;
    rows.push({
      t: k + 1,
      gRaw: stream[k],
      g: g[0],
      mPrev: prev.m[0],
      vPrev: prev.v[0],
      m: a.m[0],
      v: a.v[0],
      bc1: a.biasCorrection1,
      bc2: a.biasCorrection2,
      mHat: a.m[0] * a.biasCorrection1,
      vHat: a.v[0] * a.biasCorrection2,
      update: r.updates[0],
      theta: theta[0],
      clipCoef: stream[k] !== 0 ? g[0] / stream[k] : 1,
    });
  }
  return rows;
}

/**
 * adamStepper(state) → every quantity of optim's `adam` (PyTorch's rule) for each update on the
 * chosen scalar stream, optionally behind `clipByGlobalNorm` (clip_grad_norm_, ε = 10⁻⁶), which
 * runs before Adam's moments see the gradient. Moments and update are read from the optimizer's state.
 */
export function adamStepper(s: AdamStepperState): AdamStepperResult {
  const stream = gradientStream(s);
  const rows = run(s, stream, s.clip);
  return { rows, unclipped: s.clip ? run(s, stream, false).map((r) => r.update) : null };
}
