import type { LearningRate, Transform, Vec } from '../types.ts';
import { boolean, learningRate, nonNegative } from '../internal/validate.ts';
import { layoutResolver, blockSize, type ParamLayout } from '../matrices/paramLayout.ts';
import { toSchedule } from './toSchedule.ts';

export interface RelativeStepOptions {
  /**
   * External learning rate (number or schedule). Leave undefined for Adafactor's relative step
   * ρ_t = min(10⁻², 1/√t); giving one turns `relativeStep` off (as transformers requires).
   */
  lr?: LearningRate;
  /** Use ρ_t instead of `lr`; default true exactly when `lr` is undefined. */
  relativeStep?: boolean;
  /** ρ_t = min(10⁻⁶·t, 1/√t) instead of min(10⁻², 1/√t) (transformers' `warmup_init`), default false. */
  warmupInit?: boolean;
  /** Multiply by max(ε₂, RMS(θ_block)), default true. */
  scaleParameter?: boolean;
  /** ε₂, the floor of the parameter scale, default 1e-3. */
  eps2?: number;
  /** Blocks with their own parameter scale; default: the whole vector. */
  layout?: ParamLayout;
}

export interface ScaleByRelativeStepState {
  /** Updates applied so far. */
  count: number;
  /** α of each block in the last update (empty before the first). */
  stepSizes: number[];
}

/** Validated options with defaults applied. */
export interface ResolvedRelativeStep {
  schedule: ((t: number) => number) | null;
  warmupInit: boolean;
  scaleParameter: boolean;
  eps2: number;
}

/** Checks the options (under the caller's name) and fills in defaults. */
export function resolveRelativeStep(fn: string, o: RelativeStepOptions): ResolvedRelativeStep {
  const relativeStep = o.relativeStep ?? o.lr === undefined;
  const warmupInit = o.warmupInit ?? false;
  const scaleParameter = o.scaleParameter ?? true;
  const eps2 = o.eps2 ?? 1e-3;
  boolean(fn, 'relativeStep', relativeStep);
  boolean(fn, 'warmupInit', warmupInit);
  boolean(fn, 'scaleParameter', scaleParameter);
  nonNegative(fn, 'eps2', eps2);
  if (relativeStep && o.lr !== undefined) {
    throw new RangeError(
      `${fn}: an explicit lr needs relativeStep: false (the relative step ρ_t replaces it)`,
    );
  }
  if (!relativeStep && o.lr === undefined) throw new RangeError(`${fn}: relativeStep: false needs an lr`);
  if (warmupInit && !relativeStep) throw new RangeError(`${fn}: warmupInit needs relativeStep`);
  const schedule = relativeStep ? null : toSchedule(learningRate(fn, 'lr', o.lr), fn);
  return { schedule, warmupInit, scaleParameter, eps2 };
}

/**
 * α of one block at update t (t from 1): $\alpha_t = \rho_t \cdot \max(\varepsilon_2, \mathrm{RMS}(\theta_{t-1}))$
 * with $\rho_t = \min(10^{-2}, 1/\sqrt t)$ (Shazeer & Stern 2018, Section 8 and 9), or
 * $\rho_t = \mathrm{lr}(t-1)$ with an external rate; without `scaleParameter` the factor is 1.
 */
export function relativeStepSize(
  r: ResolvedRelativeStep,
  t: number,
  params: Vec,
  from: number,
  size: number,
): number {
  const rho =
    r.schedule !== null ? r.schedule(t - 1) : Math.min(r.warmupInit ? 1e-6 * t : 1e-2, 1 / Math.sqrt(t));
  if (!r.scaleParameter) return rho;
  let ss = 0;
  for (let i = from; i < from + size; i++) ss += params[i] * params[i];
  const rms = Math.sqrt(ss) / Math.sqrt(size);
  return Math.max(r.eps2, rms) * rho;
}

/**
 * Adafactor's step size (Shazeer & Stern 2018, Section 8, Algorithm 4 line 1): per block,
 * u ← α_t·u with $\alpha_t = \max(\varepsilon_2, \mathrm{RMS}(\theta_{t-1}))\,\rho_t$ and the relative step
 * $\rho_t = \min(10^{-2}, 1/\sqrt t)$: steps proportional to the size of the weights, so no global
 * learning rate needs tuning. Keeps the sign (a later part negates). With `lr` it is
 * transformers' `relative_step=False`: α = lr(t)·max(ε₂, RMS(θ)) (or lr(t) without `scaleParameter`).
 * Reference: huggingface/transformers `Adafactor._get_lr`.
 */
export function scaleByRelativeStep(options: RelativeStepOptions = {}): Transform<ScaleByRelativeStepState> {
  const fn = 'scaleByRelativeStep';
  const r = resolveRelativeStep(fn, options);
  const resolve = layoutResolver(fn, options.layout);
  return {
    freshUpdates: true,
    init: () => ({ count: 0, stepSizes: [] }),
    update(grads: Vec, state: ScaleByRelativeStepState, params: Vec) {
      const t = state.count + 1;
      const out = new Float64Array(grads.length);
      const stepSizes = resolve(grads.length).map((b) => {
        const size = blockSize(b);
        const alpha = relativeStepSize(r, t, params, b.offset, size);
        for (let i = b.offset; i < b.offset + size; i++) out[i] = alpha * grads[i];
        return alpha;
      });
      return { updates: out, state: { count: t, stepSizes } };
    },
  };
}
