import type { LearningRate, Transform } from '../types.ts';
import { boolean, finite, nonNegative, oneOf, unitInterval } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { scaleByLearningRate } from '../transforms/scaleByLearningRate.ts';
import { scaleByDebiasedRms } from '../transforms/scaleByDebiasedRms.ts';
import { scaleByAdam } from '../transforms/scaleByAdam.ts';
import { scaleByRms } from '../transforms/scaleByRms.ts';
import { scheduleFree, type ScheduleFreeState } from '../transforms/scheduleFree.ts';
import { scheduleFreeWarmup } from './scheduleFreeSgd.ts';

export interface ScheduleFreeAdamwOptions {
  /** γ, default 0.0025. */
  lr?: LearningRate;
  /** β₁: the interpolation β between x and z (not a first moment), default 0.9. */
  beta1?: number;
  /** β₂, default 0.999. */
  beta2?: number;
  /** ε, default 1e-8. */
  eps?: number;
  /** λ, evaluated at y: z ← z − γλy, default 0. */
  weightDecay?: number;
  /** Linear warmup γ·(t+1)/W for t < W, default 0. */
  warmupSteps?: number;
  /** Polynomial weighting power, default 0. */
  r?: number;
  /** Average weights ∝ (max γ so far)^power, default 2. */
  weightLrPower?: number;
  /** An extra EMA of the gradient inside the z-step (the reference's `inner_momentum`), default 0 (none). */
  innerMomentum?: number;
  /**
   * 'denominator' (default, the reference code since Nov 2024): z-step g/(√(v/(1−β₂ᵗ)) + ε) with
   * rate γ_t. 'paper' (Algorithm 1 and `AdamWScheduleFreePaper`): g/(√v + ε) with rate
   * γ_t√(1−β₂ᵗ), which also enters the averaging weights and the decay.
   */
  biasCorrection?: 'denominator' | 'paper';
  /** Keep x in the state (default true). */
  keepX?: boolean;
}

export type ScheduleFreeAdamwState = ScheduleFreeState<unknown>;

/**
 * Schedule-Free AdamW (Defazio et al. 2024, "The Road Less Scheduled", Algorithm 1;
 * facebookresearch/schedule_free `AdamWScheduleFree`, commit 70785b53): the averaging of
 * {@link scheduleFree} around an Adam step without first moment,
 * $v_t = \beta_2v_{t-1} + (1-\beta_2)g_t^2$, $z_{t+1} = z_t - \gamma_t\big(g_t/(\sqrt{v_t/(1-\beta_2^t)} + \varepsilon) + \lambda y_t\big)$,
 * $x_{t+1} = (1-c_{t+1})x_t + c_{t+1}z_{t+1}$, $y_{t+1} = (1-\beta_1)z_{t+1} + \beta_1x_{t+1}$, with the
 * warmup $\gamma_t = \gamma\min(1, (t+1)/W)$ and $c_{t+1} = \gamma_{\max}^2/\sum\gamma_{\max}^2$. Defaults as the
 * reference: lr = 0.0025, betas (0.9, 0.999), eps 1e-8, weightDecay 0, warmupSteps 0, r = 0,
 * weightLrPower 2. State vectors: z and v (and x with `keepX`) — AdamW's memory.
 */
export function scheduleFreeAdamw(options: ScheduleFreeAdamwOptions = {}): Transform<ScheduleFreeAdamwState> {
  const fn = 'scheduleFreeAdamw';
  const {
    lr = 0.0025,
    beta1 = 0.9,
    beta2 = 0.999,
    eps = 1e-8,
    weightDecay = 0,
    warmupSteps = 0,
    r = 0,
    weightLrPower = 2,
    innerMomentum = 0,
    biasCorrection = 'denominator',
    keepX = true,
  } = options;
  const warm = scheduleFreeWarmup(fn, lr, warmupSteps);
  if (typeof beta1 !== 'number' || !(beta1 > 0 && beta1 < 1)) {
    throw new RangeError(`${fn}: beta1 must be in (0, 1), got ${String(beta1)}`);
  }
  unitInterval(fn, 'beta2', beta2);
  nonNegative(fn, 'eps', eps);
  nonNegative(fn, 'weightDecay', weightDecay);
  finite(fn, 'r', r);
  finite(fn, 'weightLrPower', weightLrPower);
  unitInterval(fn, 'innerMomentum', innerMomentum);
  oneOf(fn, 'biasCorrection', biasCorrection, ['denominator', 'paper'] as const);
  boolean(fn, 'keepX', keepX);
  const common = { beta: beta1, weightDecay, r, weightLrPower, keepX };
  if (biasCorrection === 'paper') {
    if (innerMomentum !== 0) throw new RangeError(`${fn}: innerMomentum is not part of the 'paper' variant`);
    const gamma = (t: number) => warm(t) * Math.sqrt(1 - beta2 ** (t + 1));
    // RMSprop's g/(√v + ε) is the paper's undebiased denominator
    const base = namedChain({ rms: scaleByRms({ alpha: beta2, eps }), lr: scaleByLearningRate(gamma) });
    return scheduleFree(base as Transform<unknown>, { lr: gamma, ...common });
  }
  const direction =
    innerMomentum === 0
      ? scaleByDebiasedRms({ beta2, eps })
      : scaleByAdam({ beta1: innerMomentum, beta2, eps });
  const base = namedChain({ adam: direction as Transform<unknown>, lr: scaleByLearningRate(warm) });
  return scheduleFree(base as Transform<unknown>, { lr: warm, ...common });
}
