import type { LearningRate } from '../types.ts';
import { integer, learningRate, nonNegative, oneOf } from '../internal/validate.ts';
import { toSchedule } from '../transforms/toSchedule.ts';

/** How a decoupled decay λ enters an update: multiplied by the lr (PyTorch) or not (the paper). */
export type DecayConvention = 'lr-scaled' | 'per-step';

/**
 * The L2 coefficient λ′ for which SGD on $f + \tfrac{\lambda'}{2}\lVert\theta\rVert^2$ with
 * step η takes exactly the same step as SGD with decoupled decay λ.
 *
 * - 'lr-scaled' (PyTorch's AdamW form, θ ← θ(1 − ηλ) − η∇f): λ′ = λ.
 * - 'per-step' (Loshchilov & Hutter 2019, Proposition 1, θ ← (1 − λ)θ − η∇f): λ′ = λ/η.
 *
 * Derivation: SGD + L2 is θ − η(∇f + λ′θ) = (1 − ηλ′)θ − η∇f; match the shrink factor.
 * With a scheduled η_t the per-step form needs λ′_t = λ/η_t at every update.
 */
export function l2EquivalentDecay({
  convention,
  lr,
  weightDecay,
}: {
  convention: DecayConvention;
  lr: number;
  weightDecay: number;
}): number {
  const fn = 'l2EquivalentDecay';
  oneOf(fn, 'convention', convention, ['lr-scaled', 'per-step'] as const);
  nonNegative(fn, 'weightDecay', weightDecay);
  if (convention === 'lr-scaled') {
    nonNegative(fn, 'lr', lr);
    return weightDecay;
  }
  if (!(typeof lr === 'number' && lr > 0 && Number.isFinite(lr)))
    throw new RangeError(`${fn}: lr must be a finite number > 0, got ${String(lr)}`);
  return weightDecay / lr;
}

/**
 * The fraction of θ_i that the L2 term removes in one Adam + L2 update (β₁ = 0, so m̂ is the
 * current gradient): $\eta\lambda/(\sqrt{\hat v_i}+\varepsilon)$, against $\eta\lambda$ for
 * AdamW. The step is $\eta(g_i + \lambda\theta_i)/(\sqrt{\hat v_i}+\varepsilon)$, and its λθ part
 * is divided by the same √v̂ as the gradient: parameters whose gradients are large are barely
 * regularised. With β₁ > 0 the λθ's of recent updates are averaged into m̂ first; the factor
 * still describes the decay while θ changes slowly. Reference: Loshchilov & Hutter (2019), §2.
 */
export function adamL2EffectiveDecay({
  lr,
  weightDecay,
  vHat,
  eps = 1e-8,
}: {
  lr: number;
  weightDecay: number;
  vHat: number;
  eps?: number;
}): number {
  const fn = 'adamL2EffectiveDecay';
  nonNegative(fn, 'lr', lr);
  nonNegative(fn, 'weightDecay', weightDecay);
  nonNegative(fn, 'vHat', vHat);
  nonNegative(fn, 'eps', eps);
  if (Math.sqrt(vHat) + eps === 0) throw new RangeError(`${fn}: √vHat + eps must be > 0`);
  return (lr * weightDecay) / (Math.sqrt(vHat) + eps);
}

/**
 * The factor by which decoupled decay alone shrinks a weight over `steps` updates,
 * $\prod_{t=1}^{T}(1 - \eta_t\lambda)$ with η_t = lr(t − 1) (PyTorch's AdamW/lr-scaled form),
 * or $\prod_t (1 - \chi_t\lambda)$ when `lr` is the paper's schedule multiplier χ. For small ηλ it
 * is ≈ exp(−λ Σ η_t): halve the lr and the decay over a run halves in the exponent.
 */
export function cumulativeDecay({
  lr,
  weightDecay,
  steps,
}: {
  lr: LearningRate;
  weightDecay: number;
  steps: number;
}): number {
  const fn = 'cumulativeDecay';
  const s = toSchedule(learningRate(fn, 'lr', lr), fn);
  nonNegative(fn, 'weightDecay', weightDecay);
  integer(fn, 'steps', steps, 0);
  let p = 1;
  for (let t = 0; t < steps; t++) p *= 1 - s(t) * weightDecay;
  return p;
}
