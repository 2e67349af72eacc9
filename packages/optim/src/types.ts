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
  /**
   * Optional fast path for `chain`/`namedChain`: the same result as `update`, but allowed to
   * write the result into `grads`. Chains call it only on an intermediate array that an
   * earlier part created for this very update (see `freshUpdates`), never on caller input,
   * so purity is preserved while saving an allocation and a pass over memory.
   */
  updateInPlace?(grads: Vec, state: S, params: Vec): { updates: Vec; state: S };
  /** True when `update` always returns a newly allocated array that no state refers to. */
  freshUpdates?: boolean;
  /**
   * Optional loop fusion for chains: `update`'s result multiplied by `factor` in the same pass.
   * Returns a new array, or `grads` itself when `inPlace` is true (the chain owns it); never an
   * array held by the state. Chains use it when the next part is a pure scaling (`scalar`).
   */
  updateScaled?(
    grads: Vec,
    state: S,
    params: Vec,
    factor: number,
    inPlace: boolean,
  ): { updates: Vec; state: S };
  /** For pure scalings (scaleByLearningRate, scale): the factor this update multiplies by and the next state. */
  scalar?(state: S): { factor: number; state: S };
  /**
   * Optional owned-state fast path, used by {@link stepInPlace} (directly, or through a chain).
   * Computes bitwise the same numbers as `updateScaled(grads, state, params, sink.factor, …)`
   * (with factor 1: as `update`), but **consumes `state`**: the new state may be written into
   * the arrays of `state` (whose contents are then overwritten), and the result goes to
   * `sink.out` instead of a new array. `sink.out` is a scratch array, `grads` itself when a chain
   * owns it, or `params` (θ ← θ + u). Element-wise parts read element i of `grads` and `params`
   * before writing element i of `sink.out`, so those aliases are safe. Never writes to `grads`
   * or `params` unless it is `sink.out`.
   */
  updateOwned?(grads: Vec, state: S, params: Vec, sink: Sink): S;
}

/**
 * Where {@link Transform.updateOwned} puts its result r = factor·u: `out[i] = r[i]`, or, when
 * `add` is true, `out[i] = out[i] + r[i]` (the same addition as {@link applyUpdates}).
 */
export interface Sink {
  out: Vec;
  factor: number;
  add: boolean;
}

/** A learning-rate schedule: `t` is the number of updates already applied (0 on the first). */
export type Schedule = (t: number) => number;

/** A constant learning rate or a schedule. */
export type LearningRate = number | Schedule;

/** The state type of a transform. */
export type StateOf<T> = T extends Transform<infer S> ? S : never;
