import type { Schedule } from '../types.ts';
import { closedUnitInterval, integer, nonNegative, oneOf } from '../internal/validate.ts';

/** Shapes of the decay ("cooldown") phase, as functions of the progress p ∈ [0, 1]. */
export const WSD_DECAY_SHAPES = ['1-sqrt', 'linear', 'cosine'] as const;
export type WsdDecayShape = (typeof WSD_DECAY_SHAPES)[number];

export interface WsdOptions {
  /** Peak (stable) learning rate. */
  lr: number;
  /** The planned run length T (sets the default decay start T − D). */
  totalSteps: number;
  /** Linear warmup length W, default 0. */
  warmupSteps?: number;
  /** Decay length as a fraction of totalSteps, default 0.2 (Hägele et al.'s 20% cooldown). */
  decayFraction?: number;
  /** Decay length D in steps; overrides decayFraction. */
  decaySteps?: number;
  /** The step the decay starts at; default totalSteps − D. Any step: "stop now" branches here. */
  decayStart?: number;
  /** Default '1-sqrt' (Hägele et al.'s best); transformers' `get_wsd_schedule` defaults to 'cosine'. */
  decayShape?: WsdDecayShape;
  /** Final rate η_min, default 0. */
  etaMin?: number;
  /** Warmup starts at lr·startFactor, default 0. */
  startFactor?: number;
}

/** Where the phases of a WSD schedule begin and end (steps t, as the schedule's argument). */
export interface WsdBoundaries {
  /** First step of the stable phase (= W). */
  warmupEnd: number;
  /** First step of the decay. */
  decayStart: number;
  /** First step at η_min (= decayStart + D). */
  decayEnd: number;
  /** D. */
  decaySteps: number;
}

function resolve(
  options: WsdOptions,
): Required<Omit<WsdOptions, 'decaySteps' | 'decayStart'>> & WsdBoundaries {
  const fn = 'wsd';
  if (options === null || typeof options !== 'object')
    throw new RangeError(`${fn}: options { lr, totalSteps } required`);
  const {
    lr,
    totalSteps,
    warmupSteps = 0,
    decayFraction = 0.2,
    decayShape = '1-sqrt',
    etaMin = 0,
    startFactor = 0,
  } = options;
  nonNegative(fn, 'lr', lr);
  integer(fn, 'totalSteps', totalSteps, 1);
  integer(fn, 'warmupSteps', warmupSteps, 0);
  closedUnitInterval(fn, 'decayFraction', decayFraction);
  oneOf(fn, 'decayShape', decayShape, WSD_DECAY_SHAPES);
  nonNegative(fn, 'etaMin', etaMin);
  closedUnitInterval(fn, 'startFactor', startFactor);
  const decaySteps = options.decaySteps ?? Math.round(decayFraction * totalSteps);
  integer(fn, 'decaySteps', decaySteps, 0);
  const decayStart = options.decayStart ?? Math.max(0, totalSteps - decaySteps);
  integer(fn, 'decayStart', decayStart, 0);
  return {
    lr,
    totalSteps,
    warmupSteps,
    decayFraction,
    decayShape,
    etaMin,
    startFactor,
    decaySteps,
    warmupEnd: warmupSteps,
    decayStart,
    decayEnd: decayStart + decaySteps,
  };
}

/** The factor f(p) of each decay shape: 1 at p = 0, 0 at p = 1. */
export function wsdDecayFactor(shape: WsdDecayShape, p: number): number {
  if (shape === 'linear') return 1 - p;
  if (shape === 'cosine') return 0.5 * (1 + Math.cos(Math.PI * p));
  return 1 - Math.sqrt(p);
}

/**
 * Warmup–stable–decay (Hu et al. 2024, "MiniCPM", Section 4; Hägele et al. 2024, "Scaling Laws
 * and Compute-Optimal Training Beyond Fixed Training Durations", Section 3):
 * linear warmup $\gamma_t = \gamma(s + (1-s)t/W)$ for t < W; the constant γ until the decay starts
 * at $t_d$ (default T − D, D = round(0.2·T)); then
 * $\gamma_t = \eta_{min} + (\gamma_{t_d} - \eta_{min})\,f\big((t - t_d)/D\big)$ for $t_d \le t < t_d + D$ with
 * f(p) = 1 − √p ('1-sqrt', Hägele et al.'s recommendation), 1 − p ('linear') or ½(1 + cos πp)
 * ('cosine'); $\eta_{min}$ afterwards. $\gamma_{t_d}$ is the rate the schedule had at $t_d$ (γ once past the warmup).
 * Only the decay needs to know when training ends: the stable phase can be branched at any step
 * with `decayStart` (see {@link wsdStopAt}), which is what makes WSD fit runs of unknown length.
 * Matches transformers' `get_wsd_schedule` (num_cycles = 0.5, min_lr_ratio = $\eta_{min}/\gamma$) for $t_d \ge W$.
 */
export function wsd(options: WsdOptions): Schedule {
  const o = resolve(options);
  const warm = (t: number) =>
    t < o.warmupSteps ? o.lr * (o.startFactor + ((1 - o.startFactor) * t) / o.warmupSteps) : o.lr;
  const peak = warm(o.decayStart);
  return (t: number) => {
    if (t < o.decayStart) return warm(t);
    if (t >= o.decayEnd) return o.etaMin;
    return o.etaMin + (peak - o.etaMin) * wsdDecayFactor(o.decayShape, (t - o.decayStart) / o.decaySteps);
  };
}

/** The phase boundaries of {@link wsd} for these options. */
export function wsdBoundaries(options: WsdOptions): WsdBoundaries {
  const o = resolve(options);
  return { warmupEnd: o.warmupEnd, decayStart: o.decayStart, decayEnd: o.decayEnd, decaySteps: o.decaySteps };
}

/**
 * "Stop now": the same WSD run, branched into its decay at `step` (the stable phase ends there).
 * The decay keeps its length when `decaySteps` was given; otherwise it is the same fraction of the
 * new total as before — the run ends at T' = step/(1 − f), so D' = round(step·f/(1 − f)) (Hägele et
 * al.'s cooldowns are a fixed fraction of the run). Returns the options, for {@link wsd} and
 * {@link wsdBoundaries}.
 */
export function wsdStopAt(options: WsdOptions, step: number): WsdOptions {
  const o = resolve(options);
  integer('wsdStopAt', 'step', step, 0);
  const f = o.decayFraction;
  const decaySteps = options.decaySteps ?? (f >= 1 ? o.decaySteps : Math.round((step * f) / (1 - f)));
  return { ...options, decayStart: step, decaySteps, totalSteps: Math.max(step + decaySteps, 1) };
}
