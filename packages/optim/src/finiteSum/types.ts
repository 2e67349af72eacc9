import type { Vec } from '../types.ts';
import type { Objective } from '../objectives/types.ts';
import type { Rng } from '../rng.ts';

/** f(x) = (1/n) Σᵢ fᵢ(x), with access to the component gradients. */
export interface FiniteSum extends Objective {
  n: number;
  /** ∇fᵢ(x), a new array. */
  gradI(i: number, x: Vec): Vec;
  /**
   * ∇fᵢ(x) written into `out` (length d), which it returns: the same numbers as gradI without a
   * new array. Optional; methods stepping with `reuse` use it when it is there (see StepOptions).
   */
  gradIInto?(i: number, x: Vec, out: Vec): Vec;
  /** fᵢ(x). */
  valueI(i: number, x: Vec): number;
  /** max_i L_i, for step sizes like 1/(3 L_max). */
  lipschitzMax: number;
  /** L of the average f (λ_max of its Hessian bound). */
  lipschitz: number;
  /** Strong-convexity constant guaranteed by the regulariser (= l2). */
  mu: number;
  /** Hessian of f, row-major d×d (used for high-accuracy reference solves). */
  hessian?(x: Vec): Vec;
}

/** Every method's state carries the iterate and the honest cost so far. */
export interface MethodState {
  x: Vec;
  /** Component-gradient evaluations so far (a full gradient costs n). */
  gradEvals: number;
  /** Steps taken (SVRG: snapshots and inner steps both count). */
  steps: number;
}

/** What happened in one step, for widgets. */
export interface StepInfo {
  /** 'sgd' mini-batch step, SVRG 'snapshot' (full gradient) or 'inner' step, 'saga' step. */
  kind: 'sgd' | 'snapshot' | 'inner' | 'saga';
  /** Component indices sampled in this step (empty for a snapshot). */
  indices: number[];
  /** Component-gradient evaluations this step cost. */
  gradEvals: number;
  /** The gradient estimate the step moved along (null for a snapshot). */
  direction: Vec | null;
  /** Step size used (0 for a snapshot). */
  lr: number;
}

/**
 * A stochastic method over a finite sum, as a pure init/step pair. The rng is the only thing
 * advanced in place; pass a clone to replay. `runFiniteSum` is built on this.
 */
export interface FiniteSumMethod<S extends MethodState> {
  name: string;
  init(problem: FiniteSum, x0: Vec, random: Rng): S;
  step(problem: FiniteSum, state: S, random: Rng, options?: StepOptions): { state: S; info: StepInfo };
}

export interface StepOptions {
  /**
   * Let the method update the buffers of `state` in place (SAGA's n×d table and its rows)
   * instead of copying them, write the new iterate into the array of the state it stepped from
   * last time, and compute into scratch arrays of its own — so `info.direction` holds only until
   * the method's next step. Only for a caller that owns the state and never reads an old one
   * again beyond the one before the latest step (`runFiniteSum` returns that one when a step
   * diverges); widgets stepping by hand should leave it off.
   *
   * Why: a step allocates nothing then. A new Float64Array of more than 8 numbers gets a backing
   * store outside the JS heap, about 1 µs each in V8 (Node 24 and Chromium) against 0.03 µs for
   * 8, and those allocations were most of the time of a sweep of 48 runs of 2,000 steps at d = 10.
   */
  reuse?: boolean;
}
