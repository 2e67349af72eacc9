/** A parameter, gradient or update vector. float64 throughout. */
export type Vec = Float64Array;

/**
 * A gradient transformation (optax's `GradientTransformation`): a pair of pure functions.
 * `init` builds the state for a parameter vector; `update` maps gradients to updates and
 * returns a *new* state. Neither mutates its arguments. Apply the updates with
 * {@link applyUpdates}: θ ← θ + u (updates already carry the minus sign).
 *
 * Methods (not function-typed properties) on purpose: TypeScript checks method parameters
 * bivariantly, so `Transform<AdamState>` is assignable to `Transform<unknown>` and parts can
 * be collected by `chain`.
 */
export interface Transform<S> {
  init(params: Vec): S;
  update(grads: Vec, state: S, params: Vec): { updates: Vec; state: S };
}

/** A learning-rate schedule: `t` is the number of updates already applied (0 on the first). */
export type Schedule = (t: number) => number;

/** A constant learning rate or a schedule. */
export type LearningRate = number | Schedule;

/** The state type of a transform. */
export type StateOf<T> = T extends Transform<infer S> ? S : never;
